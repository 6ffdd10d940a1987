// Zod-free (types only), so the root entry exports it without building the timeline's schemas.
import type {
  AnalyticsSnapshotTimelineEntry,
  BaselineEventTimelineEntry,
  CoachingNoteTimelineEntry,
  KnownTimelineEntry,
  OverrideActionTimelineEntry,
  RecommendationTimelineEntry,
  TimelineEntry,
} from '../../schemas/timeline/timeline-entry';

/**
 * The entry each kind of a timeline entry is. Kinds refine `entry_type` where the timeline shows
 * two different things under one type: an `override_action` that reverses an override is an
 * `override_reversal`; a `baseline_event` that submits, approves or rejects a baseline is an
 * `approval_event`. `unknown` is any entry type newer than this package.
 */
export interface TimelineEntryKinds {
  override_recommendation: RecommendationTimelineEntry;
  override_action: OverrideActionTimelineEntry;
  override_reversal: OverrideActionTimelineEntry;
  baseline_event: BaselineEventTimelineEntry;
  approval_event: BaselineEventTimelineEntry;
  coaching_note: CoachingNoteTimelineEntry;
  analytics_snapshot: AnalyticsSnapshotTimelineEntry;
  unknown: TimelineEntry;
}

export type TimelineEntryKind = keyof TimelineEntryKinds;

/** Every kind, in the order a type filter offers them. */
export const TIMELINE_ENTRY_KINDS: readonly TimelineEntryKind[] = [
  'override_action',
  'override_reversal',
  'override_recommendation',
  'approval_event',
  'baseline_event',
  'coaching_note',
  'analytics_snapshot',
  'unknown',
];

const APPROVAL_ACTIONS = new Set(['submitted', 'approved', 'rejected']);

/** The kind of an entry (see {@link TimelineEntryKinds}); never throws on a newer server's type. */
export function timelineEntryKind(entry: TimelineEntry): TimelineEntryKind {
  // Each known type is its own case; an `entry_type` of a newer server falls to `unknown`.
  const known = entry as KnownTimelineEntry;
  switch (known.entry_type) {
    case 'override_action': {
      const { detail } = known;
      const reversal =
        known.action === 'reverse' ||
        known.status === 'reversed' ||
        detail.reversal === true ||
        detail.reversal_event != null;
      return reversal ? 'override_reversal' : 'override_action';
    }
    case 'baseline_event':
      return known.action && APPROVAL_ACTIONS.has(known.action)
        ? 'approval_event'
        : 'baseline_event';
    case 'override_recommendation':
    case 'coaching_note':
    case 'analytics_snapshot':
      return known.entry_type;
    default:
      return 'unknown';
  }
}

/**
 * Whether an entry is of a kind, narrowing it to that kind's entry type.
 *
 * @example
 * if (isTimelineEntryKind(entry, 'override_reversal')) entry.detail.reversal_event; // typed
 */
export function isTimelineEntryKind<K extends TimelineEntryKind>(
  entry: TimelineEntry,
  kind: K,
): entry is TimelineEntryKinds[K] {
  return timelineEntryKind(entry) === kind;
}

/** The override an entry is about (override actions and reversals have one), else undefined. */
export function timelineEntryOverrideId(entry: TimelineEntry): string | undefined {
  const known = entry as KnownTimelineEntry;
  return known.entry_type === 'override_action'
    ? (known.detail.override_id ?? undefined)
    : undefined;
}
