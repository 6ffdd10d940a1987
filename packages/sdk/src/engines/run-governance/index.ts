// @govkit/sdk/engines/run-governance: the run-governance engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export { INDUSTRY_LIBRARY, isIndustryLibraryTag } from './industry-library';
export { canonicalFingerprintJson, createInputFingerprint } from './input-fingerprint';
export {
  buildPredictiveContext,
  classifyIndustry,
  classifyIndustryFromText,
  presentWatchList,
} from './predictive-context';
export {
  createMemoryRemoteAssistStore,
  createRemoteAssistEngine,
  type RemoteAssistEngine,
  type RemoteAssistEngineOptions,
  type RemoteAssistStore,
} from './remote-assist';
export {
  computeRunGating,
  doctrineSafeConclusion,
  type RunGatingInput,
  type RunGatingResult,
} from './run-gating';
export {
  createRunLockEngine,
  RUN_LOCK_ERRORS,
  type RunLockActor,
  type RunLockEngine,
  type RunLockEngineOptions,
  validateRunLockRequest,
} from './run-lock';
export { createInMemoryRunLockStore, type RunLockStore } from './run-lock-store';
export {
  type CreateManifestOptions,
  createManifest,
  finalizeManifest,
  isManifestStepName,
  type ManifestClockOptions,
  markStepError,
  markStepSkipped,
  markStepStart,
  markStepSuccess,
  NO_MANIFEST_SUMMARY,
  type StepTransitionOptions,
  SUPERSEDED_MANIFEST_CODE,
  summarizeManifest,
} from './run-manifest';
export {
  createRunPipelineEngine,
  executeGovernedRun,
  type GovernedRunOptions,
  type OwnedRunStartRequest,
  parseRunStartRequest,
  RUN_NOT_FOUND_DETAIL,
  type RunPipelineEngine,
  type RunPipelineEngineOptions,
} from './run-pipeline';
export {
  defaultInferDecision,
  type ExecuteRunStepsOptions,
  executeRunSteps,
  RUN_STEP_SKIP_REASONS,
  type RunInferenceInput,
  type RunPipelineHooks,
  type RunStepContext,
  type RunStepRecorder,
  type RunStepsOutcome,
} from './run-steps';
export {
  createInMemoryRunStore,
  createManifestWriter,
  type FencingTokenSource,
  type ManifestWriter,
  type ManifestWriterOptions,
  type RunStore,
} from './run-store';
