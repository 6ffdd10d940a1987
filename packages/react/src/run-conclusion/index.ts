'use client';

// @govkit/react/run-conclusion: a run's conclusion with the gated doctrine-safe case.

export { useRun } from '../runs/use-run';
export {
  ConnectedRunConclusion,
  type ConnectedRunConclusionProps,
} from './connected-run-conclusion';
export { RunConclusion, type RunConclusionProps } from './run-conclusion';
export { type RunConclusionMessages, runConclusionMessages } from './run-conclusion-messages';
export {
  RunConclusionAlert,
  RunConclusionRoot,
  type RunConclusionRootProps,
  RunConclusionSection,
  type RunConclusionSectionProps,
  RunConclusionTitle,
  type RunConclusionTitleProps,
} from './run-conclusion-parts';
export {
  type RunConclusionData,
  type RunConclusionModel,
  type RunConclusionState,
  type UseRunConclusionOptions,
  useRunConclusion,
} from './use-run-conclusion';
