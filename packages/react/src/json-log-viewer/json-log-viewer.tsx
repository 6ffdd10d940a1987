import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useCallback, useId, useLayoutEffect, useRef } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { Skeleton } from '../shared/skeleton';
import {
  HighlightedText,
  JsonLogViewerRoot,
  JsonLogViewerRow,
  JsonLogViewerTree,
} from './json-log-viewer-parts';
import { type JsonTreeRow, scalarText } from './json-tree-model';
import { type UseJsonLogViewerOptions, useJsonLogViewer } from './use-json-log-viewer';

export interface JsonLogViewerProps extends UseJsonLogViewerOptions {
  /** Shows a retry action in the error states. */
  onRetry?: (() => void) | undefined;
  /** Row height in px (rows are one line); match it if you restyle rows. Default 26. */
  rowHeight?: number | undefined;
  /** Below the tree: a pager, a notice (the connected form puts "load more" here). */
  footer?: ReactNode;
  className?: string | undefined;
}

// Long strings are cut in the row (the full value is one "Copy value" away): a 1 MB string
// would otherwise become a 1 MB text node in a one-line row.
const MAX_VALUE_CHARS = 500;
const SKELETON_ROWS = ['40%', '65%', '55%', '70%', '35%'];

function RowText({
  row,
  query,
  messages,
}: {
  row: JsonTreeRow;
  query: string;
  messages: { objectSummary: string; arraySummary: string };
}) {
  const value =
    row.kind === 'object' || row.kind === 'array'
      ? formatMessage(row.kind === 'object' ? messages.objectSummary : messages.arraySummary, {
          count: row.childCount,
        })
      : scalarText(row.value);
  const shown = value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…` : value;
  return (
    <>
      <span className="govkit-json-log-viewer__toggle" aria-hidden="true">
        {row.childCount > 0 ? (row.expanded ? '▾' : '▸') : ''}
      </span>
      {row.key !== null ? (
        <span
          className="govkit-json-log-viewer__key"
          data-index-key={typeof row.key === 'number' || undefined}
        >
          <HighlightedText text={String(row.key)} query={query} />
        </span>
      ) : null}
      <span className="govkit-json-log-viewer__value" data-kind={row.kind}>
        {row.kind === 'object' || row.kind === 'array' ? (
          shown
        ) : (
          <HighlightedText text={shown} query={query} />
        )}
      </span>
    </>
  );
}

/**
 * A JSON log as a collapsible, searchable, keyboard-navigable tree.
 * Virtualized: only the rows in view are in the DOM, so a 12 MB log opens as fast as its parse.
 * Presentational: pass `value` (or JSON `source`) yourself, or use {@link ConnectedJsonLogViewer}.
 */
export function JsonLogViewer({
  onRetry,
  rowHeight = 26,
  footer,
  className,
  ...options
}: JsonLogViewerProps) {
  const model = useJsonLogViewer(options);
  const { state, messages, rows, activeIndex } = model;
  const baseId = useId();
  const treeRef = useRef<HTMLDivElement>(null);
  const rowRefs = useRef(new Map<string, HTMLDivElement>());
  // The active row always stays mounted, so the roving focus never lands on a removed node.
  const rangeExtractor = useCallback(
    (range: Parameters<typeof defaultRangeExtractor>[0]) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex < rows.length && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeIndex, rows.length],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => treeRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    rangeExtractor,
  });
  const { scrollRequest } = model;
  // Only a new request scrolls (rows change on every expand, the virtualizer on every render).
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above.
  useLayoutEffect(() => {
    if (!scrollRequest) return;
    const index = rows.findIndex((row) => row.id === scrollRequest.id);
    if (index === -1) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    if (scrollRequest.focus) rowRefs.current.get(scrollRequest.id)?.focus({ preventScroll: true });
  }, [scrollRequest]);

  const pageSize = Math.max(1, Math.floor((treeRef.current?.clientHeight ?? 0) / rowHeight) - 1);
  const searchId = `${baseId}-search`;
  const classes = className
    ? `govkit-widget govkit-json-log-viewer ${className}`
    : 'govkit-widget govkit-json-log-viewer';
  // Search and "Expand all" wait for the whole log: on a partial one they would mislead.
  const ready = state === 'ready' && !model.partial;

  return (
    <JsonLogViewerRoot
      state={state}
      partial={model.partial}
      aria-label={messages.label}
      className={classes}
    >
      <div className="govkit-json-log-viewer__toolbar">
        <label htmlFor={searchId} className="govkit-visually-hidden">
          {messages.searchLabel}
        </label>
        <input
          id={searchId}
          type="search"
          className="govkit-json-log-viewer__search"
          placeholder={messages.searchPlaceholder}
          value={model.query}
          disabled={!ready}
          onChange={(event) => model.setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            if (event.shiftKey) model.previousMatch();
            else model.nextMatch();
          }}
        />
        <span className="govkit-json-log-viewer__matches" aria-live="polite">
          {model.matchText}
        </span>
        <button
          type="button"
          className="govkit-button"
          aria-label={messages.previousMatch}
          title={messages.previousMatch}
          disabled={model.matches.length === 0}
          onClick={model.previousMatch}
        >
          ↑
        </button>
        <button
          type="button"
          className="govkit-button"
          aria-label={messages.nextMatch}
          title={messages.nextMatch}
          disabled={model.matches.length === 0}
          onClick={model.nextMatch}
        >
          ↓
        </button>
        <span className="govkit-json-log-viewer__actions">
          <button
            type="button"
            className="govkit-button"
            disabled={!ready}
            onClick={model.expandAll}
          >
            {messages.expandAll}
          </button>
          <button
            type="button"
            className="govkit-button"
            disabled={!ready}
            onClick={model.collapseAll}
          >
            {messages.collapseAll}
          </button>
          <button
            type="button"
            className="govkit-button"
            disabled={!model.activeRow}
            onClick={() => void model.copy('path')}
          >
            {messages.copyPath}
          </button>
          <button
            type="button"
            className="govkit-button"
            disabled={!model.activeRow}
            onClick={() => void model.copy('value')}
          >
            {messages.copyValue}
          </button>
        </span>
      </div>
      <span className="govkit-visually-hidden" role="status">
        {state === 'loading'
          ? messages.loading
          : model.partial
            ? messages.loadingRest
            : model.announcement}
      </span>
      {state === 'not-found' ? (
        <ErrorState
          error={options.error}
          title={messages.notFoundTitle}
          detail={messages.notFoundDetail}
          onRetry={onRetry}
        />
      ) : state === 'error' ? (
        <ErrorState error={options.error} onRetry={onRetry} />
      ) : state === 'invalid' ? (
        <ErrorState
          error={undefined}
          title={messages.invalidTitle}
          detail={formatMessage(messages.invalidDetail, { detail: model.parseError ?? '' })}
        />
      ) : state === 'empty' ? (
        <EmptyState title={messages.emptyTitle} description={messages.emptyDescription} />
      ) : state === 'loading' ? (
        <div className="govkit-json-log-viewer__tree" aria-hidden="true">
          {SKELETON_ROWS.map((width, i) => (
            <div
              key={width}
              className="govkit-json-log-viewer__row"
              style={{ paddingInlineStart: `${(i % 2) + 1}rem` }}
            >
              <Skeleton width={width} />
            </div>
          ))}
        </div>
      ) : (
        <JsonLogViewerTree
          ref={treeRef}
          aria-label={messages.label}
          className="govkit-json-log-viewer__tree"
          onKeyDown={(event) => model.onTreeKeyDown(event, pageSize)}
        >
          <div role="none" style={{ blockSize: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index] as JsonTreeRow;
              return (
                <JsonLogViewerRow
                  key={row.id}
                  ref={(element) => {
                    if (element) rowRefs.current.set(row.id, element);
                    else rowRefs.current.delete(row.id);
                  }}
                  row={row}
                  active={item.index === activeIndex}
                  match={model.matchIds.has(row.id)}
                  currentMatch={model.currentMatchId === row.id}
                  data-index={item.index}
                  className="govkit-json-log-viewer__row"
                  style={{
                    blockSize: rowHeight,
                    transform: `translateY(${item.start}px)`,
                    paddingInlineStart: `calc(${row.level - 1} * 1.25rem + 0.25rem)`,
                  }}
                  onClick={() => {
                    model.setActiveId(row.id);
                    if (row.childCount > 0) model.toggle(row.id);
                  }}
                >
                  <RowText row={row} query={model.query} messages={messages} />
                </JsonLogViewerRow>
              );
            })}
          </div>
        </JsonLogViewerTree>
      )}
      {footer}
    </JsonLogViewerRoot>
  );
}
