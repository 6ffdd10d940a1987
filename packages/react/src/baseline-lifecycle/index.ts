'use client';

// @govkit/react/baseline-lifecycle: a governance baseline's lifecycle and actions (seed 001).

export { useBaseline } from '../baselines/use-baseline';
export { useBaselineActions } from '../baselines/use-baseline-actions';
export { useBaselines } from '../baselines/use-baselines';
export { BaselineLifecycle, type BaselineLifecycleProps } from './baseline-lifecycle';
export {
  type BaselineLifecycleMessages,
  baselineLifecycleMessages,
} from './baseline-lifecycle-messages';
export {
  BaselineLifecycleEvents,
  type BaselineLifecycleEventsProps,
  BaselineLifecycleRoot,
  type BaselineLifecycleRootProps,
  BaselineLifecycleSteps,
  type BaselineLifecycleStepsProps,
} from './baseline-lifecycle-parts';
export {
  ConnectedBaselineLifecycle,
  type ConnectedBaselineLifecycleProps,
} from './connected-baseline-lifecycle';
export {
  availableBaselineActions,
  type BaselineAction,
  type BaselineEventView,
  type BaselineLifecycleModel,
  type BaselineLifecycleState,
  type BaselineRollbackTarget,
  type BaselineStep,
  type BaselineStepState,
  type BaselineViewer,
  rollbackTargetsOf,
  type UseBaselineLifecycleOptions,
  useBaselineLifecycle,
} from './use-baseline-lifecycle';
