import { createBiolabsState } from './biolabs-state';
import { createLineageState } from './lineage-state';
import { createReplayState } from './replay-state';
import { createRunGovernanceState } from './run-governance-state';
import type { DomainState, StoreCore } from './store-core';

/**
 * Every domain's slice of the mock store, keyed by the name handlers use (`store.runGovernance`).
 *
 * Adding a domain: write `store/<domain>-state.ts` exporting `create<Domain>State(core)` (engines
 * wired on `core.clock`/`core.ids`, engine stores wrapped with `trackWrites(…, core.recordWrite)`)
 * and add one line here. The store's type follows from this function's return type.
 */
export function createDomainStates(core: StoreCore) {
  return {
    runGovernance: createRunGovernanceState(core),
    replay: createReplayState(core),
    lineage: createLineageState(core),
    biolabs: createBiolabsState(core),
  } satisfies Record<string, DomainState>;
}

/** The domain slices of a mock store (`store.runGovernance`, …). */
export type DomainStates = ReturnType<typeof createDomainStates>;
