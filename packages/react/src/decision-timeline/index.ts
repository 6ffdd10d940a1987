'use client';

// @govkit/react/decision-timeline: the governance decision timeline (issue 13), alone.

// The timeline's domain logic (entry kinds, filters, pages, the live-state reducer) is the sdk's
// (`@govkit/sdk`, framework-free), re-exported here so hosts of this entry keep their imports.
export {
  applyTimelineFrame,
  EMPTY_TIMELINE_LIVE_STATE,
  flattenTimelinePages,
  TIMELINE_ENTRY_KINDS,
  type TimelineEntryKind,
  type TimelineEntryKinds,
  type TimelineLiveState,
  type TimelineOverrideLive,
  timelineEntryKind,
  timelineEntryOverrideId,
  timelineFilterPredicate,
} from '@govkit/sdk';
export { type TimelineQuery, useTimeline } from '../timeline/use-timeline';
export {
  type TimelineLiveResult,
  type TimelineLiveStatus,
  type UseTimelineLiveOptions,
  useTimelineLive,
} from '../timeline/use-timeline-live';
export {
  ConnectedDecisionTimeline,
  type ConnectedDecisionTimelineProps,
} from './connected-decision-timeline';
export { DecisionTimeline, type DecisionTimelineProps } from './decision-timeline';
export {
  type DecisionTimelineMessages,
  decisionTimelineMessages,
} from './decision-timeline-messages';
export {
  DecisionTimelineEntry,
  type DecisionTimelineEntryProps,
  DecisionTimelineFeed,
  type DecisionTimelineFeedProps,
  DecisionTimelineRoot,
  type DecisionTimelineRootProps,
} from './decision-timeline-parts';
export type {
  TimelineEntryRenderer,
  TimelineEntryRendererProps,
  TimelineEntryRenderers,
} from './timeline-entry-renderer';
export { defaultTimelineEntryRenderers, UnknownEntryRenderer } from './timeline-entry-renderers';
export { CooldownCountdown, TimelineLiveNotice } from './timeline-live-notice';
export {
  type DecisionTimelineFilters,
  type DecisionTimelineModel,
  type DecisionTimelineState,
  type UseDecisionTimelineOptions,
  useDecisionTimeline,
} from './use-decision-timeline';
