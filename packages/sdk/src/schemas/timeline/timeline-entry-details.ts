import { z } from 'zod';
import { GovernanceLineageSummarySchema } from '../analytics/analytics-lineage-summary';
import { ReviewerCadenceSchema } from '../analytics/reviewer-cadence';
import {
  CoachingModerationEntrySchema,
  CoachingModerationStateSchema,
} from '../coaching/coaching-note';
import { OverrideActionEventPayloadSchema } from '../overrides/override-action-detail';
import { OverrideRecommendationSchema } from '../overrides/override-recommendation';
import { openObject } from '../shared/open-object';
import { IdSchema, MetadataSchema, nullishAs } from '../shared/primitives';

/** `detail` of an `override_recommendation` entry. */
export const RecommendationTimelineDetailSchema = openObject({
  rule_key: z.string().nullish(),
  recommendation: OverrideRecommendationSchema.partial().nullish(),
  reviewer_id: IdSchema.nullish(),
  opted_out: z.boolean().nullish(),
});
export type RecommendationTimelineDetail = z.output<typeof RecommendationTimelineDetailSchema>;

// The event payload of `governance.override.action` as the timeline serves it: entries from other
// servers may lack the identifying keys (nullish here), and govkit lifts `cooldown_window_minutes`
// to the top.
const OverrideActionTimelineDetailObjectSchema = OverrideActionEventPayloadSchema.extend({
  recommendation_id: z.string().nullish(),
  rule_key: z.string().nullish(),
  action: z.string().nullish(),
  status: z.string().nullish(),
  cooldown_window_minutes: z.number().int().min(0).nullish(),
});

// Keys some servers keep only in the nested `detail.detail` that the UI reads at the top level.
const LIFTED_KEYS = ['cooldown_window_minutes', 'reversal_event', 'cooldown_expires_at'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * `detail` of an `override_action` entry: the `governance.override.action` event payload.
 *
 * Normalised: `cooldown_window_minutes`, `reversal_event` and `cooldown_expires_at` are lifted
 * from `detail.detail.*` to `detail.*` when only the nested copy exists (some servers put the
 * window only at `detail.detail.cooldown_window_minutes`); the window also falls back to
 * `reversal_event.cooldown_window_minutes`. Readers therefore only look at the top level.
 */
export const OverrideActionTimelineDetailSchema = z.preprocess((input) => {
  if (!isRecord(input)) return input;
  const out: Record<string, unknown> = { ...input };
  const nested = isRecord(input.detail) ? input.detail : undefined;
  for (const key of LIFTED_KEYS) {
    if (out[key] == null && nested && nested[key] != null) out[key] = nested[key];
  }
  const reversal = isRecord(out.reversal_event) ? out.reversal_event : undefined;
  if (out.cooldown_window_minutes == null && reversal?.cooldown_window_minutes != null) {
    out.cooldown_window_minutes = reversal.cooldown_window_minutes;
  }
  return out;
}, OverrideActionTimelineDetailObjectSchema);
export type OverrideActionTimelineDetail = z.output<typeof OverrideActionTimelineDetailSchema>;

/** `detail` of a `coaching_note` entry: the note's body, state, thread and history. */
export const CoachingNoteTimelineDetailSchema = openObject({
  note_id: IdSchema,
  override_id: IdSchema,
  body: z.string(),
  moderation_state: CoachingModerationStateSchema,
  thread_root_id: IdSchema.nullish(),
  parent_id: IdSchema.nullish(),
  reply_count: z.number().int().min(0).default(0),
  metadata: MetadataSchema,
  moderation_history: nullishAs(z.array(CoachingModerationEntrySchema), []),
});
export type CoachingNoteTimelineDetail = z.output<typeof CoachingNoteTimelineDetailSchema>;

/**
 * `detail` of an `analytics_snapshot` entry: one reviewer's cadence fields plus the
 * `lineage_summary` of the analytics run the entry came from.
 */
export const AnalyticsSnapshotTimelineDetailSchema = ReviewerCadenceSchema.partial().extend({
  lineage_summary: GovernanceLineageSummarySchema.nullish(),
});
export type AnalyticsSnapshotTimelineDetail = z.output<
  typeof AnalyticsSnapshotTimelineDetailSchema
>;
