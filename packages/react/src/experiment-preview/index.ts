'use client';

// @govkit/react/experiment-preview: the governance preview of an experiment, alone.

export { useExperimentPreview } from '../exports/use-experiment-preview';
export {
  ConnectedExperimentPreview,
  type ConnectedExperimentPreviewProps,
} from './connected-experiment-preview';
export { ExperimentPreview, type ExperimentPreviewProps } from './experiment-preview';
export {
  type ExperimentPreviewMessages,
  experimentPreviewMessages,
} from './experiment-preview-messages';
export {
  type ExperimentPreviewModel,
  type ExperimentPreviewState,
  type SlaRisk,
  slaRiskOf,
  type UseExperimentPreviewViewOptions,
  useExperimentPreviewView,
} from './use-experiment-preview-view';
