// @govkit/sdk/engines/timeline: the timeline engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export {
  createGovernanceTimeline,
  type GovernanceTimeline,
  type GovernanceTimelineOptions,
  type TimelineBaselineEventSource,
  type TimelineStream,
} from './governance-timeline';
export {
  TIMELINE_INVALID_CURSOR_DETAIL,
  type TimelineCursorPosition,
} from './timeline-cursor';
export {
  analyticsTimelineEntry,
  baselineTimelineEntry,
  coachingTimelineEntry,
  overrideActionTimelineEntry,
  recommendationTimelineEntry,
  type TimelineBaselineEvent,
} from './timeline-entries';
export {
  buildTimelineSnapshotFrame,
  cooldownTickFrame,
  subscribeTimelineLockFrames,
} from './timeline-live-frames';
