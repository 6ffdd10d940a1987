// @govkit/sdk/engines/overrides: the overrides engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export {
  createMemoryOverrideBaselineGateway,
  type MemoryOverrideBaselineGateway,
  type OverrideBaselineEffect,
  type OverrideBaselineEventAction,
  type OverrideBaselineGateway,
  type OverrideBaselineRef,
  type RecordedOverrideBaselineEffect,
} from './override-baseline-gateway';
export {
  applyOverrideCommand,
  findActorOverride,
  type OverrideActionInput,
  type OverrideWriteCommand,
} from './override-commands';
export {
  appendOverrideActionEvent,
  isCoolingDown,
  type OverrideEngineContext,
  type PendingOverrideReversal,
  requireOverrideExecution,
  resolveOverrideBaseline,
} from './override-context';
export {
  createOverrideEngine,
  type OverrideEngine,
  type OverrideEngineOptions,
} from './override-engine';
export {
  backfillOverrideLineage,
  type OverrideLineageBackfillOptions,
  type OverrideLineageBackfillReport,
  type OverrideLineageBackfillRow,
  type OverrideLineageBackfillSource,
} from './override-lineage-backfill';
export {
  type CaptureOverrideLineageInput,
  captureOverrideLineage,
  createMemoryOverrideLineageCatalog,
  type OverrideLineageCatalog,
  type OverrideLineageCatalogSeed,
  overrideLineageContext,
  overrideLineageDetail,
} from './override-lineage-capture';
export type { OverrideLockNotice } from './override-lock-notice';
export {
  governanceActorSummary,
  toOverrideOutcome,
  toOverrideReversalEvent,
} from './override-outcome';
export {
  assertReversalTier,
  hasOverrideAccess,
  hasOverrideWriteAccess,
  OVERRIDE_EXECUTION_FORBIDDEN_DETAIL,
  OVERRIDE_NO_TIER_DETAIL,
  OVERRIDE_REVERSAL_MINIMUM_TIERS,
  type OverridePermissionSubject,
  type OverrideTier,
  overrideEscalationPrompt,
  resolveOverrideTier,
} from './override-permissions';
export {
  createOverrideRecommendations,
  type OverrideRecommendations,
  type ReviewerCadenceSource,
} from './override-recommendations';
export {
  abortOverrideReversal,
  beginOverrideReversal,
  completeOverrideReversal,
  type OverrideReversalHandle,
  reverseOverride,
} from './override-reversal';
export { applyOverrideReversal } from './override-reversal-apply';
export {
  acquireReversalLock,
  assertReversalLockFree,
  isReversalLockLive,
  NO_REVERSAL_LOCK,
  overrideLiveState,
  releaseReversalLock,
} from './override-reversal-lock';
export {
  assertOverrideTransition,
  illegalOverrideTransitionDetail,
  isLegalOverrideTransition,
  OVERRIDE_COMMAND_TARGETS,
  OVERRIDE_TRANSITIONS,
  type OverrideCommand,
  type OverrideStatusOrNew,
} from './override-status-machine';
export {
  createMemoryOverrideStore,
  type MemoryOverrideStore,
  type OverrideLineageRecord,
  type OverrideRecord,
  type OverrideRecordStatus,
  type OverrideStore,
  type OverrideStoreDump,
} from './override-store';
