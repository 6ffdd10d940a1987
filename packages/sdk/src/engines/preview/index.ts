// @govkit/sdk/engines/preview: the preview engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export {
  createExperimentPreviewEngine,
  type ExperimentPreviewEngine,
  type ExperimentPreviewEngineOptions,
  type PreviewResourceCatalog,
} from './experiment-preview';
export {
  type AppliedPreviewStageOverride,
  mapPreviewStepsToStages,
  type PreviewLadderSimulationInput,
  type PreviewSimulatedStage,
  simulatePreviewLadder,
} from './ladder-simulation';
export { type PreviewNarrativeInput, renderPreviewNarrative } from './preview-narrative';
