import type {
  AnalyticsSnapshotTimelineEntry,
  BaselineEventTimelineEntry,
  CoachingNoteTimelineEntry,
  OverrideActionTimelineEntry,
  RecommendationTimelineEntry,
  TimelineEntry,
} from '@govkit/sdk';
import { isKnownTimelineEntry } from '@govkit/sdk/schemas';
import type { ComponentType } from 'react';
import type { GovkitFormat } from '../shared/use-format';
import type { TimelineOverrideLive } from '../timeline/timeline-live-state';
import type { DecisionTimelineMessages } from './decision-timeline-messages';

/**
 * The entry each renderer kind receives. Kinds refine `entry_type` where the timeline shows two
 * different things under one type: an `override_action` that reverses an override is a
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

/** Every kind, in the order the type filter offers them. */
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

/**
 * What an entry renderer gets. The row around it already shows the entry's type, actor (who) and
 * time (when) and handles focus and selection; a renderer shows what happened and why, and any
 * detail of its own (a host app plugs its ScenarioContextWidget or ReversalDiffViewer in here).
 */
export interface TimelineEntryRendererProps<E extends TimelineEntry = TimelineEntry> {
  /** The entry, narrowed to the renderer's kind. */
  entry: E;
  /** The override's live lock and cooldown from the stream, when the entry has an override. */
  live: TimelineOverrideLive | undefined;
  /** The widget's clock for countdowns (ms); undefined means "read the real clock". */
  now: number | undefined;
  messages: DecisionTimelineMessages;
  /** Locale-aware formatters of the provider (`dateTime`, `number`, `duration`, …). */
  format: GovkitFormat;
}

/** A renderer for one kind: a component of {@link TimelineEntryRendererProps}. */
export type TimelineEntryRenderer<K extends TimelineEntryKind> = ComponentType<
  TimelineEntryRendererProps<TimelineEntryKinds[K]>
>;

/**
 * Renderers by kind. Pass a partial map as the timeline's `renderers` prop: the kinds you give
 * replace the defaults, the others keep them.
 */
export type TimelineEntryRenderers = { [K in TimelineEntryKind]?: TimelineEntryRenderer<K> };

const APPROVAL_ACTIONS = new Set(['submitted', 'approved', 'rejected']);

/** The renderer kind of an entry (see {@link TimelineEntryKinds}). */
export function timelineEntryKind(entry: TimelineEntry): TimelineEntryKind {
  if (!isKnownTimelineEntry(entry)) return 'unknown';
  switch (entry.entry_type) {
    case 'override_action': {
      const { detail } = entry;
      const reversal =
        entry.action === 'reverse' ||
        entry.status === 'reversed' ||
        detail.reversal === true ||
        detail.reversal_event != null;
      return reversal ? 'override_reversal' : 'override_action';
    }
    case 'baseline_event':
      return entry.action && APPROVAL_ACTIONS.has(entry.action)
        ? 'approval_event'
        : 'baseline_event';
    default:
      return entry.entry_type;
  }
}

/** The override an entry is about (override actions, reversals and coaching notes have one). */
export function timelineEntryOverrideId(entry: TimelineEntry): string | undefined {
  if (!isKnownTimelineEntry(entry)) return undefined;
  if (entry.entry_type === 'override_action') return entry.detail.override_id ?? undefined;
  return undefined;
}
