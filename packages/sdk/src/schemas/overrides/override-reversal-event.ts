import { z } from 'zod';
import { openObject } from '../shared/open-object';
import { IdSchema, JsonObjectSchema, MetadataSchema, TimestampSchema } from '../shared/primitives';
import { GovernanceActorSummarySchema } from './override-lineage';

/**
 * One changed top-level key between an override's executed detail and its reversal output.
 * `before`/`after` are null when the key is absent on that side.
 */
export const OverrideReversalDiffSchema = openObject({
  key: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type OverrideReversalDiff = z.output<typeof OverrideReversalDiffSchema>;

/**
 * A reversal as the API shows it: who reversed, the
 * baseline it touched, the cooldown it opened and the JSON diff (`diffs`, sorted by key) between
 * the original detail snapshot and the reversal output. One per override.
 */
export const OverrideReversalEventSchema = openObject({
  id: IdSchema,
  override_id: IdSchema,
  baseline_id: IdSchema.nullish(),
  actor: GovernanceActorSummarySchema.nullish(),
  created_at: TimestampSchema,
  cooldown_expires_at: TimestampSchema.nullish(),
  cooldown_window_minutes: z.number().int().min(0).nullish(),
  diffs: z.array(OverrideReversalDiffSchema).default([]),
  previous_detail: MetadataSchema,
  current_detail: MetadataSchema,
  metadata: MetadataSchema,
});
export type OverrideReversalEvent = z.output<typeof OverrideReversalEventSchema>;

/**
 * Reversal bookkeeping as the store keeps it (table `governance_override_reversal_events`):
 * the API form's facts, with the actor as an id and the diff nested in `detail`.
 */
export const OverrideReversalRecordSchema = openObject({
  id: IdSchema,
  override_id: IdSchema,
  baseline_id: IdSchema.nullish(),
  reversed_by_id: IdSchema.nullish(),
  detail: openObject({
    previous_detail: JsonObjectSchema,
    current_detail: JsonObjectSchema,
    diffs: z.array(OverrideReversalDiffSchema),
  }),
  metadata: MetadataSchema,
  cooldown_expires_at: TimestampSchema.nullish(),
  cooldown_window_minutes: z.number().int().min(0).nullish(),
  created_at: TimestampSchema,
});
export type OverrideReversalRecord = z.output<typeof OverrideReversalRecordSchema>;
