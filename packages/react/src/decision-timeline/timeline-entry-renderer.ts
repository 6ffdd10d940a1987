import type {
  TimelineEntry,
  TimelineEntryKind,
  TimelineEntryKinds,
  TimelineOverrideLive,
} from '@govkit/sdk';
import type { ComponentType } from 'react';
import type { GovkitFormat } from '../shared/use-format';
import type { DecisionTimelineMessages } from './decision-timeline-messages';

// The kinds themselves (`timelineEntryKind`, `TimelineEntryKinds`) are the sdk's
// (`@govkit/sdk`): classifying an entry is domain logic any host can use; rendering one
// is this package's.

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
