// @govkit/sdk/engines/exports: the exports engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export {
  type AnalyticsSourceStores,
  createAnalyticsSourcesAdapter,
} from './analytics-sources-adapter';
export {
  approveNarrativeExport,
  delegateNarrativeExportStage,
  dispatchNarrativePackaging,
  resetNarrativeExportStage,
} from './approval-commands';
export {
  type ApprovalLadderContext,
  type ApprovalStageDefinition,
  addApprovalAction,
  approvalStageEventPayload,
  buildApprovalStages,
  DEFAULT_APPROVAL_STAGE,
  delegateApprovalStage,
  resetApprovalStage,
  signApprovalStage,
  startApprovalStage,
} from './approval-ladder';
export { canManageStage, canSignStage, holdsStageRole } from './approval-permissions';
export {
  type NarrativeArtifactDownload,
  narrativeArtifactPath,
  readNarrativeArtifact,
  readNarrativeArtifactBySignature,
} from './artifact-download';
export { type ExportAttachmentSources, resolveExportAttachments } from './attachment-resolver';
export {
  type ArtifactSigning,
  appendNarrativeEvents,
  EXPORT_ACCESS_DENIED,
  type GuardrailSource,
  isNamedOnStage,
  type NarrativeExportDeps,
  type PendingNarrativeEvent,
  requireVisibleExport,
  type StageOverdueNotification,
  toExportUserOut,
  withDerivedLadder,
} from './export-context';
export {
  backfillExportSnapshots,
  type ExportSnapshotBackfillOptions,
} from './export-snapshot-backfill';
export {
  createMemoryNarrativeArtifactStore,
  createMemoryNarrativeExportStore,
  type MemoryNarrativeArtifactStore,
  type NarrativeArtifactStore,
  type NarrativeExportStore,
  type NarrativePackagingJob,
} from './export-store';
export { type ExportLadderPlan, planExportLadder } from './export-template-binding';
export { narrativeJobsTelemetry } from './jobs-telemetry';
export {
  buildNarrativeArchive,
  type NarrativeArchive,
  type NarrativeArchiveEntry,
  type NarrativePackager,
  type NarrativePackagingInput,
  narrativeManifestDigest,
  type PackagedAttachmentSource,
} from './narrative-archive';
export { createNarrativeExport } from './narrative-export-create';
export {
  createNarrativeExportEngine,
  type NarrativeExportEngine,
  type NarrativeExportEngineOptions,
} from './narrative-export-engine';
export { type NarrativeRenderInput, renderExecutionNarrative } from './narrative-renderer';
export {
  applyNarrativePackagingGate,
  evaluateNarrativePackagingGate,
  type PackagingGateOutcome,
} from './packaging-gate';
export {
  enqueueNarrativePackagingJob,
  NARRATIVE_PACKAGING_MAX_ATTEMPTS,
  NARRATIVE_PACKAGING_RETRY_SECONDS,
  NARRATIVE_RETENTION_DAYS,
  type NarrativePackagingOutcome,
  runNarrativePackagingJobs,
} from './packaging-worker';
export { checkOverdueApprovalStages, type OverdueApprovalStage } from './sla-monitor';
