import type { PresentedWatchList } from '@govkit/sdk';
import { PRESENTED_WATCH_ITEMS_MAX } from '@govkit/sdk/schemas';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import { useDisclosure } from '../shared/disclosure';
import { useFormat } from '../shared/use-format';
import {
  type PredictiveWatchListMessages,
  predictiveWatchListMessages,
} from './predictive-watch-list-messages';

export interface UsePredictiveWatchListOptions {
  /**
   * The run's presented watch list once loaded; `null` when the run has none (a gated run).
   * Without it (and without an error) the list is loading.
   */
  watchList?: PresentedWatchList | null | undefined;
  error?: unknown;
  /**
   * Quiet mode (default true): the section starts collapsed, as the seed's results page does.
   * With `quiet={false}` it starts open. Ignored when `open` or `defaultOpen` is given.
   */
  quiet?: boolean | undefined;
  /** Open state (controlled). */
  open?: boolean | undefined;
  defaultOpen?: boolean | undefined;
  onOpenChange?: ((open: boolean) => void) | undefined;
  messages?: Partial<PredictiveWatchListMessages> | undefined;
}

export type PredictiveWatchListState = 'loading' | 'error' | 'empty' | 'ready';

/** One watch item, localised. */
export interface WatchItem {
  topic: string;
  whyItMatters: string;
  whatToWatch: string;
  /** `30–90 days` / `30–90 Tage`; a horizon in another shape is shown as sent. */
  timeHorizon: string;
}

export interface PredictiveWatchListModel {
  state: PredictiveWatchListState;
  messages: PredictiveWatchListMessages;
  /** At most four items (the presenter's limit), in the server's order. */
  items: WatchItem[];
  open: boolean;
  setOpen: (next: boolean | ((open: boolean) => boolean)) => void;
  triggerProps: { 'aria-expanded': boolean; 'aria-controls': string; onClick: () => void };
  panelId: string;
}

const DAY_RANGE = /^\s*(\d+)\s*[-–]\s*(\d+)\s*days?\s*$/i;

/**
 * The headless predictive watch list: a finite, non-forecast list of 2–4 industry
 * pressures in a section that starts collapsed in quiet mode.
 */
export function usePredictiveWatchList({
  watchList,
  error,
  quiet = true,
  open: openProp,
  defaultOpen,
  onOpenChange,
  messages: overrides,
}: UsePredictiveWatchListOptions): PredictiveWatchListModel {
  const messages = useMessages('predictiveWatchList', predictiveWatchListMessages, overrides);
  const format = useFormat();
  const { open, setOpen, triggerProps, panelId } = useDisclosure({
    open: openProp,
    defaultOpen: defaultOpen ?? !quiet,
    onOpenChange,
    caller: 'PredictiveWatchList',
  });
  const base = { messages, open, setOpen, triggerProps, panelId };
  const state: PredictiveWatchListState =
    error !== undefined && error !== null
      ? 'error'
      : watchList === undefined
        ? 'loading'
        : watchList === null || watchList.items.length === 0
          ? 'empty'
          : 'ready';
  if (state !== 'ready' || !watchList) return { ...base, state, items: [] };
  const items = watchList.items.slice(0, PRESENTED_WATCH_ITEMS_MAX).map((item): WatchItem => {
    const range = DAY_RANGE.exec(item.time_horizon);
    return {
      topic: item.topic,
      whyItMatters: item.why_it_matters,
      whatToWatch: item.what_to_watch,
      timeHorizon: range
        ? formatMessage(messages.horizonDays, {
            from: format.number(Number(range[1])),
            to: format.number(Number(range[2])),
          })
        : item.time_horizon,
    };
  });
  return { ...base, state, items };
}
