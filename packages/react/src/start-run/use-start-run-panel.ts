import type { RunResult } from '@govkit/sdk';
import { useMessages } from '../i18n/use-messages';
import { isRunLockHeld } from '../run-lock/run-lock-notice';
import { type StartRunMessages, startRunMessages } from './start-run-messages';

export interface UseStartRunPanelOptions {
  /** A run is being started. */
  pending?: boolean | undefined;
  /** The last run's result. */
  result?: RunResult | undefined;
  /** The last start's error; `RunLockHeldError` shows the calm lock notice. */
  error?: unknown;
  messages?: Partial<StartRunMessages> | undefined;
}

/** `lock-held`: the workspace's lock refused the run (409); not an error, just wait. */
export type StartRunPanelState = 'idle' | 'running' | 'succeeded' | 'lock-held' | 'error';

export interface StartRunPanelModel {
  state: StartRunPanelState;
  messages: StartRunMessages;
  /** The start button's words. */
  actionLabel: string;
}

/** The headless start-a-run panel: which outcome to show and what the action says. */
export function useStartRunPanel({
  pending = false,
  result,
  error,
  messages: overrides,
}: UseStartRunPanelOptions): StartRunPanelModel {
  const messages = useMessages('startRun', startRunMessages, overrides);
  const state: StartRunPanelState = pending
    ? 'running'
    : error !== undefined && error !== null
      ? isRunLockHeld(error)
        ? 'lock-held'
        : 'error'
      : result
        ? 'succeeded'
        : 'idle';
  const actionLabel =
    state === 'running' ? messages.running : result ? messages.startAgain : messages.start;
  return { state, messages, actionLabel };
}
