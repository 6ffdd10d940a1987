import {
  type CoachingNoteEngine,
  createCoachingNoteEngine,
  createMemoryCoachingNoteStore,
  type MemoryCoachingNoteStore,
} from '@govkit/sdk/engines';
import type { OverridesState } from './overrides-state';
import { byId } from './snapshot-order';
import type { DomainState, StoreCore } from './store-core';

/** Threaded coaching notes on overrides inside a mock store. */
export interface CoachingState extends DomainState {
  readonly engine: CoachingNoteEngine;
  /** The engine's store (the timeline reads notes from it). */
  readonly store: MemoryCoachingNoteStore;
  snapshot(): CoachingSnapshot;
}

/** Plain-JSON picture of the domain, for no-change checks. */
export interface CoachingSnapshot {
  notes: unknown[];
}

/** Wire the coaching engine on the store core, over the override engine. */
export function createCoachingState(
  core: StoreCore,
  domains: { overrides: OverridesState },
): CoachingState {
  const { directory, events, clock, ids } = core;
  const store = createMemoryCoachingNoteStore();
  return {
    engine: createCoachingNoteEngine({
      directory,
      events,
      overrides: domains.overrides.engine,
      clock,
      ids,
      store,
    }),
    store,
    snapshot: () => ({
      notes: store
        .dump()
        .sort(byId)
        .map((n) => [n.id, n.moderation_state, n.updated_at, n.moderation_history.length]),
    }),
  };
}
