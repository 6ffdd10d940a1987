import type { ReplayWindow } from '@govkit/sdk';
import { useMessages } from '../i18n/use-messages';
import { useControllableState } from '../internal/use-controllable-state';
import { type DecisionStatsMessages, decisionStatsMessages } from './decision-stats-messages';

/** The windows every stats endpoint accepts, shortest first. */
export const STATS_WINDOWS: readonly ReplayWindow[] = ['24h', '7d', '30d'];

/** What a stats widget shows; also its `data-state`. */
export type DecisionStatsState = 'loading' | 'error' | 'empty' | 'ready';

export interface UseStatsWindowOptions {
  /** The window (controlled). */
  window?: ReplayWindow | undefined;
  /** The first window when uncontrolled; each endpoint's server default otherwise. */
  defaultWindow?: ReplayWindow | undefined;
  onWindowChange?: ((window: ReplayWindow) => void) | undefined;
  messages?: Partial<DecisionStatsMessages> | undefined;
}

/**
 * The headless part every stats widget shares: the window (controllable), its labels and the
 * state from data/error. `isEmpty` decides `empty` for data that arrived with nothing in it.
 */
export function useStatsWindow<T>(
  options: UseStatsWindowOptions & {
    data: T | undefined;
    error: unknown;
    isEmpty: (data: T) => boolean;
    fallbackWindow: ReplayWindow;
    caller: string;
  },
) {
  const messages = useMessages('decisionStats', decisionStatsMessages, options.messages);
  const [window, setWindow] = useControllableState<ReplayWindow>({
    prop: options.window,
    defaultProp: options.defaultWindow ?? options.fallbackWindow,
    onChange: options.onWindowChange,
    caller: options.caller,
  });
  const windowLabels: Record<ReplayWindow, string> = {
    '24h': messages.window24h,
    '7d': messages.window7d,
    '30d': messages.window30d,
  };
  const { data, error } = options;
  const state: DecisionStatsState =
    error !== undefined && error !== null
      ? 'error'
      : data === undefined
        ? 'loading'
        : options.isEmpty(data)
          ? 'empty'
          : 'ready';
  return { messages, window, setWindow, windowLabels, state };
}
