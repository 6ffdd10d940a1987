import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject } from '../shared/open-object';
import { IdSchema, TimestampSchema } from '../shared/primitives';
import { GovernanceActorSummarySchema } from './override-lineage';

/** How long a reversal lock lives before another operator may reclaim it (seconds). */
export const OVERRIDE_REVERSAL_LOCK_TTL_SECONDS = 300;

/**
 * A held reversal lock (LiveState `lock`). A live lock carries `acquired_at`; a lock event
 * replayed from storage carries `reason`/`created_at` instead. `escalation_prompt` is UI copy such
 * as "Override Actor · Level 80 lock engaged".
 */
export const OverrideLockStateSchema = openObject({
  token: z.string().nullish(),
  tier: z.string().nullish(),
  tier_key: z.string().nullish(),
  tier_level: z.number().nullish(),
  scope: z.string().nullish(),
  acquired_at: TimestampSchema.nullish(),
  reason: z.string().nullish(),
  created_at: TimestampSchema.nullish(),
  actor: GovernanceActorSummarySchema.nullish(),
  escalation_prompt: z.string().nullish(),
});
export type OverrideLockState = z.output<typeof OverrideLockStateSchema>;

/** A running (or just finished: `remaining_seconds` 0) reversal cooldown. */
export const OverrideCooldownStateSchema = openObject({
  expires_at: TimestampSchema,
  window_minutes: z.number().int().min(0).nullish(),
  remaining_seconds: z.number().min(0),
});
export type OverrideCooldownState = z.output<typeof OverrideCooldownStateSchema>;

/**
 * The live lock and cooldown of one override, as the timeline stream sends it
 * (`LiveState`). Both parts are null when idle.
 */
export const OverrideLiveStateSchema = openObject({
  override_id: IdSchema,
  recommendation_id: z.string(),
  execution_id: IdSchema.nullish(),
  execution_hash: z.string().nullish(),
  lock: OverrideLockStateSchema.nullish(),
  cooldown: OverrideCooldownStateSchema.nullish(),
});
export type OverrideLiveState = z.output<typeof OverrideLiveStateSchema>;

/** `acquired` or `released` (table `governance_override_lock_events`). */
export const OVERRIDE_LOCK_EVENT_TYPES = ['acquired', 'released'] as const;

/**
 * One lock acquisition or release. The pub/sub payload adds the holder and the cooldown expiry,
 * so a stream can render "who holds it, until when" from the event alone.
 */
export const OverrideLockEventSchema = openObject({
  id: IdSchema,
  override_id: IdSchema,
  team_id: IdSchema.nullish(),
  actor_id: IdSchema.nullish(),
  event_type: openEnum(OVERRIDE_LOCK_EVENT_TYPES),
  lock_token: z.string(),
  tier_key: z.string().nullish(),
  tier: z.string().nullish(),
  tier_level: z.number().nullish(),
  scope: z.string().nullish(),
  reason: z.string().nullish(),
  created_at: TimestampSchema,
  cooldown_expires_at: TimestampSchema.nullish(),
  actor: GovernanceActorSummarySchema.nullish(),
});
export type OverrideLockEvent = z.output<typeof OverrideLockEventSchema>;
