import { NotFoundError } from '@govkit/sdk';
import {
  type ColumnFiltersState,
  columnFilteringFeature,
  constructFilterFn,
  constructSortFn,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  type ExpandedState,
  filterFn_equalsString,
  filterFn_includesString,
  globalFilteringFeature,
  rowExpandingFeature,
  rowSortingFeature,
  type SortingState,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import { useControllableState } from '../internal/use-controllable-state';
import type { DecisionTraceRow } from './decision-trace-row';
import { type DecisionTraceMessages, decisionTraceMessages } from './decision-trace-table-messages';

// The text sort and the kind/event-type filters compare lower-cased values. The built-ins
// lower-case both sides of every comparison: sorting 100,000 rows is ~1.7 million comparisons,
// so that was most of a header click. The columns hold few distinct values (kinds, event types,
// decisions, reason texts), so each is lower-cased once and looked up after.
const LOWER_CACHE_LIMIT = 10_000;
const lowerCache = new Map<unknown, string>();
function lower(value: unknown): string {
  let key = lowerCache.get(value);
  if (key === undefined) {
    if (lowerCache.size >= LOWER_CACHE_LIMIT) lowerCache.clear();
    key = value == null ? '' : String(value).toLowerCase();
    lowerCache.set(value, key);
  }
  return key;
}
const sortFn_textCached = constructSortFn({ ...sortFn_text, resolveDataValue: lower });
const filterFn_equalsStringCached = constructFilterFn({
  ...filterFn_equalsString,
  resolveDataValue: (value: unknown) => (value == null ? undefined : lower(value)),
});

// Only what the table uses is registered, so the bundle carries no pagination, grouping, …
const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowExpandingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic, text: sortFn_textCached },
  filterFns: {
    equalsString: filterFn_equalsStringCached,
    includesString: filterFn_includesString,
  },
});

/** The registered table features (for typing your own markup around the table). */
export type DecisionTraceFeatures = typeof features;

const helper = createColumnHelper<typeof features, DecisionTraceRow>();

/** Column ids, in display order. */
export type DecisionTraceColumnId = 'time' | 'kind' | 'eventType' | 'decision' | 'reason';

// Module scope: stable columns keep TanStack's row models memoised across renders.
const columns = helper.columns([
  helper.accessor('time', { id: 'time', sortFn: 'basic', enableGlobalFilter: false }),
  helper.accessor('kind', { id: 'kind', sortFn: 'text', filterFn: 'equalsString' }),
  helper.accessor('eventType', { id: 'eventType', sortFn: 'text', filterFn: 'equalsString' }),
  helper.accessor((row) => row.decision ?? '', { id: 'decision', sortFn: 'text' }),
  helper.accessor((row) => row.reason ?? '', { id: 'reason', sortFn: 'text' }),
]);

/** Newest first, as the API sends the trace. */
export const DEFAULT_TRACE_SORTING: SortingState = [{ id: 'time', desc: true }];
const NO_EXPANDED: Record<string, boolean> = {};

export interface UseDecisionTraceTableOptions {
  taskId: string;
  /** Loaded rows (see `toDecisionTraceRows`); without them (and without an error) it is loading. */
  rows?: readonly DecisionTraceRow[] | undefined;
  error?: unknown;
  messages?: Partial<DecisionTraceMessages> | undefined;
  /** Sorting (controlled); default newest first. */
  sorting?: SortingState | undefined;
  defaultSorting?: SortingState | undefined;
  onSortingChange?: ((sorting: SortingState) => void) | undefined;
  /** Kind filter (controlled); `''` shows both kinds. */
  kind?: string | undefined;
  defaultKind?: string | undefined;
  onKindChange?: ((kind: string) => void) | undefined;
  /** Event-type filter (controlled); `''` shows every type. */
  eventType?: string | undefined;
  defaultEventType?: string | undefined;
  onEventTypeChange?: ((eventType: string) => void) | undefined;
  /** Text search over kind, event type, decision and reason (controlled). */
  search?: string | undefined;
  defaultSearch?: string | undefined;
  onSearchChange?: ((search: string) => void) | undefined;
  /** Row ids whose JSON is open (controlled). */
  expanded?: Record<string, boolean> | undefined;
  onExpandedChange?: ((expanded: Record<string, boolean>) => void) | undefined;
}

