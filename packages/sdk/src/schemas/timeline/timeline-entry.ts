import { z } from 'zod';
import {
  GovernanceActorSummarySchema,
  OverrideLineageContextSchema,
} from '../overrides/override-lineage';
import { openEnum } from '../shared/open-enum';
import { DISCRIMINATOR_META, openObject } from '../shared/open-object';
import { IdSchema, JsonObjectSchema, nullishAs, TimestampSchema } from '../shared/primitives';
import {
  AnalyticsSnapshotTimelineDetailSchema,
  CoachingNoteTimelineDetailSchema,
  OverrideActionTimelineDetailSchema,
  RecommendationTimelineDetailSchema,
} from './timeline-entry-details';

/** Every entry type of the decision timeline. */
export const TIMELINE_ENTRY_TYPES = [
  'override_recommendation',
  'override_action',
  'baseline_event',
  'coaching_note',
  'analytics_snapshot',
] as const;

/** A timeline entry type (open: a newer server may add one). */
export const TimelineEntryTypeSchema = openEnum(TIMELINE_ENTRY_TYPES);
export type TimelineEntryType = z.output<typeof TimelineEntryTypeSchema>;

/**
 * Fields every timeline entry has (`GovernanceDecisionTimelineEntry`). `lineage` (context form)
 * is set on override actions only; `actor` is who acted.
 */
const timelineEntryBase = {
  entry_id: IdSchema,
  occurred_at: TimestampSchema,
  execution_id: IdSchema.nullish(),
  baseline_id: IdSchema.nullish(),
  rule_key: z.string().nullish(),
  action: z.string().nullish(),
  status: z.string().nullish(),
  summary: z.string().nullish(),
  actor: GovernanceActorSummarySchema.nullish(),
  lineage: OverrideLineageContextSchema.nullish(),
};

/** A generated recommendation (event `governance.recommendation.override`). */
export const RecommendationTimelineEntrySchema = openObject({
  ...timelineEntryBase,
  entry_type: z.literal('override_recommendation'),
  detail: RecommendationTimelineDetailSchema,
});

/** An override accept/decline/execute/reverse (event `governance.override.action`). */
export const OverrideActionTimelineEntrySchema = openObject({
  ...timelineEntryBase,
  entry_type: z.literal('override_action'),
  detail: OverrideActionTimelineDetailSchema,
});

/** A baseline lifecycle event; `summary` is the event notes, `detail` its free-form detail. */
export const BaselineEventTimelineEntrySchema = openObject({
  ...timelineEntryBase,
  entry_type: z.literal('baseline_event'),
  detail: JsonObjectSchema,
});

/** A coaching note; `status` is its moderation state. */
export const CoachingNoteTimelineEntrySchema = openObject({
  ...timelineEntryBase,
  entry_type: z.literal('coaching_note'),
  detail: CoachingNoteTimelineDetailSchema,
});

/** One reviewer's cadence snapshot, with the lineage summary under `detail.lineage_summary`. */
export const AnalyticsSnapshotTimelineEntrySchema = openObject({
  ...timelineEntryBase,
  entry_type: z.literal('analytics_snapshot'),
  detail: AnalyticsSnapshotTimelineDetailSchema,
});

const KNOWN_ENTRY_TYPES = new Set<string>(TIMELINE_ENTRY_TYPES);

/**
 * An entry of a type this SDK does not know (a newer server): kept with a free-form `detail` in
 * lenient mode, rejected in strict mode. It never swallows a known type with a malformed detail.
 */
export const UnknownTimelineEntrySchema = openObject({
  ...timelineEntryBase,
  // `abort` makes a known type fail here fatally, so zod reports the matching variant's own issues
  // (and a lenient parse its warnings) instead of an opaque union error.
  entry_type: TimelineEntryTypeSchema.refine((value) => !KNOWN_ENTRY_TYPES.has(value), {
    abort: true,
  }).meta({
    description: 'An entry type newer than this contract (never one of the known types).',
    not: { enum: [...TIMELINE_ENTRY_TYPES] },
  }),
  detail: nullishAs(JsonObjectSchema, {}),
});

/** The five known entry types, dispatched on `entry_type`. */
export const KnownTimelineEntrySchema = z.discriminatedUnion('entry_type', [
  RecommendationTimelineEntrySchema,
  OverrideActionTimelineEntrySchema,
  BaselineEventTimelineEntrySchema,
  CoachingNoteTimelineEntrySchema,
  AnalyticsSnapshotTimelineEntrySchema,
]);

/**
 * One decision-timeline entry, discriminated on `entry_type`. A known type is checked against its
 * own variant only (so errors and lenient warnings point at the real field); an unknown type falls
 * back to {@link UnknownTimelineEntrySchema}.
 */
export const TimelineEntrySchema = z
  .union([KnownTimelineEntrySchema, UnknownTimelineEntrySchema])
  .meta({ [DISCRIMINATOR_META]: 'entry_type' });
export type TimelineEntry = z.output<typeof TimelineEntrySchema>;
export type RecommendationTimelineEntry = z.output<typeof RecommendationTimelineEntrySchema>;
export type OverrideActionTimelineEntry = z.output<typeof OverrideActionTimelineEntrySchema>;
export type BaselineEventTimelineEntry = z.output<typeof BaselineEventTimelineEntrySchema>;
export type CoachingNoteTimelineEntry = z.output<typeof CoachingNoteTimelineEntrySchema>;
export type AnalyticsSnapshotTimelineEntry = z.output<typeof AnalyticsSnapshotTimelineEntrySchema>;
export type KnownTimelineEntry = z.output<typeof KnownTimelineEntrySchema>;
export type UnknownTimelineEntry = z.output<typeof UnknownTimelineEntrySchema>;

/**
 * True when an entry is one of the known types. TypeScript cannot narrow on `entry_type` while the
 * open fallback (whose `entry_type` is any string) is in the union; after this guard it can:
 *
 * @example
 * if (isKnownTimelineEntry(entry) && entry.entry_type === 'override_action') {
 *   entry.detail.override_id; // typed
 * }
 */
export function isKnownTimelineEntry(entry: TimelineEntry): entry is KnownTimelineEntry {
  return KNOWN_ENTRY_TYPES.has(entry.entry_type);
}
