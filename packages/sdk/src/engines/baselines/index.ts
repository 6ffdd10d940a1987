// @govkit/sdk/engines/baselines: the baselines engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export {
  BASELINE_EXECUTION_ACCESS_DENIED,
  type BaselineEngineDeps,
  canReviewBaseline,
  canViewBaseline,
  listBaselines,
  requireVisibleBaseline,
  retrieveBaseline,
  withBaselineEvents,
} from './baseline-access';
export {
  BASELINE_OVERRIDE_EVENT_ACTIONS,
  type BaselineEngine,
  type BaselineEngineOptions,
  type BaselineOverrideEffect,
  createBaselineEngine,
} from './baseline-engine';
export { createOverrideBaselineGatewayAdapter } from './baseline-gateway-adapter';
export {
  publishBaseline,
  recordBaselineEvent,
  reviewBaseline,
  rollbackBaseline,
  submitBaseline,
} from './baseline-lifecycle';
export {
  type BaselineRecord,
  type BaselineStore,
  createMemoryBaselineStore,
} from './baseline-store';
export { createBaselineTimelineSource } from './baseline-timeline-source';
