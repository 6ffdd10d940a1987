'use client';

// @govkit/react/decision-timeline: the governance decision timeline (issue 13), alone.

export {
  applyTimelineFrame,
  EMPTY_TIMELINE_LIVE_STATE,
  type TimelineLiveState,
  type TimelineOverrideLive,
} from '../timeline/timeline-live-state';
export { flattenTimelinePages, type TimelineQuery, useTimeline } from '../timeline/use-timeline';
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
export {
  TIMELINE_ENTRY_KINDS,
  type TimelineEntryKind,
  type TimelineEntryKinds,
  type TimelineEntryRenderer,
  type TimelineEntryRendererProps,
  type TimelineEntryRenderers,
  timelineEntryKind,
  timelineEntryOverrideId,
} from './timeline-entry-kind';
export { defaultTimelineEntryRenderers, UnknownEntryRenderer } from './timeline-entry-renderers';
export { CooldownCountdown, TimelineLiveNotice } from './timeline-live-notice';
export {
  type DecisionTimelineFilters,
  type DecisionTimelineModel,
  type DecisionTimelineState,
  timelineFilterPredicate,
  type UseDecisionTimelineOptions,
  useDecisionTimeline,
} from './use-decision-timeline';
