import {
  createBaselineTimelineSource,
  createGovernanceTimeline,
  type GovernanceTimeline,
} from '@govkit/sdk/engines';
import type { AnalyticsState } from './analytics-state';
import type { BaselinesState } from './baselines-state';
import type { CoachingState } from './coaching-state';
import type { OverridesState } from './overrides-state';
import type { DomainState, StoreCore } from './store-core';

/**
 * The decision timeline and its live lock/cooldown stream inside a mock store. A read model over
 * the other domains: no state of its own, so no snapshot.
 */
export interface TimelineState extends DomainState {
  readonly engine: GovernanceTimeline;
}

/** Wire the timeline on the store core, over overrides, coaching, baselines and analytics. */
export function createTimelineState(
  core: StoreCore,
  domains: {
    overrides: OverridesState;
    coaching: CoachingState;
    baselines: BaselinesState;
    analytics: AnalyticsState;
  },
): TimelineState {
  return {
    engine: createGovernanceTimeline({
      directory: core.directory,
      events: core.events,
      clock: core.clock,
      overrides: domains.overrides.engine,
      coachingNotes: domains.coaching.store,
      baselineEvents: createBaselineTimelineSource(domains.baselines.engine.store),
      analytics: domains.analytics.engine,
    }),
  };
}
