import {
  NotFoundError,
  TIMELINE_ENTRY_KINDS,
  type TimelineEntry,
  type TimelineEntryFilters,
  type TimelineEntryKind,
  timelineFilterPredicate,
  timelineFiltersActive,
} from '@govkit/sdk';
import { useCallback, useMemo } from 'react';
import { useMessages } from '../i18n/use-messages';
import { useControllableState } from '../internal/use-controllable-state';
import {
  type DecisionTimelineMessages,
  decisionTimelineMessages,
} from './decision-timeline-messages';
import { messageKeyOf } from './message-key-of';

/**
 * The timeline's filters (the sdk's `TimelineEntryFilters`: kind, actor, from and to days). They
 * apply to the loaded entries (the API filters by execution only); the widget keeps loading
 * older pages while the filtered view is short.
 */
export type DecisionTimelineFilters = TimelineEntryFilters;

export interface UseDecisionTimelineOptions {
  /** The loaded entries, newest first; without them (and without an error) it is loading. */
  entries?: readonly TimelineEntry[] | undefined;
  /** The load's error, as thrown. */
  error?: unknown;
  filters?: DecisionTimelineFilters | undefined;
  defaultFilters?: DecisionTimelineFilters | undefined;
  onFiltersChange?: ((filters: DecisionTimelineFilters) => void) | undefined;
  messages?: Partial<DecisionTimelineMessages> | undefined;
}

/** What the timeline shows; also its `data-state`. */
export type DecisionTimelineState =
  | 'loading'
  | 'error'
  | 'not-found'
  | 'empty'
  | 'no-match'
  | 'ready';

export interface DecisionTimelineModel {
  state: DecisionTimelineState;
  messages: DecisionTimelineMessages;
  /** The entries after the filters (the same array as `entries` when no filter is set). */
  rows: readonly TimelineEntry[];
  loadedCount: number;
  filters: DecisionTimelineFilters;
  filtersActive: boolean;
  setFilters: (next: DecisionTimelineFilters) => void;
  clearFilters: () => void;
  /** The label of each kind, for badges and the type filter. */
  kindLabels: Record<TimelineEntryKind, string>;
  /** Index of an entry among `rows`, or -1. */
  indexOf: (entryId: string) => number;
  /** Whether an entry is loaded at all (perhaps hidden by the filters). */
  isLoaded: (entryId: string) => boolean;
}

const NO_FILTERS: DecisionTimelineFilters = {};
const NO_ENTRIES: readonly TimelineEntry[] = [];

/**
 * The headless decision timeline: state, filters (controllable) and the filtered rows. Without
 * filters the rows are the entries themselves (no copy), so a million entries cost nothing here.
 */
export function useDecisionTimeline({
  entries,
  error,
  filters: filtersProp,
  defaultFilters = NO_FILTERS,
  onFiltersChange,
  messages: overrides,
}: UseDecisionTimelineOptions): DecisionTimelineModel {
  const messages = useMessages('decisionTimeline', decisionTimelineMessages, overrides);
  const [filters, setFilters] = useControllableState({
    prop: filtersProp,
    defaultProp: defaultFilters,
    onChange: onFiltersChange,
    caller: 'DecisionTimeline',
  });
  const filtersActive = timelineFiltersActive(filters);
  // Stable, so the memoised filter bar does not re-render when the entries arrive.
  const clearFilters = useCallback(() => setFilters(NO_FILTERS), [setFilters]);
  const all = entries ?? NO_ENTRIES;
  const rows = useMemo(
    () => (filtersActive ? all.filter(timelineFilterPredicate(filters)) : all),
    [all, filters, filtersActive],
  );
  const kindLabels = useMemo(() => {
    const labels = {} as Record<TimelineEntryKind, string>;
    for (const kind of TIMELINE_ENTRY_KINDS) labels[kind] = messages[messageKeyOf('type', kind)];
    return labels;
  }, [messages]);
  const indexOf = useCallback(
    (entryId: string) => rows.findIndex((entry) => entry.entry_id === entryId),
    [rows],
  );
  const isLoaded = useCallback(
    (entryId: string) => all.some((entry) => entry.entry_id === entryId),
    [all],
  );
  const state: DecisionTimelineState =
    error !== undefined && error !== null
      ? error instanceof NotFoundError
        ? 'not-found'
        : 'error'
      : !entries
        ? 'loading'
        : entries.length === 0
          ? 'empty'
          : rows.length === 0
            ? 'no-match'
            : 'ready';
  return {
    state,
    messages,
    rows,
    loadedCount: all.length,
    filters,
    filtersActive,
    setFilters,
    clearFilters,
    kindLabels,
    indexOf,
    isLoaded,
  };
}
