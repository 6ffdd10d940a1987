import {
  createAnalyticsSourcesAdapter,
  createGovernanceAnalyticsEngine,
  type GovernanceAnalyticsEngine,
} from '@govkit/sdk/engines';
import type { BaselinesState } from './baselines-state';
import type { ExportsState } from './exports-state';
import type { DomainState, StoreCore } from './store-core';

/**
 * Governance analytics inside a mock store. It owns no state of its own (its 30 s cache is
 * derived and invalidates itself from the event log), so it has no snapshot.
 */
export interface AnalyticsState extends DomainState {
  /** Analytics over previews, overrides, baselines and export ladders. */
  readonly engine: GovernanceAnalyticsEngine;
}

/** Wire the analytics engine on the store core, reading baselines and export ladders. */
export function createAnalyticsState(
  core: StoreCore,
  domains: { baselines: BaselinesState; exports: ExportsState },
): AnalyticsState {
  return {
    engine: createGovernanceAnalyticsEngine({
      directory: core.directory,
      events: core.events,
      clock: core.clock,
      sources: createAnalyticsSourcesAdapter({
        baselines: domains.baselines.engine.store,
        exports: domains.exports.engine.deps.store,
      }),
    }),
  };
}
