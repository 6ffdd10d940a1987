import { z } from 'zod';
import { openObject } from './open-object';
import { TimestampSchema } from './primitives';

/** One FastAPI/Pydantic request-validation problem (`detail` is an array of these on 422). */
export const ValidationIssueSchema = openObject({
  loc: z.array(z.union([z.string(), z.number()])),
  msg: z.string(),
  type: z.string(),
  input: z.unknown().optional(),
  ctx: z.record(z.string(), z.unknown()).optional(),
});
export type ValidationIssue = z.output<typeof ValidationIssueSchema>;

/**
 * Who holds a lock that refused a request. The same three optional fields as a governance actor
 * summary (a deleted user leaves only the id); declared here so the shared error body does not
 * depend on a domain module.
 */
export const LockHolderSchema = openObject({
  id: z.string().nullish(),
  name: z.string().nullish(),
  email: z.string().nullish(),
});
export type LockHolder = z.output<typeof LockHolderSchema>;

/**
 * Every govkit error body: `{detail}` with a string for handler errors or the validation array
 * for request-validation errors; the mock server adds a machine-readable `code`.
 *
 * A refusal that passes with time says when: `retry_at` (a held lock's expiry, a cooldown's end),
 * and for a held lock who holds it (`lock_holder`), for a cooldown its window
 * (`cooldown_window_minutes`). `reversal_locked` and `reversal_cooling_down` carry them, so a
 * client can say "Ada is reversing this; try again at 12:05" without another request.
 */
export const ErrorBodySchema = openObject({
  detail: z.union([z.string(), z.array(ValidationIssueSchema)]),
  code: z.string().optional(),
  retry_at: TimestampSchema.optional().meta({
    description: 'When the refused request may succeed if sent again (lock expiry, cooldown end).',
  }),
  lock_holder: LockHolderSchema.nullish().meta({
    description: 'Who holds the lock that refused the request (`reversal_locked`).',
  }),
  cooldown_window_minutes: z.number().int().min(0).nullish().meta({
    description: 'The length of the running cooldown (`reversal_cooling_down`).',
  }),
});
export type ErrorBody = z.output<typeof ErrorBodySchema>;
