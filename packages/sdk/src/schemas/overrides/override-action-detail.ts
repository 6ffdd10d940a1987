import { z } from 'zod';
import { openObject } from '../shared/open-object';
import { IdSchema, JsonObjectSchema, TimestampSchema } from '../shared/primitives';
import { OverrideLineageDetailSchema } from './override-lineage';
import { OverrideReversalEventSchema } from './override-reversal-event';

/**
 * An override's `detail_snapshot` (and the `detail` of its `governance.override.action` event):
 * the facts of the last transition. Which keys appear depends on the case (reference §2.4):
 * accepted/declined carry notes and ids; an executed reassign carries `reviewer_ids_before/after`
 * and `changed`; an executed cooldown `cooldown_minutes`; an escalate `urgency`; a reversal adds
 * `reversal: true`, `reversal_notes`, `reversal_metadata`, `reversal_event` and the cooldown.
 * Every key is optional; unknown keys from a newer server are kept.
 */
export const OverrideActionDetailSnapshotSchema = openObject({
  recommendation_id: z.string().nullish(),
  baseline_id: IdSchema.nullish(),
  target_reviewer_id: IdSchema.nullish(),
  execution_id: IdSchema.nullish(),
  notes: z.string().nullish(),
  execution_hash: z.string().nullish(),
  reversible: z.boolean().nullish(),
  changed: z.boolean().nullish(),
  reviewer_ids_before: z.array(IdSchema).nullish(),
  reviewer_ids_after: z.array(IdSchema).nullish(),
  cooldown_minutes: z.number().nullish(),
  urgency: z.string().nullish(),
  reversal: z.boolean().nullish(),
  reversal_notes: z.string().nullish(),
  reversal_metadata: JsonObjectSchema.nullish(),
  reversal_event: OverrideReversalEventSchema.nullish(),
  cooldown_expires_at: TimestampSchema.nullish(),
  cooldown_window_minutes: z.number().int().min(0).nullish(),
  lineage: OverrideLineageDetailSchema.nullish(),
});
export type OverrideActionDetailSnapshot = z.output<typeof OverrideActionDetailSnapshotSchema>;

/**
 * Detail keys copied to the top level of the `governance.override.action` event payload
 * (the full detail is also kept under `detail`). `cooldown_window_minutes`, `reversible`,
 * `lineage` and `reversal_metadata` are deliberately absent: they exist only at `detail.detail`.
 */
export const OVERRIDE_EVENT_TOP_LEVEL_KEYS = [
  'baseline_id',
  'target_reviewer_id',
  'notes',
  'changed',
  'cooldown_minutes',
  'cooldown_expires_at',
  'urgency',
  'reviewer_ids_before',
  'reviewer_ids_after',
  'execution_hash',
  'reversal',
  'reversal_notes',
  'reversal_event',
] as const;

/**
 * The `governance.override.action` event payload: `{recommendation_id, rule_key, action, status,
 * actor_id}`, the whitelisted detail keys, the full `detail`, and (govkit) `override_id` so a
 * consumer can join the event to its override without guessing.
 */
export const OverrideActionEventPayloadSchema = openObject({
  override_id: IdSchema.nullish(),
  recommendation_id: z.string(),
  rule_key: z.string(),
  action: z.string(),
  status: z.string(),
  actor_id: IdSchema.nullish(),
  baseline_id: IdSchema.nullish(),
  target_reviewer_id: IdSchema.nullish(),
  notes: z.string().nullish(),
  changed: z.boolean().nullish(),
  cooldown_minutes: z.number().nullish(),
  cooldown_expires_at: TimestampSchema.nullish(),
  urgency: z.string().nullish(),
  reviewer_ids_before: z.array(IdSchema).nullish(),
  reviewer_ids_after: z.array(IdSchema).nullish(),
  execution_hash: z.string().nullish(),
  reversal: z.boolean().nullish(),
  reversal_notes: z.string().nullish(),
  reversal_event: OverrideReversalEventSchema.nullish(),
  detail: OverrideActionDetailSnapshotSchema.nullish(),
});
export type OverrideActionEventPayload = z.output<typeof OverrideActionEventPayloadSchema>;
