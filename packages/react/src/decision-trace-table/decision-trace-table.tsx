import { measureElement, observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { JsonText } from '../shared/json-text';
import { Skeleton } from '../shared/skeleton';
import { useFormat } from '../shared/use-format';
import { StatusBadge } from '../status-badge/status-badge';
import type { DecisionTraceRow } from './decision-trace-row';
import { downloadText, serializeTrace, type TraceExportFormat } from './trace-export';
import {
  type DecisionTraceColumnId,
  type UseDecisionTraceTableOptions,
  useDecisionTraceTable,
} from './use-decision-trace-table';

/** A finished export, handed to `onExport` instead of the browser download when given. */
export interface DecisionTraceExport {
  fileName: string;
  format: TraceExportFormat;
  scope: 'shown' | 'all';
  text: string;
  type: string;
  rowCount: number;
}

export interface DecisionTraceTableProps extends UseDecisionTraceTableOptions {
  /** Another page exists; scrolling near the end (or "Load more") calls `onLoadMore`. */
  hasMore?: boolean | undefined;
  loadingMore?: boolean | undefined;
  onLoadMore?: (() => void) | undefined;
  /** Opens a row's decision snapshot; without it decision ids show as text. */
  onOpenDecision?: ((decisionId: string, row: DecisionTraceRow) => void) | undefined;
  /**
   * Loads every row of the trace (paging through the cursor) for "Whole trace" exports; report
   * progress with `onProgress(rowsSoFar)`. Without it only the shown rows can be exported.
   */
  loadAllRows?:
    | ((
        onProgress: (count: number) => void,
        signal: AbortSignal,
      ) => Promise<readonly DecisionTraceRow[]>)
    | undefined;
  /** Receives each export; default: the browser downloads it as a file. */
  onExport?: ((file: DecisionTraceExport) => void) | undefined;
  onRetry?: (() => void) | undefined;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string | undefined;
}

const COLUMN_IDS: readonly DecisionTraceColumnId[] = [
  'time',
  'kind',
  'eventType',
  'decision',
  'reason',
];
const ROW_HEIGHT = 40;
const SKELETON_ROWS = 8;
// Rendered before the browser measured anything (server, first paint, DOM emulations).
const INITIAL_RECT = { width: 960, height: 480 };
// Load the next page this many rows before the end, so scrolling rarely waits.
const LOAD_AHEAD = 20;

type ExportStatus =
  | { phase: 'idle' }
  | { phase: 'running'; count: number }
  | { phase: 'done'; count: number }
  | { phase: 'failed'; detail: string };

/**
 * A task's decision trace as a virtualized table: time, kind, event type, decision
 * and reason; filters by kind and event type, text search, sorting, each row's JSON on demand,
 * infinite loading and CSV/JSON export. Presentational: pass loaded `rows` and the paging
 * callbacks, or use {@link ConnectedDecisionTraceTable}.
 */
export function DecisionTraceTable({
  hasMore = false,
  loadingMore = false,
  onLoadMore,
  onOpenDecision,
  loadAllRows,
  onExport,
  onRetry,
  headingLevel = 2,
  className,
  ...options
}: DecisionTraceTableProps) {
  const model = useDecisionTraceTable(options);
  const { table, state, messages, rows } = model;
  const format = useFormat();
  const titleId = useId();
  const statusId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [exportStatus, setExportStatus] = useState<ExportStatus>({ phase: 'idle' });
  const exportAbort = useRef<AbortController | null>(null);
  useEffect(() => () => exportAbort.current?.abort(), []);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 8,
    initialRect: INITIAL_RECT,
    // An element without layout (DOM emulations, a hidden tab) reports 0×0; keep a first window
    // of rows instead of rendering none, so the table never looks empty when it is not.
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : INITIAL_RECT)),
    // Likewise a row without layout measures 0 px: it keeps its estimate, or every row would
    // fit the window at once.
    measureElement: (element, entry, instance) =>
      measureElement(element, entry, instance) || ROW_HEIGHT,
    paddingStart: ROW_HEIGHT,
    scrollPaddingStart: ROW_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  // Once per loaded length: a re-render while the page is on its way must not ask again.
  const requestedAt = useRef(-1);
  const loadedCount = model.loadedCount;
  useEffect(() => {
    if (!hasMore || loadingMore || !onLoadMore || requestedAt.current === loadedCount) return;
    if (lastIndex < rows.length - LOAD_AHEAD) return;
    requestedAt.current = loadedCount;
    onLoadMore();
  }, [hasMore, loadingMore, onLoadMore, lastIndex, rows.length, loadedCount]);

  const startExport = async (format: TraceExportFormat, scope: 'shown' | 'all') => {
    const deliver = (exported: readonly DecisionTraceRow[]) => {
      const { text, type } = serializeTrace(exported, format);
      const fileName = `decision-trace-${options.taskId}${scope === 'all' ? '' : '-shown'}.${format}`;
      const file = { fileName, format, scope, text, type, rowCount: exported.length };
      if (onExport) onExport(file);
      else downloadText(text, type, fileName);
      setExportStatus({ phase: 'done', count: exported.length });
    };
    if (scope === 'shown' || !loadAllRows) {
      deliver(rows.map((row) => row.original));
      return;
    }
    exportAbort.current?.abort();
    const controller = new AbortController();
    exportAbort.current = controller;
    setExportStatus({ phase: 'running', count: 0 });
    try {
      const all = await loadAllRows(
        (count) => setExportStatus({ phase: 'running', count }),
        controller.signal,
      );
      if (!controller.signal.aborted) deliver(all);
    } catch (error) {
      if (controller.signal.aborted) return;
      setExportStatus({
        phase: 'failed',
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const Heading = `h${headingLevel}` as const;
  const classes = ['govkit-widget', 'govkit-decision-trace', className].filter(Boolean).join(' ');
  const headers: Record<DecisionTraceColumnId, string> = {
    time: messages.columnTime,
    kind: messages.columnKind,
    eventType: messages.columnEventType,
    decision: messages.columnDecision,
    reason: messages.columnReason,
  };
  const kindLabel = (kind: string) => (kind === 'audit' ? messages.kindAudit : messages.kindEvent);
  const busy = state === 'loading' || exportStatus.phase === 'running';
  const statusText =
    exportStatus.phase === 'running'
      ? formatMessage(messages.exporting, { count: format.number(exportStatus.count) })
      : exportStatus.phase === 'failed'
        ? formatMessage(messages.exportFailed, { detail: exportStatus.detail })
        : state === 'loading'
          ? formatMessage(messages.loading, { taskId: options.taskId })
          : exportStatus.phase === 'done'
            ? formatMessage(messages.exported, { count: format.number(exportStatus.count) })
            : state === 'ready' || state === 'no-match'
              ? formatMessage(messages.rowCount, {
                  count: format.number(rows.length),
                  total: format.number(model.loadedCount),
                })
              : '';

  if (state === 'error' || state === 'not-found') {
    return (
      <section className={classes} data-state={state} aria-labelledby={titleId}>
        <Heading id={titleId} className="govkit-decision-trace__title">
          {model.title}
        </Heading>
        <ErrorState
          error={options.error}
          onRetry={onRetry}
          {...(state === 'not-found'
            ? {
                title: messages.notFoundTitle,
                detail: formatMessage(messages.notFoundDetail, { taskId: options.taskId }),
              }
            : {})}
        />
      </section>
    );
  }

  const canShowTable = state === 'ready' || state === 'loading';
  return (
    <section
      className={classes}
      data-state={state}
      data-filtered={model.filtered || undefined}
      aria-labelledby={titleId}
      aria-busy={busy || undefined}
    >
      <Heading id={titleId} className="govkit-decision-trace__title">
        {model.title}
      </Heading>
      <div className="govkit-decision-trace__toolbar">
        <label className="govkit-decision-trace__field">
          <span>{messages.filterKind}</span>
          <select
            value={model.kind}
            onChange={(event) => model.setKind(event.target.value)}
            disabled={state === 'loading'}
          >
            <option value="">{messages.filterAll}</option>
            <option value="audit">{messages.kindAudit}</option>
            <option value="event">{messages.kindEvent}</option>
          </select>
        </label>
        <label className="govkit-decision-trace__field">
          <span>{messages.filterEventType}</span>
          <select
            value={model.eventType}
            onChange={(event) => model.setEventType(event.target.value)}
            disabled={state === 'loading'}
          >
            <option value="">{messages.filterAll}</option>
            {model.eventTypes.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </label>
        <label className="govkit-decision-trace__field govkit-decision-trace__search">
          <span>{messages.search}</span>
          <input
            type="search"
            value={model.search}
            placeholder={messages.searchPlaceholder}
            onChange={(event) => model.setSearch(event.target.value)}
            disabled={state === 'loading'}
          />
        </label>
        <details className="govkit-decision-trace__export">
          <summary className="govkit-button">{messages.exportLabel}</summary>
          <div className="govkit-decision-trace__export-menu">
            <button
              type="button"
              className="govkit-button"
              disabled={state !== 'ready'}
              onClick={() => void startExport('csv', 'shown')}
            >
              {messages.exportLoadedCsv}
            </button>
            <button
              type="button"
              className="govkit-button"
              disabled={state !== 'ready'}
              onClick={() => void startExport('json', 'shown')}
            >
              {messages.exportLoadedJson}
            </button>
            {loadAllRows ? (
              <>
                <button
                  type="button"
                  className="govkit-button"
                  disabled={state === 'loading' || exportStatus.phase === 'running'}
                  onClick={() => void startExport('csv', 'all')}
                >
                  {messages.exportAllCsv}
                </button>
                <button
                  type="button"
                  className="govkit-button"
                  disabled={state === 'loading' || exportStatus.phase === 'running'}
                  onClick={() => void startExport('json', 'all')}
                >
                  {messages.exportAllJson}
                </button>
              </>
            ) : null}
          </div>
        </details>
      </div>
      <p id={statusId} className="govkit-decision-trace__status" role="status">
        {statusText}
      </p>
      {state === 'empty' ? (
        <EmptyState title={messages.emptyTitle} description={messages.emptyDescription} />
      ) : null}
      {state === 'no-match' ? (
        <EmptyState
          title={messages.noMatchTitle}
          description={messages.noMatchDescription}
          action={
            <button type="button" className="govkit-button" onClick={model.clearFilters}>
              {messages.clearFilters}
            </button>
          }
        />
      ) : null}
      {canShowTable ? (
        <div
          ref={scrollRef}
          className="govkit-decision-trace__scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll area must be focusable to scroll it by keyboard (WCAG 2.1.1).
          tabIndex={0}
        >
          <table
            className="govkit-decision-trace__table"
            aria-labelledby={titleId}
            aria-describedby={statusId}
            style={{ blockSize: state === 'loading' ? undefined : virtualizer.getTotalSize() }}
          >
            <thead className="govkit-decision-trace__head">
              <tr>
                <th scope="col" className="govkit-decision-trace__toggle-cell">
                  <span className="govkit-visually-hidden">{messages.showJson}</span>
                </th>
                {COLUMN_IDS.map((id) => {
                  const column = table.getColumn(id);
                  const sorted = column?.getIsSorted() ?? false;
                  return (
                    <th
                      key={id}
                      scope="col"
                      data-column={id}
                      aria-sort={
                        sorted === 'asc'
                          ? 'ascending'
                          : sorted === 'desc'
                            ? 'descending'
                            : undefined
                      }
                    >
                      <button
                        type="button"
                        className="govkit-decision-trace__sort"
                        data-sorted={sorted || undefined}
                        disabled={state === 'loading'}
                        onClick={column?.getToggleSortingHandler()}
                      >
                        {headers[id]}
                        <span aria-hidden="true" className="govkit-decision-trace__sort-icon">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            </thead>
            {state === 'loading'
              ? Array.from({ length: SKELETON_ROWS }, (_, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity.
                  <tbody key={index} className="govkit-decision-trace__group" data-skeleton="">
                    <tr className="govkit-decision-trace__row">
                      <td className="govkit-decision-trace__toggle-cell" />
                      <td>
                        <Skeleton width="9em" />
                      </td>
                      <td>
                        <Skeleton width="6em" />
                      </td>
                      <td>
                        <Skeleton width="10em" />
                      </td>
                      <td>
                        <Skeleton width="4em" />
                      </td>
                      <td>
                        <Skeleton width="8em" />
                      </td>
                    </tr>
                  </tbody>
                ))
              : items.map((item) => {
                  const row = rows[item.index];
                  if (!row) return null;
                  const data = row.original;
                  const open = row.getIsExpanded();
                  const payloadId = `${titleId}-payload-${item.index}`;
                  return (
                    <tbody
                      key={row.id}
                      ref={virtualizer.measureElement}
                      data-index={item.index}
                      className="govkit-decision-trace__group"
                      style={{ transform: `translateY(${item.start}px)` }}
                    >
                      <tr
                        className="govkit-decision-trace__row"
                        data-kind={data.kind}
                        data-expanded={open || undefined}
                        aria-rowindex={item.index + 2}
                      >
                        <td className="govkit-decision-trace__toggle-cell">
                          {row.getCanExpand() ? (
                            <button
                              type="button"
                              className="govkit-decision-trace__toggle"
                              aria-expanded={open}
                              aria-controls={open ? payloadId : undefined}
                              aria-label={open ? messages.hideJson : messages.showJson}
                              title={open ? messages.hideJson : messages.showJson}
                              onClick={row.getToggleExpandedHandler()}
                            >
                              <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                            </button>
                          ) : null}
                        </td>
                        <td data-column="time">
                          <time
                            dateTime={data.time ? new Date(data.time).toISOString() : undefined}
                          >
                            {format.dateTime(data.ts) || data.ts}
                          </time>
                        </td>
                        <td data-column="kind">
                          <span className="govkit-decision-trace__kind" data-kind={data.kind}>
                            {kindLabel(data.kind)}
                          </span>
                        </td>
                        <td data-column="eventType">
                          <code>{data.eventType}</code>
                        </td>
                        <td data-column="decision">
                          {data.decision ? <StatusBadge status={data.decision} /> : null}
                          {data.decisionId && onOpenDecision ? (
                            <button
                              type="button"
                              className="govkit-decision-trace__open"
                              aria-label={formatMessage(messages.openDecision, {
                                decisionId: data.decisionId,
                              })}
                              onClick={() => onOpenDecision(data.decisionId as string, data)}
                            >
                              {data.decisionId}
                            </button>
                          ) : data.decisionId ? (
                            <code>{data.decisionId}</code>
                          ) : data.decision ? null : (
                            <span className="govkit-decision-trace__none">
                              {messages.noDecision}
                            </span>
                          )}
                        </td>
                        <td data-column="reason">
                          {data.reason ?? (
                            <span className="govkit-decision-trace__none">
                              {data.kind === 'audit' && data.decision ? messages.noReason : ''}
                            </span>
                          )}
                        </td>
                      </tr>
                      {open ? (
                        <tr className="govkit-decision-trace__detail">
                          <td colSpan={6}>
                            <JsonText id={payloadId} value={data.payload} />
                          </td>
                        </tr>
                      ) : null}
                    </tbody>
                  );
                })}
          </table>
        </div>
      ) : null}
      {state !== 'loading' && state !== 'empty' ? (
        <div className="govkit-decision-trace__footer">
          {hasMore ? (
            <button
              type="button"
              className="govkit-button"
              disabled={loadingMore || !onLoadMore}
              onClick={onLoadMore}
            >
              {loadingMore ? messages.loadingMore : messages.loadMore}
            </button>
          ) : (
            <span className="govkit-decision-trace__none">{messages.allLoaded}</span>
          )}
        </div>
      ) : null}
    </section>
  );
}
