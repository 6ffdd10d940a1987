import { z } from 'zod';
import { openObject } from '../shared/open-object';
import { IdSchema, JsonObjectSchema, nullishAs, TimestampSchema } from '../shared/primitives';
import { DecisionSnapshotPayloadSchema } from './decision-snapshot-payload';

/**
 * A supervisor audit row in a decision trace. `audit_id` arrives as an integer from the real
 * system and as a string in the seed document; both normalise to a string. `decision_id` and
 * `decision_snapshot` are null for audits that are not decisions, and for decisions written by the
 * real supervisor (it never fills them).
 */
export const AuditTraceItemSchema = openObject({
  ts: TimestampSchema,
  kind: z.literal('audit'),
  audit_id: IdSchema,
  /** Any audit type, not only `SUPERVISOR_*` (e.g. `SUPERVISOR_BLOCKED`, `TASK_PAUSED`). */
  event_type: z.string(),
  decision_id: nullishAs(IdSchema, null),
  decision_snapshot: nullishAs(DecisionSnapshotPayloadSchema, null),
});
export type AuditTraceItem = z.output<typeof AuditTraceItemSchema>;

/**
 * An original task event in a decision trace. `event_id` arrives as a string from the real system
 * and as a number in the seed document; both normalise to a string. A null or missing `payload`
 * becomes `{}`.
 */
export const EventTraceItemSchema = openObject({
  ts: TimestampSchema,
  kind: z.literal('event'),
  event_id: IdSchema,
  event_type: z.string(),
  payload: nullishAs(JsonObjectSchema, {}),
});
export type EventTraceItem = z.output<typeof EventTraceItemSchema>;

/** One entry of a decision trace, discriminated by `kind` (`audit` or `event`). */
export const DecisionTraceItemSchema = z.discriminatedUnion('kind', [
  AuditTraceItemSchema,
  EventTraceItemSchema,
]);
export type DecisionTraceItem = z.output<typeof DecisionTraceItemSchema>;

/**
 * One page of a task's decision trace, newest first. `next_cursor` is opaque: pass it back as
 * `cursor` for the next page; null (or absent) means this is the last page. `count` is the number
 * of items on this page.
 */
export const DecisionTraceSchema = openObject({
  task_id: IdSchema,
  trace_items: z.array(DecisionTraceItemSchema),
  next_cursor: nullishAs(z.string(), null),
  count: z.number().int().nonnegative(),
});
export type DecisionTrace = z.output<typeof DecisionTraceSchema>;