/** What the table shows; also its `data-state`. */
export type DecisionTraceTableState =
  | 'loading'
  | 'error'
  | 'not-found'
  | 'empty'
  | 'no-match'
  | 'ready';

/**
 * The headless decision trace table: a TanStack Table v9 instance (sorting, kind/event-type
 * filters, search, row expansion) over the loaded rows, plus the filter options and state.
 * Render it with the styled {@link DecisionTraceTable} or markup of your own.
 */
export function useDecisionTraceTable(options: UseDecisionTraceTableOptions) {
  const messages = useMessages('decisionTrace', decisionTraceMessages, options.messages);
  const [sorting, setSorting] = useControllableState({
    prop: options.sorting,
    defaultProp: options.defaultSorting ?? DEFAULT_TRACE_SORTING,
    onChange: options.onSortingChange,
    caller: 'DecisionTraceTable',
  });
  const [kind, setKind] = useControllableState({
    prop: options.kind,
    defaultProp: options.defaultKind ?? '',
    onChange: options.onKindChange,
    caller: 'DecisionTraceTable',
  });
  const [eventType, setEventType] = useControllableState({
    prop: options.eventType,
    defaultProp: options.defaultEventType ?? '',
    onChange: options.onEventTypeChange,
    caller: 'DecisionTraceTable',
  });
  const [search, setSearch] = useControllableState({
    prop: options.search,
    defaultProp: options.defaultSearch ?? '',
    onChange: options.onSearchChange,
    caller: 'DecisionTraceTable',
  });
  const [expanded, setExpanded] = useControllableState<Record<string, boolean>>({
    prop: options.expanded,
    defaultProp: NO_EXPANDED,
    onChange: options.onExpandedChange,
    caller: 'DecisionTraceTable',
  });

  const loaded = options.rows;
  const data = useMemo(() => (loaded ? [...loaded] : []), [loaded]);
  const columnFilters = useMemo<ColumnFiltersState>(
    () => [
      ...(kind ? [{ id: 'kind', value: kind }] : []),
      ...(eventType ? [{ id: 'eventType', value: eventType }] : []),
    ],
    [kind, eventType],
  );
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row) => row.id,
    getRowCanExpand: (row) => row.original.payload !== null && row.original.payload !== undefined,
    globalFilterFn: 'includesString',
    getColumnCanGlobalFilter: (column) => column.id !== 'time',
    state: { sorting, columnFilters, globalFilter: search, expanded },
    onSortingChange: setSorting,
    onGlobalFilterChange: (updater) =>
      setSearch((previous) => String(typeof updater === 'function' ? updater(previous) : updater)),
    onColumnFiltersChange: (updater) => {
      const next = typeof updater === 'function' ? updater(columnFilters) : updater;
      setKind(String(next.find((filter) => filter.id === 'kind')?.value ?? ''));
      setEventType(String(next.find((filter) => filter.id === 'eventType')?.value ?? ''));
    },
    onExpandedChange: (updater) =>
      setExpanded((previous) => {
        const next: ExpandedState = typeof updater === 'function' ? updater(previous) : updater;
        // `true` means "every row"; the table never offers that, so it maps to the loaded rows.
        return next === true ? Object.fromEntries(data.map((row) => [row.id, true])) : next;
      }),
  });

  // Filter options from the loaded rows, so a type the server adds later is offered too.
  const eventTypes = useMemo(
    () => [...new Set(data.map((row) => row.eventType))].sort((a, b) => a.localeCompare(b)),
    [data],
  );
  const shownRows = table.getRowModel().rows;
  const error = options.error;
  const state: DecisionTraceTableState =
    error !== undefined && error !== null
      ? error instanceof NotFoundError
        ? 'not-found'
        : 'error'
      : !loaded
        ? 'loading'
        : loaded.length === 0
          ? 'empty'
          : shownRows.length === 0
            ? 'no-match'
            : 'ready';
  const filtered = kind !== '' || eventType !== '' || search !== '';
  return {
    table,
    state,
    messages,
    title: formatMessage(messages.title, { taskId: options.taskId }),
    rows: shownRows,
    loadedCount: data.length,
    eventTypes,
    kind,
    setKind,
    eventType,
    setEventType,
    search,
    setSearch,
    sorting,
    filtered,
    clearFilters: () => {
      setKind('');
      setEventType('');
      setSearch('');
    },
  };
}

export type DecisionTraceTableModel = ReturnType<typeof useDecisionTraceTable>;
