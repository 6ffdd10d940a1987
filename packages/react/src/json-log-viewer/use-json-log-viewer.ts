import { NotFoundError } from '@govkit/sdk';
import {
  type KeyboardEvent,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import { useControllableState } from '../internal/use-controllable-state';
import { type JsonLogViewerMessages, jsonLogViewerMessages } from './json-log-viewer-messages';
import {
  allContainerIds,
  ancestorIds,
  copyableValue,
  flattenJsonTree,
  idsToDepth,
  type JsonSearchMatch,
  type JsonTreeRow,
  searchJson,
} from './json-tree-model';

export interface UseJsonLogViewerOptions {
  /** The parsed log. `undefined` (and no `source`, no `error`) means it is still loading. */
  value?: unknown;
  /** The log as JSON text, parsed here; invalid JSON shows the `invalid` state, never a crash. */
  source?: string | undefined;
  /** The load's error, as thrown (`NotFoundError` shows "Log not found"). */
  error?: unknown;
  /**
   * `value` is only the beginning of a log still arriving (see `readJsonLog`'s `onPrefix`): its
   * rows show and can be browsed, while search and "Expand all" wait for the whole log and the
   * status says the rest is loading.
   */
  partial?: boolean | undefined;
  /** Expanded nodes by id (JSONPath, `$` is the root); controlled. */
  expanded?: ReadonlySet<string> | undefined;
  /** Initially expanded nodes (uncontrolled); default: everything down to `defaultExpandDepth`. */
  defaultExpanded?: ReadonlySet<string> | undefined;
  onExpandedChange?: ((expanded: ReadonlySet<string>) => void) | undefined;
  /** Levels open at first (1: the root's entries show, collapsed). Default 1. */
  defaultExpandDepth?: number | undefined;
  /** The search text; controlled. */
  query?: string | undefined;
  defaultQuery?: string | undefined;
  onQueryChange?: ((query: string) => void) | undefined;
  /** Most matches a search collects (default 10,000): a one-letter query stays cheap. */
  matchLimit?: number | undefined;
  /** Copy to the clipboard; default `navigator.clipboard.writeText`. */
  onCopy?: ((text: string, what: 'path' | 'value') => void | Promise<void>) | undefined;
  messages?: Partial<JsonLogViewerMessages> | undefined;
}

/** What the viewer shows; also its `data-state`. */
export type JsonLogViewerState = 'loading' | 'error' | 'not-found' | 'invalid' | 'empty' | 'ready';

/** A request to bring a row into view (and focus it), consumed by the rendering component. */
export interface JsonLogViewerScrollRequest {
  id: string;
  focus: boolean;
  /** Increases with every request, so asking twice for one row scrolls twice. */
  seq: number;
}

export interface JsonLogViewerModel {
  state: JsonLogViewerState;
  messages: JsonLogViewerMessages;
  /** The parser's message when `state` is `invalid`. */
  parseError: string | undefined;
  /** The rows are the beginning of a log whose rest is still loading. */
  partial: boolean;
  rows: JsonTreeRow[];
  expanded: ReadonlySet<string>;
  toggle: (id: string) => void;
  expandAll: () => void;
  collapseAll: () => void;
  query: string;
  setQuery: (query: string) => void;
  matches: readonly JsonSearchMatch[];
  /** True when the search stopped at `matchLimit`. */
  matchesCapped: boolean;
  /** Ids of every matching node, for highlighting. */
  matchIds: ReadonlySet<string>;
  /** 0-based position of the current match, -1 without matches. */
  matchIndex: number;
  currentMatchId: string | undefined;
  /** "3 of 41", "No matches" or `''` without a query. */
  matchText: string;
  nextMatch: () => void;
  previousMatch: () => void;
  /** The row with the roving focus (`tabIndex=0`); 0 when nothing was chosen yet. */
  activeIndex: number;
  activeRow: JsonTreeRow | undefined;
  /** Make a row the active one (a click), without scrolling. */
  setActiveId: (id: string) => void;
  /** Tree keyboard navigation (arrows, Home/End, Page keys, Enter/Space). */
  onTreeKeyDown: (event: KeyboardEvent<HTMLElement>, pageSize?: number) => void;
  scrollRequest: JsonLogViewerScrollRequest | null;
  copy: (what: 'path' | 'value') => Promise<void>;
  /** The last copy's result, for a polite live region. */
  announcement: string;
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

function parseSource(source: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function isEmptyContainer(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

/** Is `id` a node inside the node `ancestor` (not the node itself)? */
function isInside(id: string, ancestor: string): boolean {
  return (
    id.length > ancestor.length && id.startsWith(ancestor) && /[.[]/.test(id[ancestor.length] ?? '')
  );
}

/**
 * The headless JSON log viewer: parsing, the visible rows of the tree, expansion, search with
 * match navigation, tree keyboard navigation with a roving focus, and copy of a node's path or
 * value. Render it with the unstyled parts, the styled {@link JsonLogViewer}, or markup of your own.
 */
export function useJsonLogViewer(options: UseJsonLogViewerOptions): JsonLogViewerModel {
  const { value, source, error, defaultExpandDepth = 1, matchLimit = 10_000, onCopy } = options;
  const messages = useMessages('jsonLogViewer', jsonLogViewerMessages, options.messages);
  const parsed = useMemo<Parsed | undefined>(
    () =>
      source !== undefined
        ? parseSource(source)
        : value === undefined
          ? undefined
          : { ok: true, value },
    [source, value],
  );
  const data = parsed?.ok ? parsed.value : undefined;
  const hasError = error !== undefined && error !== null;
  const state: JsonLogViewerState = hasError
    ? error instanceof NotFoundError
      ? 'not-found'
      : 'error'
    : !parsed
      ? 'loading'
      : !parsed.ok
        ? 'invalid'
        : isEmptyContainer(parsed.value)
          ? 'empty'
          : 'ready';

  // `null` stands for "the default for the current data", so a log that arrives after the first
  // render still opens to `defaultExpandDepth`.
  const [storedExpanded, setStoredExpanded] = useControllableState<ReadonlySet<string> | null>({
    prop: options.expanded,
    defaultProp: options.defaultExpanded ?? null,
    onChange: (next) => {
      if (next) options.onExpandedChange?.(next);
    },
    caller: 'JsonLogViewer',
  });
  const defaultIds = useMemo(
    () => idsToDepth(data, defaultExpandDepth),
    [data, defaultExpandDepth],
  );
  const expanded = storedExpanded ?? defaultIds;
  const updateExpanded = useCallback(
    (update: (previous: ReadonlySet<string>) => ReadonlySet<string>) =>
      setStoredExpanded((previous) => update(previous ?? defaultIds)),
    [setStoredExpanded, defaultIds],
  );

  const rows = useMemo(
    () => (state === 'ready' ? flattenJsonTree(data, expanded) : []),
    [state, data, expanded],
  );

  const [activeId, setActiveIdState] = useState<string | undefined>(undefined);
  const activeIndex = useMemo(() => {
    if (activeId === undefined) return 0;
    const index = rows.findIndex((row) => row.id === activeId);
    return index === -1 ? 0 : index;
  }, [rows, activeId]);
  const activeRow = rows[activeIndex];
  const [scrollRequest, setScrollRequest] = useState<JsonLogViewerScrollRequest | null>(null);
  const moveTo = useCallback((id: string, focus: boolean) => {
    setActiveIdState(id);
    setScrollRequest((previous) => ({ id, focus, seq: (previous?.seq ?? 0) + 1 }));
  }, []);

  const toggle = useCallback(
    (id: string) => {
      updateExpanded((previous) => {
        const next = new Set(previous);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      // Collapsing a node that holds the focus would leave it nowhere: it moves to the node.
      setActiveIdState((current) =>
        current !== undefined && isInside(current, id) ? id : current,
      );
    },
    [updateExpanded],
  );
  const expandAll = useCallback(
    () => updateExpanded(() => allContainerIds(data)),
    [updateExpanded, data],
  );
  const collapseAll = useCallback(() => {
    updateExpanded(() => new Set(['$']));
    setActiveIdState((current) => {
      const top = current?.match(/^\$(\.[A-Za-z_$][\w$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])/);
      return top?.[0];
    });
  }, [updateExpanded]);

  const [query, setQuery] = useControllableState({
    prop: options.query,
    defaultProp: options.defaultQuery ?? '',
    onChange: options.onQueryChange,
    caller: 'JsonLogViewer',
  });
  // Searching a big log takes a moment: typing stays responsive, results follow.
  const deferredQuery = useDeferredValue(query);
  const search = useMemo(
    () =>
      state === 'ready'
        ? searchJson(data, deferredQuery, matchLimit)
        : { matches: [], capped: false },
    [state, data, deferredQuery, matchLimit],
  );
  const matchIds = useMemo(() => new Set(search.matches.map((m) => m.id)), [search]);
  const [cursor, setCursor] = useState({ search, index: 0 });
  const matchIndex = search.matches.length === 0 ? -1 : cursor.search === search ? cursor.index : 0;
  const currentMatch = matchIndex >= 0 ? search.matches[matchIndex] : undefined;

  const reveal = useCallback(
    (match: JsonSearchMatch, focus: boolean) => {
      const ancestors = ancestorIds(match.path);
      updateExpanded((previous) =>
        ancestors.every((id) => previous.has(id)) ? previous : new Set([...previous, ...ancestors]),
      );
      moveTo(match.id, focus);
    },
    [updateExpanded, moveTo],
  );
  // A new result shows its first match at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new search result reveals.
  useEffect(() => {
    const first = search.matches[0];
    if (first) reveal(first, false);
  }, [search]);
  const stepMatch = (step: 1 | -1) => {
    const total = search.matches.length;
    if (total === 0) return;
    const index = (Math.max(matchIndex, 0) + step + total) % total;
    setCursor({ search, index });
    reveal(search.matches[index] as JsonSearchMatch, false);
  };

  const matchText =
    deferredQuery.trim() === ''
      ? ''
      : search.matches.length === 0
        ? messages.noMatches
        : formatMessage(search.capped ? messages.matchPositionCapped : messages.matchPosition, {
            current: matchIndex + 1,
            total: search.matches.length,
          });

  const onTreeKeyDown = (event: KeyboardEvent<HTMLElement>, pageSize = 10) => {
    const row = rows[activeIndex];
    if (!row) return;
    const last = rows.length - 1;
    let target: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        target = Math.min(activeIndex + 1, last);
        break;
      case 'ArrowUp':
        target = Math.max(activeIndex - 1, 0);
        break;
      case 'Home':
        target = 0;
        break;
      case 'End':
        target = last;
        break;
      case 'PageDown':
        target = Math.min(activeIndex + pageSize, last);
        break;
      case 'PageUp':
        target = Math.max(activeIndex - pageSize, 0);
        break;
      case 'ArrowRight':
        if (row.childCount > 0 && !row.expanded) toggle(row.id);
        else if (row.expanded && row.childCount > 0) target = activeIndex + 1;
        break;
      case 'ArrowLeft':
        if (row.expanded) toggle(row.id);
        else if (row.parentIndex >= 0) target = row.parentIndex;
        break;
      case 'Enter':
      case ' ':
        if (row.childCount > 0) toggle(row.id);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (target !== undefined) moveTo((rows[target] as JsonTreeRow).id, true);
  };

  const [announcement, setAnnouncement] = useState('');
  const copy = async (what: 'path' | 'value') => {
    const row = rows[activeIndex];
    if (!row) return;
    const text = what === 'path' ? row.id : copyableValue(row.value);
    try {
      if (onCopy) await onCopy(text, what);
      else await navigator.clipboard.writeText(text);
      setAnnouncement(
        formatMessage(what === 'path' ? messages.copiedPath : messages.copiedValue, {
          path: row.id,
        }),
      );
    } catch {
      setAnnouncement(messages.copyFailed);
    }
  };

  return {
    state,
    messages,
    parseError: parsed && !parsed.ok ? parsed.message : undefined,
    partial: state === 'ready' && options.partial === true,
    rows,
    expanded,
    toggle,
    expandAll,
    collapseAll,
    query,
    setQuery,
    matches: search.matches,
    matchesCapped: search.capped,
    matchIds,
    matchIndex,
    currentMatchId: currentMatch?.id,
    matchText,
    nextMatch: () => stepMatch(1),
    previousMatch: () => stepMatch(-1),
    activeIndex,
    activeRow,
    setActiveId: setActiveIdState,
    onTreeKeyDown,
    scrollRequest,
    copy,
    announcement,
  };
}
