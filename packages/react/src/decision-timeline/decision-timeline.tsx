import {
  governanceActorName,
  type TimelineEntry,
  type TimelineEntryKind,
  type TimelineLiveState,
  type TimelineOverrideLive,
  timelineEntryKind,
  timelineEntryOverrideId,
} from '@govkit/sdk';
import {
  type KeyboardEvent,
  memo,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { useControllableState } from '../internal/use-controllable-state';
import { useVirtualWindow } from '../internal/use-virtual-window';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { parseTimestamp } from '../shared/parse-timestamp';
import { Skeleton } from '../shared/skeleton';
import { type GovkitFormat, useFormat } from '../shared/use-format';
import type { TimelineLiveStatus } from '../timeline/use-timeline-live';
import type { DecisionTimelineMessages } from './decision-timeline-messages';
import {
  DecisionTimelineEntry,
  DecisionTimelineFeed,
  DecisionTimelineRoot,
} from './decision-timeline-parts';
import { EntryRenderBoundary } from './entry-render-boundary';
import { messageKeyOf } from './message-key-of';
import type { TimelineEntryRendererProps, TimelineEntryRenderers } from './timeline-entry-renderer';
import { defaultTimelineEntryRenderers, UnknownEntryRenderer } from './timeline-entry-renderers';
import {
  type DecisionTimelineFilters,
  type UseDecisionTimelineOptions,
  useDecisionTimeline,
} from './use-decision-timeline';

export interface DecisionTimelineProps extends UseDecisionTimelineOptions {
  /** Another page exists: scrolling near the end (or "Load more") calls `onLoadMore`. */
  hasMore?: boolean | undefined;
  loadingMore?: boolean | undefined;
  onLoadMore?: (() => void) | undefined;
  /** Live lock/cooldown state by override id (the connected form follows the stream). */
  live?: TimelineLiveState | undefined;
  /** Shows the live indicator; unset hides it (a timeline without a stream). */
  liveStatus?: TimelineLiveStatus | undefined;
  /** While `reconnecting`: the wait before the next attempt. */
  liveRetryInMs?: number | undefined;
  /** Offered while `offline`. */
  onReconnect?: (() => void) | undefined;
  /** The clock of cooldown countdowns (ms or Date); unset, the real clock ticks every second. */
  now?: Date | number | undefined;
  /** Renderers by entry kind; the kinds given replace the defaults. */
  renderers?: TimelineEntryRenderers | undefined;
  /** The selected (highlighted) entry; selecting or jumping to an entry changes it. */
  selectedEntryId?: string | undefined;
  defaultSelectedEntryId?: string | undefined;
  onSelectedEntryIdChange?: ((entryId: string | undefined) => void) | undefined;
  /**
   * Find an entry that is not loaded yet (load older pages until it is there); resolves whether
   * it was found. Without it, "Jump to entry" searches the loaded entries only.
   */
  onFindEntry?: ((entryId: string, signal: AbortSignal) => Promise<boolean>) | undefined;
  onRetry?: (() => void) | undefined;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string | undefined;
}

// A typical entry's height; rows are measured once rendered, so this only sizes the scrollbar
// before then.
const ESTIMATED_ROW = 104;
const SKELETON_ROWS = 5;
// The viewport until it is measured (and in DOM emulations, which have no layout).
const INITIAL_HEIGHT = 560;
// Rendered beyond each edge of the viewport; and the bound on rows in the DOM at any size
// (issue 13: ≤ 300), whatever the rows measure. The first screen renders one row beyond the
// viewport (useVirtualWindow) and the rest of the overscan after its paint: 7 rows instead of 10
// in the frame the issue's first-screen goal times.
const OVERSCAN = 4;
const MAX_ROWS = 120;
// Load the next page this many rows before the end, so scrolling rarely waits.
const LOAD_AHEAD = 15;
const PAGE_STEP = 5;

type JumpStatus =
  | { phase: 'idle' }
  | { phase: 'searching' | 'found' | 'not-found'; entryId: string };

interface EntryContentProps {
  entry: TimelineEntry;
  kind: TimelineEntryKind;
  kindLabel: string;
  headId: string;
  live: TimelineOverrideLive | undefined;
  now: number | undefined;
  messages: DecisionTimelineMessages;
  format: GovkitFormat;
  renderers: TimelineEntryRenderers;
}

// What a row shows, memoised apart from where it sits: when measured rows move the others (the
// frame after the first screen), or a row scrolls, only positions change and no entry re-renders.
const EntryContent = memo(function EntryContent({
  entry,
  kind,
  kindLabel,
  headId,
  live,
  now,
  messages,
  format,
  renderers,
}: EntryContentProps) {
  const Renderer = (renderers[kind] ?? UnknownEntryRenderer) as (
    props: TimelineEntryRendererProps,
  ) => ReactNode;
  const at = parseTimestamp(entry.occurred_at);
  const props: TimelineEntryRendererProps = { entry, live, now, messages, format };
  return (
    <>
      <header id={headId} className="govkit-decision-timeline__entry-head">
        <span className="govkit-decision-timeline__kind" data-kind={kind}>
          {kindLabel}
        </span>
        <span className="govkit-decision-timeline__who">
          {governanceActorName(entry.actor) ?? messages.actorSystem}
        </span>
        {at ? (
          <time className="govkit-decision-timeline__when" dateTime={at.toISOString()}>
            {format.dateTime(at)}
          </time>
        ) : null}
      </header>
      <div className="govkit-decision-timeline__body">
        <EntryRenderBoundary fallback={<UnknownEntryRenderer {...props} />}>
          <Renderer {...props} />
        </EntryRenderBoundary>
      </div>
    </>
  );
});

interface EntryRowProps extends Omit<EntryContentProps, 'kind'> {
  index: number;
  start: number;
  setSize: number;
  active: boolean;
  selected: boolean;
  measure: (element: HTMLElement | null) => (() => void) | undefined;
  onKeyDown: (event: KeyboardEvent<HTMLElement>, index: number) => void;
  onActivate: (index: number) => void;
  onSelect: (entryId: string) => void;
}

// Memoised: a cooldown tick or a page load re-renders only the rows whose props changed.
const EntryRow = memo(function EntryRow({
  index,
  start,
  setSize,
  active,
  selected,
  measure,
  onKeyDown,
  onActivate,
  onSelect,
  ...content
}: EntryRowProps) {
  const { entry } = content;
  const kind = timelineEntryKind(entry);
  return (
    <DecisionTimelineEntry
      ref={measure}
      data-index={index}
      entryId={entry.entry_id}
      kind={kind}
      position={index + 1}
      setSize={setSize}
      selected={selected}
      aria-labelledby={content.headId}
      tabIndex={active ? 0 : -1}
      className="govkit-decision-timeline__entry"
      style={{ transform: `translateY(${start}px)` }}
      onKeyDown={(event) => onKeyDown(event, index)}
      onFocus={() => onActivate(index)}
      onClick={() => onSelect(entry.entry_id)}
    >
      <EntryContent kind={kind} {...content} />
    </DecisionTimelineEntry>
  );
});

const LIVE_TEXT = {
  live: 'live',
  connecting: 'liveConnecting',
  offline: 'liveOffline',
  off: 'livePaused',
} as const;

function LiveIndicator({
  status,
  retryInMs,
  onReconnect,
  messages,
  format,
}: {
  status: TimelineLiveStatus;
  retryInMs: number | undefined;
  onReconnect: (() => void) | undefined;
  messages: DecisionTimelineMessages;
  format: GovkitFormat;
}) {
  const text =
    status === 'reconnecting'
      ? formatMessage(messages.liveReconnecting, {
          seconds: format.duration(Math.max(1, Math.round((retryInMs ?? 1000) / 1000))),
        })
      : messages[LIVE_TEXT[status]];
  return (
    <div className="govkit-decision-timeline__live" data-status={status}>
      <span role="status" className="govkit-decision-timeline__live-text">
        <span aria-hidden="true" className="govkit-decision-timeline__live-dot" />
        {text}
      </span>
      {status === 'offline' && onReconnect ? (
        <button type="button" className="govkit-button" onClick={onReconnect}>
          {messages.liveReconnect}
        </button>
      ) : null}
    </div>
  );
}

// Memoised: the entries arriving (or a page loading) leave the filter bar as it is.
const Filters = memo(function Filters({
  filters,
  onChange,
  active,
  onClear,
  kindLabels,
  messages,
}: {
  filters: DecisionTimelineFilters;
  onChange: (next: DecisionTimelineFilters) => void;
  active: boolean;
  onClear: () => void;
  kindLabels: Record<TimelineEntryKind, string>;
  messages: DecisionTimelineMessages;
}) {
  const id = useId();
  return (
    <fieldset className="govkit-decision-timeline__filters">
      <legend className="govkit-visually-hidden">{messages.filtersLabel}</legend>
      <label className="govkit-decision-timeline__field" htmlFor={`${id}-kind`}>
        {messages.filterType}
        <select
          id={`${id}-kind`}
          value={filters.kind ?? ''}
          onChange={(event) =>
            onChange({
              ...filters,
              kind: (event.target.value || undefined) as TimelineEntryKind | undefined,
            })
          }
        >
          <option value="">{messages.filterTypeAll}</option>
          {/* The labels are keyed in the sdk's TIMELINE_ENTRY_KINDS order. */}
          {Object.entries(kindLabels).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label
        className="govkit-decision-timeline__field govkit-decision-timeline__actor"
        htmlFor={`${id}-actor`}
      >
        {messages.filterActor}
        <input
          id={`${id}-actor`}
          type="search"
          value={filters.actor ?? ''}
          placeholder={messages.filterActorPlaceholder}
          onChange={(event) => onChange({ ...filters, actor: event.target.value || undefined })}
        />
      </label>
      <label className="govkit-decision-timeline__field" htmlFor={`${id}-from`}>
        {messages.filterFrom}
        <input
          id={`${id}-from`}
          type="date"
          value={filters.from ?? ''}
          max={filters.to}
          onChange={(event) => onChange({ ...filters, from: event.target.value || undefined })}
        />
      </label>
      <label className="govkit-decision-timeline__field" htmlFor={`${id}-to`}>
        {messages.filterTo}
        <input
          id={`${id}-to`}
          type="date"
          value={filters.to ?? ''}
          min={filters.from}
          onChange={(event) => onChange({ ...filters, to: event.target.value || undefined })}
        />
      </label>
      {active ? (
        <button type="button" className="govkit-button" onClick={onClear}>
          {messages.clearFilters}
        </button>
      ) : null}
    </fieldset>
  );
});

/**
 * The governance decision timeline (issue 13): overrides, reversals, recommendations, baseline
 * and approval events, coaching notes and analytics snapshots, newest first, each through its
 * renderer (replaceable via `renderers`); filters by kind, actor and days; infinite loading; a
 * live lock/cooldown indicator; jump to an entry by id. Virtualized: only the rows on screen are
 * in the DOM, whatever the count. Presentational: pass `entries` and the paging callbacks, or use
 * {@link ConnectedDecisionTimeline}.
 */
export function DecisionTimeline({
  hasMore = false,
  loadingMore = false,
  onLoadMore,
  live,
  liveStatus,
  liveRetryInMs,
  onReconnect,
  now,
  renderers: rendererOverrides,
  selectedEntryId: selectedProp,
  defaultSelectedEntryId,
  onSelectedEntryIdChange,
  onFindEntry,
  onRetry,
  headingLevel = 2,
  className,
  ...options
}: DecisionTimelineProps) {
  const model = useDecisionTimeline(options);
  const { state, messages, rows } = model;
  const format = useFormat();
  const titleId = useId();
  const baseId = useId();
  const [selected, setSelected] = useControllableState<string | undefined>({
    prop: selectedProp,
    defaultProp: defaultSelectedEntryId,
    onChange: onSelectedEntryIdChange,
    caller: 'DecisionTimeline',
  });
  const [activeIndex, setActiveIndex] = useState(0);
  const [jump, setJump] = useState<JumpStatus>({ phase: 'idle' });
  const [jumpText, setJumpText] = useState('');
  const jumpAbort = useRef<AbortController | null>(null);
  useEffect(() => () => jumpAbort.current?.abort(), []);
  const renderers = useMemo(
    () => ({ ...defaultTimelineEntryRenderers, ...rendererOverrides }),
    [rendererOverrides],
  );
  const nowMs = now === undefined ? undefined : new Date(now).getTime();

  // govkit's own windowing (internal/use-virtual-window): offsets from a prefix-sum tree of
  // heights, so the first screen costs the rows on screen, not the row count (issue 13).
  const keyOf = useCallback((index: number) => rows[index]?.entry_id ?? String(index), [rows]);
  const virtual = useVirtualWindow({
    count: state === 'ready' ? rows.length : 0,
    estimate: ESTIMATED_ROW,
    keyOf,
    rows,
    initialHeight: INITIAL_HEIGHT,
    overscan: OVERSCAN,
    maxRows: MAX_ROWS,
  });
  const items = virtual.rows;
  const lastIndex = items.at(-1)?.index ?? -1;

  // Once per loaded length: a re-render while the page is on its way must not ask again.
  const requestedAt = useRef(-1);
  const loadedCount = model.loadedCount;
  useEffect(() => {
    if (!hasMore || loadingMore || !onLoadMore || requestedAt.current === loadedCount) return;
    if (state !== 'ready' && state !== 'no-match') return;
    if (lastIndex < rows.length - LOAD_AHEAD) return;
    requestedAt.current = loadedCount;
    onLoadMore();
  }, [hasMore, loadingMore, onLoadMore, lastIndex, rows.length, loadedCount, state]);

  // Focus follows a request once its row is rendered (scrolling there renders it).
  const focusRequest = useRef<number | null>(null);
  useEffect(() => {
    const index = focusRequest.current;
    if (index === null) return;
    const element = virtual.scrollElement()?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (element) {
      focusRequest.current = null;
      element.focus({ preventScroll: true });
    }
  });
  const focusIndex = useCallback(
    (index: number) => {
      const clamped = Math.max(0, Math.min(rows.length - 1, index));
      setActiveIndex(clamped);
      focusRequest.current = clamped;
      virtual.scrollToIndex(clamped);
    },
    [rows.length, virtual.scrollToIndex],
  );

  // A jump to an entry that was not shown yet (loaded by `onFindEntry`, or hidden by filters
  // that were cleared) lands once the rows contain it.
  const [pendingJump, setPendingJump] = useState<string | null>(null);
  const { indexOf } = model;
  useEffect(() => {
    if (pendingJump === null || state !== 'ready') return;
    const index = indexOf(pendingJump);
    if (index < 0) return;
    setPendingJump(null);
    setSelected(pendingJump);
    setJump({ phase: 'found', entryId: pendingJump });
    focusIndex(index);
  }, [pendingJump, indexOf, state, focusIndex, setSelected]);

  const jumpTo = async (raw: string) => {
    const entryId = raw.trim();
    if (!entryId) return;
    jumpAbort.current?.abort();
    if (model.indexOf(entryId) >= 0 || model.isLoaded(entryId)) {
      // Shown, or hidden by the filters: the effect above lands it once the rows have it.
      if (model.indexOf(entryId) < 0) model.clearFilters();
      setJump({ phase: 'searching', entryId });
      setPendingJump(entryId);
      return;
    }
    if (!onFindEntry) {
      setJump({ phase: 'not-found', entryId });
      return;
    }
    const controller = new AbortController();
    jumpAbort.current = controller;
    setJump({ phase: 'searching', entryId });
    const found = await onFindEntry(entryId, controller.signal).catch(() => false);
    if (controller.signal.aborted) return;
    if (!found) {
      setJump({ phase: 'not-found', entryId });
      return;
    }
    if (model.filtersActive) model.clearFilters();
    setPendingJump(entryId);
  };

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>, index: number) => {
      if (event.target !== event.currentTarget) return;
      const next: Record<string, number> = {
        ArrowDown: index + 1,
        ArrowUp: index - 1,
        PageDown: index + PAGE_STEP,
        PageUp: index - PAGE_STEP,
        Home: 0,
        End: rows.length - 1,
      };
      const target = next[event.key];
      if (target !== undefined) {
        event.preventDefault();
        focusIndex(target);
      }
    },
    [rows.length, focusIndex],
  );
  const onSelect = useCallback(
    (entryId: string) => setSelected((current) => (current === entryId ? undefined : entryId)),
    [setSelected],
  );
  const onRowKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>, index: number) => {
      if (event.target === event.currentTarget && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        const entry = rows[index];
        if (entry) onSelect(entry.entry_id);
        return;
      }
      onKeyDown(event, index);
    },
    [rows, onSelect, onKeyDown],
  );
  const measure = virtual.measure;

  const Heading = `h${headingLevel}` as const;
  const classes = ['govkit-widget', 'govkit-decision-timeline', className]
    .filter(Boolean)
    .join(' ');
  const safeActive = Math.min(activeIndex, Math.max(0, rows.length - 1));
  const setSize = hasMore ? -1 : rows.length;
  const countText =
    state === 'ready' || state === 'no-match'
      ? `${formatMessage(messages.entryCount, {
          shown: format.number(rows.length),
          loaded: format.number(model.loadedCount),
        })}${hasMore ? ` · ${messages.entryCountMore}` : ''}`
      : state === 'loading'
        ? messages.loading
        : '';
  const jumpText_ =
    jump.phase === 'idle' ? '' : formatMessage(messages[messageKeyOf('jump', jump.phase)], jump);
  const header = (
    <div className="govkit-decision-timeline__header">
      <Heading id={titleId} className="govkit-decision-timeline__title">
        {messages.title}
      </Heading>
      {liveStatus ? (
        <LiveIndicator
          status={liveStatus}
          retryInMs={liveRetryInMs}
          onReconnect={onReconnect}
          messages={messages}
          format={format}
        />
      ) : null}
    </div>
  );

  if (state === 'error' || state === 'not-found') {
    return (
      <DecisionTimelineRoot state={state} live={liveStatus} titleId={titleId} className={classes}>
        {header}
        <ErrorState error={options.error} onRetry={onRetry} />
      </DecisionTimelineRoot>
    );
  }

  return (
    <DecisionTimelineRoot state={state} live={liveStatus} titleId={titleId} className={classes}>
      {header}
      <div className="govkit-decision-timeline__toolbar">
        <Filters
          filters={model.filters}
          onChange={model.setFilters}
          active={model.filtersActive}
          onClear={model.clearFilters}
          kindLabels={model.kindLabels}
          messages={messages}
        />
        {/* Not a <form>: the widget lives inside host forms, and nested forms are invalid. */}
        <div className="govkit-decision-timeline__jump">
          <label className="govkit-decision-timeline__field" htmlFor={`${baseId}-jump`}>
            {messages.jumpLabel}
            <input
              id={`${baseId}-jump`}
              type="text"
              value={jumpText}
              placeholder={messages.jumpPlaceholder}
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => setJumpText(event.target.value)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter') return;
                event.preventDefault();
                void jumpTo(jumpText);
              }}
            />
          </label>
          <button
            type="button"
            className="govkit-button"
            disabled={state === 'loading'}
            onClick={() => void jumpTo(jumpText)}
          >
            {messages.jumpSubmit}
          </button>
        </div>
      </div>
      <p className="govkit-decision-timeline__status" role="status">
        {countText}
        {jumpText_ ? <span data-jump={jump.phase}> · {jumpText_}</span> : null}
      </p>
      {state === 'empty' ? (
        <EmptyState title={messages.emptyTitle} description={messages.emptyDescription} />
      ) : state === 'no-match' ? (
        <EmptyState
          title={messages.noMatchTitle}
          description={loadingMore ? messages.loadingMore : messages.noMatchDescription}
          action={
            <button type="button" className="govkit-button" onClick={model.clearFilters}>
              {messages.clearFilters}
            </button>
          }
        />
      ) : (
        <div className="govkit-decision-timeline__scroll" ref={virtual.scrollRef}>
          {state === 'loading' ? (
            <div className="govkit-decision-timeline__skeletons" aria-hidden="true">
              {Array.from({ length: SKELETON_ROWS }, (_, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed placeholders, never reordered.
                <div key={index} className="govkit-decision-timeline__skeleton">
                  <Skeleton width="14em" />
                  <Skeleton width="70%" />
                  <Skeleton width="45%" />
                </div>
              ))}
            </div>
          ) : (
            <DecisionTimelineFeed
              busy={loadingMore}
              aria-labelledby={titleId}
              className="govkit-decision-timeline__feed"
              style={{ blockSize: virtual.height }}
            >
              {items.map((item) => {
                const entry = rows[item.index];
                if (!entry) return null;
                const overrideId = timelineEntryOverrideId(entry);
                return (
                  <EntryRow
                    key={entry.entry_id}
                    entry={entry}
                    index={item.index}
                    start={item.top}
                    setSize={setSize}
                    kindLabel={model.kindLabels[timelineEntryKind(entry)]}
                    headId={`${baseId}-entry-${item.index}`}
                    active={item.index === safeActive}
                    selected={entry.entry_id === selected}
                    live={overrideId ? live?.overrides[overrideId] : undefined}
                    now={nowMs}
                    messages={messages}
                    format={format}
                    renderers={renderers}
                    measure={measure}
                    onKeyDown={onRowKeyDown}
                    onActivate={setActiveIndex}
                    onSelect={onSelect}
                  />
                );
              })}
            </DecisionTimelineFeed>
          )}
        </div>
      )}
      {state === 'ready' ? (
        <div className="govkit-decision-timeline__footer">
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
            <span className="govkit-decision-timeline__muted">{messages.endOfTimeline}</span>
          )}
        </div>
      ) : null}
    </DecisionTimelineRoot>
  );
}
