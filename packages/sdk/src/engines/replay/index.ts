// @govkit/sdk/engines/replay: the replay engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export { buildDecisionTrace } from './build-decision-trace';
export { buildTaskSummary } from './build-task-summary';
export { computeBlockedReasons } from './compute-blocked-reasons';
export { computeDecisionLag } from './compute-decision-lag';
export { computeDecisionTypes } from './compute-decision-types';
export {
  BLOCKED_DECISION_TYPE_CODE,
  type DecisionColumns,
  DecisionIndex,
} from './decision-index';
export { findDecisionDetail } from './find-decision-detail';
export { createReplayEngine, ReplayEngine, type ReplayEngineOptions } from './replay-engine';
export { createInMemoryReplayStore, InMemoryReplayStore, type ReplayStore } from './replay-store';
