'use client';

// @govkit/react/run-lock: the calm run lock notice and the lock inspector.

export { useReleaseRunLock } from '../runs/use-release-run-lock';
export { useRunLockState } from '../runs/use-run-lock-state';
export { useNow } from '../shared/use-now';
export {
  ConnectedRunLockInspector,
  type ConnectedRunLockInspectorProps,
} from './connected-run-lock-inspector';
export { RunLockInspector, type RunLockInspectorProps } from './run-lock-inspector';
export { type RunLockMessages, runLockMessages } from './run-lock-messages';
export { isRunLockHeld, RunLockNotice, type RunLockNoticeProps } from './run-lock-notice';
export {
  RunLockCountdown,
  RunLockInspectorField,
  type RunLockInspectorFieldProps,
  RunLockInspectorRoot,
  type RunLockInspectorRootProps,
  RunLockInspectorTitle,
  type RunLockInspectorTitleProps,
  RunLockNoticeRoot,
} from './run-lock-parts';
export {
  type RunLockInspectorModel,
  type RunLockInspectorState,
  type RunLockTime,
  type UseRunLockInspectorOptions,
  useRunLockInspector,
} from './use-run-lock-inspector';
