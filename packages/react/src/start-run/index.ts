'use client';

// @govkit/react/start-run: start a governed run and show its receipt, or the lock notice.

export { useStartRun } from '../runs/use-start-run';
export { ConnectedStartRun, type ConnectedStartRunProps } from './connected-start-run';
export { type StartRunMessages, startRunMessages } from './start-run-messages';
export { StartRunPanel, type StartRunPanelProps } from './start-run-panel';
export {
  type StartRunPanelModel,
  type StartRunPanelState,
  type UseStartRunPanelOptions,
  useStartRunPanel,
} from './use-start-run-panel';
