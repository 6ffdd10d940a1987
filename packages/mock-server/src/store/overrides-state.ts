import {
  createMemoryOverrideStore,
  createOverrideBaselineGatewayAdapter,
  createOverrideEngine,
  createOverrideRecommendations,
  type MemoryOverrideStore,
  type OverrideEngine,
  type OverrideRecommendations,
} from '@govkit/sdk/engines';
import type { AnalyticsState } from './analytics-state';
import type { BaselinesState } from './baselines-state';
import type { EvidenceState } from './evidence-state';
import {
  createOverrideLineageSources,
  type OverrideLineageSources,
} from './override-lineage-sources';
import { byId, sortedIds } from './snapshot-order';
import type { DomainState, StoreCore } from './store-core';

/** Override recommendations, actions and reversals inside a mock store. */
export interface OverridesState extends DomainState {
  /** The override engine, over the real baselines (its baseline gateway). */
  readonly engine: OverrideEngine;
  /** Recommendations from reviewer cadence; new ones are recorded for the timeline. */
  readonly recommendations: OverrideRecommendations;
  /** The engine's store (`dump()` for before/after comparisons). */
  readonly store: MemoryOverrideStore;
  /** Scenario and notebook snapshots for override lineage; `putScenario` adds scenarios. */
  readonly lineageSources: OverrideLineageSources;
  snapshot(): OverridesSnapshot;
}

/** Plain-JSON picture of the domain, for no-change checks. */
export interface OverridesSnapshot {
  overrides: unknown[];
  lineages: number;
  reversals: number;
  lock_events: number;
  scenarios: string[];
}

/**
 * Wire the override engine on the store core: baselines are its baseline gateway, the evidence
 * catalog its notebook source, analytics the recommendations' reviewer cadence.
 */
export function createOverridesState(
  core: StoreCore,
  domains: { baselines: BaselinesState; evidence: EvidenceState; analytics: AnalyticsState },
): OverridesState {
  const { directory, events, clock, ids } = core;
  const store = createMemoryOverrideStore();
  const lineageSources = createOverrideLineageSources(domains.evidence.catalog);
  return {
    engine: createOverrideEngine({
      directory,
      events,
      clock,
      ids,
      baselines: createOverrideBaselineGatewayAdapter(domains.baselines.engine),
      catalog: lineageSources,
      store,
    }),
    recommendations: createOverrideRecommendations({
      directory,
      events,
      clock,
      analytics: domains.analytics.engine,
    }),
    store,
    lineageSources,
    snapshot: () => {
      const dump = store.dump();
      return {
        overrides: dump.overrides
          .sort(byId)
          .map((o) => [o.id, o.status, o.updated_at, o.reversal_lock_token ?? null]),
        lineages: dump.lineages.length,
        reversals: dump.reversals.length,
        lock_events: dump.lockEvents.length,
        scenarios: sortedIds(lineageSources.listScenarios()),
      };
    },
  };
}
