import { createAnalyticsState } from './analytics-state';
import { createBaselinesState } from './baselines-state';
import { createCoachingState } from './coaching-state';
import { createEvidenceState } from './evidence-state';
import { createExportsState } from './exports-state';
import { createLineageState } from './lineage-state';
import { createOverridesState } from './overrides-state';
import { createPreviewState } from './preview-state';
import { createReplayState } from './replay-state';
import { createRunGovernanceState } from './run-governance-state';
import type { DomainState, StoreCore } from './store-core';
import { createTemplatesState } from './templates-state';
import { createTimelineState } from './timeline-state';

/**
 * Every domain's slice of the mock store, keyed by the name handlers use (`store.overrides`),
 * one per domain of the contract. Slices are built in dependency order and receive the slices
 * they read (exports bind the templates' snapshots, the timeline reads overrides, coaching,
 * baselines and analytics); nothing else is shared but the core.
 *
 * Adding a domain: write `store/<domain>-state.ts` exporting `create<Domain>State(core, deps)`
 * (engines wired on `core.clock`/`core.ids`, a `snapshot()` of everything it stores) and add one
 * line here. The store's type follows from this function's return type.
 */
export function createDomainStates(core: StoreCore) {
  const runGovernance = createRunGovernanceState(core);
  const replay = createReplayState(core);
  const lineage = createLineageState(core);
  const templates = createTemplatesState(core);
  const baselines = createBaselinesState(core);
  const evidence = createEvidenceState(core);
  const exports = createExportsState(core, { templates, evidence });
  const preview = createPreviewState(core, { templates });
  const analytics = createAnalyticsState(core, { baselines, exports });
  const overrides = createOverridesState(core, { baselines, evidence, analytics });
  const coaching = createCoachingState(core, { overrides });
  const timeline = createTimelineState(core, { overrides, coaching, baselines, analytics });
  return {
    runGovernance,
    replay,
    lineage,
    templates,
    baselines,
    evidence,
    exports,
    preview,
    analytics,
    overrides,
    coaching,
    timeline,
  } satisfies Record<string, DomainState>;
}

/** The domain slices of a mock store (`store.runGovernance`, `store.overrides`, …). */
export type DomainStates = ReturnType<typeof createDomainStates>;
