import { z } from 'zod';
import { openObject, requestObject } from '../shared/open-object';
import { IdSchema, TimestampSchema } from '../shared/primitives';

/** Default lock lifetime in seconds; the TTL is what frees a workspace whose holder crashed. */
export const RUN_LOCK_DEFAULT_TTL_SECONDS = 300;

/** Longest TTL a caller may ask for (one day): a longer lock would outlive any real run. */
export const RUN_LOCK_MAX_TTL_SECONDS = 86_400;

/**
 * A fencing token: a per-workspace counter issued with every grant. It strictly increases and is
 * never reused (not even after a release), so a writer can tell a newer holder from a stale one.
 */
export const FencingTokenSchema = z.number().int().nonnegative();

/** One granted lock as the lock store keeps it. */
export const RunLockSchema = openObject({
  lock_id: IdSchema,
  workspace_id: IdSchema,
  owner: z.string(),
  acquired_at: TimestampSchema,
  expires_at: TimestampSchema,
  fencing_token: FencingTokenSchema,
});
export type RunLock = z.output<typeof RunLockSchema>;

/**
 * Outcome of `acquireRunLock`. A grant carries `lock_id`, `fencing_token` and `expires_at`; a
 * refusal has `acquired: false` and the calm `message`. The seed's shape was `{acquired, lock_id?,
 * message?}`; govkit adds the fencing token, expiry, owner and workspace.
 */
export const AcquireLockResultSchema = openObject({
  acquired: z.boolean(),
  lock_id: IdSchema.optional(),
  workspace_id: IdSchema.optional(),
  owner: z.string().optional(),
  fencing_token: FencingTokenSchema.optional(),
  acquired_at: TimestampSchema.optional(),
  expires_at: TimestampSchema.optional(),
  message: z.string().optional(),
});
export type AcquireLockResult = z.output<typeof AcquireLockResultSchema>;

/**
 * The lock inspector's view of one workspace (`GET /api/workspaces/{workspace_id}/lock`).
 *
 * `live` is true while `expires_at > now` (strict). An expired lock that nobody has reclaimed yet is
 * still shown (holder, expiry, token) with `live: false`. `current_fencing_token` is the highest
 * token ever issued for the workspace (0 before the first grant): manifest writes under a lower
 * token are refused.
 */
export const RunLockStateSchema = openObject({
  workspace_id: IdSchema,
  live: z.boolean(),
  holder: z.string().nullable(),
  lock_id: IdSchema.nullable(),
  acquired_at: TimestampSchema.nullable(),
  expires_at: TimestampSchema.nullable(),
  fencing_token: FencingTokenSchema.nullable(),
  current_fencing_token: FencingTokenSchema,
});
export type RunLockState = z.output<typeof RunLockStateSchema>;

/** A lock TTL in seconds, 1 to one day, default 300. */
export const RunLockTtlSecondsSchema = z
  .number()
  .int()
  .min(1)
  .max(RUN_LOCK_MAX_TTL_SECONDS)
  .default(RUN_LOCK_DEFAULT_TTL_SECONDS);

/** The holder's name (an actor id in the seed's system). */
export const RunLockOwnerSchema = z.string().trim().min(1).max(200);

/** Body of `POST /api/workspaces/{workspace_id}/lock`. */
export const AcquireLockRequestSchema = requestObject({
  owner: RunLockOwnerSchema,
  ttl_seconds: RunLockTtlSecondsSchema,
});
export type AcquireLockRequest = z.output<typeof AcquireLockRequestSchema>;
export type AcquireLockRequestInput = z.input<typeof AcquireLockRequestSchema>;
