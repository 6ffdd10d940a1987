import {
  type BaselineEngine,
  createBaselineEngine,
  createMemoryBaselineStore,
} from '@govkit/sdk/engines';
import { byId } from './snapshot-order';
import type { DomainState, StoreCore } from './store-core';

/** Baselines inside a mock store. */
export interface BaselinesState extends DomainState {
  /** Baseline lifecycle; its `store` feeds analytics, the timeline and the override gateway. */
  readonly engine: BaselineEngine;
  snapshot(): BaselinesSnapshot;
}

/** Plain-JSON picture of the domain, for no-change checks. */
export interface BaselinesSnapshot {
  baselines: unknown[];
  events: number;
}

/** Wire the baseline engine on the store core. */
export function createBaselinesState(core: StoreCore): BaselinesState {
  const { directory, clock, ids } = core;
  const engine = createBaselineEngine({
    directory,
    clock,
    ids,
    store: createMemoryBaselineStore(),
  });
  return {
    engine,
    snapshot: () => ({
      baselines: engine.store
        .list()
        .sort(byId)
        .map((b) => ({
          id: b.id,
          status: b.status,
          is_current: b.is_current,
          version_number: b.version_number ?? null,
          reviewer_ids: b.reviewer_ids,
          updated_at: b.updated_at,
        })),
      events: engine.store.listEvents().length,
    }),
  };
}
