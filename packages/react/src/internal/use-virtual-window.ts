import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { createHeightTree, type HeightTree } from './height-tree';

/**
 * The tallest list drawn. Browsers cap an element's height (Chromium and Safari ~33.5 M px,
 * Firefox ~17.9 M px); a taller list is drawn this tall and its scroll offset is scaled, so the
 * end of a million rows stays reachable by scrolling.
 */
export const MAX_SCROLL_HEIGHT = 15_000_000;

export interface VirtualWindowOptions {
  count: number;
  /** The height a row counts for until it is measured. */
  estimate: number;
  /** The key of row `index`: measured heights follow rows that moved when `rows` changed. */
  keyOf: (index: number) => string;
  /** The rows' identity: a new value (a page loaded, filters changed) rebuilds the heights. */
  rows: unknown;
  /** The viewport's height until the scroll element is measured (DOM emulations never are). */
  initialHeight: number;
  /**
   * Rows rendered beyond each edge of the viewport. The first screen of rows has one (a margin for
   * rows shorter than the estimate); the rest is rendered right after that commit, in a task of
   * its own, so rows nobody sees yet do not delay the first paint.
   */
  overscan: number;
  /** A hard bound on the rows rendered, whatever their heights. */
  maxRows: number;
}

export interface VirtualRow {
  index: number;
  /** The row's offset inside the list element. */
  top: number;
}

export interface VirtualWindow {
  rows: VirtualRow[];
  /** The list element's height (capped at {@link MAX_SCROLL_HEIGHT}). */
  height: number;
  /** Ref callback for the scrolling element. */
  scrollRef: (element: HTMLElement | null) => (() => void) | undefined;
  /** The scrolling element, once mounted. */
  scrollElement: () => HTMLElement | null;
  /** Ref callback for a rendered row (with `data-index`): measures it after layout. */
  measure: (element: HTMLElement | null) => (() => void) | undefined;
  /** Scrolls so row `index` is fully visible (`auto`: the least movement) or at the top. */
  scrollToIndex: (index: number, align?: 'auto' | 'start') => void;
}

interface Layout {
  tree: HeightTree;
  scrollTop: number;
  viewport: number;
}

interface Pending {
  index: number;
  align: 'auto' | 'start';
  /** After this (performance.now()), measurements no longer move the scroll: the user may. */
  until: number;
}

// Long enough for the rows around a jump's target to be measured, short enough that a later
// measurement never pulls the user back.
const LAND_WINDOW_MS = 500;

// How far from the drawn scroll offset the rows are (1 unless the list is taller than drawn).
function scrollRatio(total: number, viewport: number): number {
  const drawn = Math.min(total, MAX_SCROLL_HEIGHT);
  return total > drawn && drawn > viewport ? (total - viewport) / (drawn - viewport) : 1;
}

// Where the rows of the new `keyOf` moved from: 0 when a page was appended, k when k rows were
// prepended, undefined when they are other rows (filters changed).
function rowShift(
  previous: { count: number; first: string; last: string },
  count: number,
  keyOf: (index: number) => string,
): number | undefined {
  for (let shift = 0; shift < Math.min(count, 256); shift++) {
    if (keyOf(shift) !== previous.first) continue;
    const last = previous.count - 1 + shift;
    return last < count && keyOf(last) !== previous.last ? undefined : shift;
  }
  return undefined;
}

/**
 * govkit's list windowing: only the rows in (and `overscan` around) the viewport are rendered.
 * Offsets come from a {@link HeightTree}, so the first screen costs O(rows on screen · log n)
 * whatever the count, rows are measured in one ResizeObserver batch after layout, and a list
 * taller than a browser can draw scrolls through a scaled offset.
 */
export function useVirtualWindow({
  count,
  estimate,
  keyOf,
  rows: rowsIdentity,
  initialHeight,
  overscan: fullOverscan,
  maxRows,
}: VirtualWindowOptions): VirtualWindow {
  const [scrollTop, setScrollTop] = useState(0);
  // False until a commit has shown rows. The effect below then widens the window: React runs it
  // after that commit, and its update renders in a scheduler task, i.e. after the frame of the
  // first screen has been painted (in a browser; `act()` in tests flushes it at once).
  const [widened, widen] = useState(false);
  const overscan = widened ? fullOverscan : 1;
  const [viewport, setViewport] = useState(initialHeight);
  const [, remeasured] = useReducer((n: number) => n + 1, 0);
  const element = useRef<HTMLElement | null>(null);
  const pending = useRef<Pending | null>(null);
  const built = useRef<{
    rows: unknown;
    tree: HeightTree;
    first: string;
    last: string;
  } | null>(null);

  // The heights, rebuilt when the rows change (keeping what was measured for rows that moved).
  let current = built.current;
  if (!current || current.rows !== rowsIdentity || current.tree.count !== count) {
    const previous = current;
    const shift = previous?.tree.count
      ? rowShift({ count: previous.tree.count, ...previous }, count, keyOf)
      : undefined;
    const tree = createHeightTree(
      count,
      estimate,
      previous && shift !== undefined ? { from: previous.tree, shift } : undefined,
    );
    current = { rows: rowsIdentity, tree, first: keyOf(0), last: keyOf(count - 1) };
    built.current = current;
  }
  const tree = current.tree;
  const layout = useRef<Layout>({ tree, scrollTop, viewport });
  layout.current = { tree, scrollTop, viewport };

  const total = tree.start(tree.count);
  const height = Math.min(total, MAX_SCROLL_HEIGHT);
  const ratio = scrollRatio(total, viewport);
  const drawnTop = Math.min(scrollTop, Math.max(0, height - viewport));
  const virtualTop = drawnTop * ratio;
  const rows: VirtualRow[] = [];
  if (count > 0) {
    let index = Math.max(0, tree.indexAt(virtualTop) - overscan);
    const last = Math.min(
      count - 1,
      tree.indexAt(virtualTop + viewport) + overscan,
      index + maxRows - 1,
    );
    let start = tree.start(index);
    for (; index <= last; index++) {
      rows.push({ index, top: ratio === 1 ? start : drawnTop + start - virtualTop });
      start += tree.size(index);
    }
  }

  useEffect(() => {
    if (count) widen(true);
  }, [count]);

  // Scrolls toward the pending target; true once it is fully visible.
  const applyPending = useCallback((): boolean => {
    const target = pending.current;
    const scroller = element.current;
    const { tree, viewport } = layout.current;
    if (!target || !scroller || target.index >= tree.count) return true;
    const total = tree.start(tree.count);
    const ratio = scrollRatio(total, viewport);
    const top = scroller.scrollTop * ratio;
    const start = tree.start(target.index);
    const end = start + tree.size(target.index);
    let wanted: number;
    if (target.align === 'start' || start < top) wanted = start;
    else if (end > top + viewport) wanted = end - viewport;
    else return true;
    wanted = Math.max(0, Math.min(wanted, total - viewport));
    // Rounded toward showing the whole row when the offset is scaled.
    const drawn =
      ratio === 1
        ? wanted
        : wanted === start
          ? Math.floor(wanted / ratio)
          : Math.ceil(wanted / ratio);
    scroller.scrollTop = drawn;
    setScrollTop(scroller.scrollTop);
    return false;
  }, []);

  const scrollToIndex = useCallback(
    (index: number, align: 'auto' | 'start' = 'auto') => {
      pending.current = { index, align, until: performance.now() + LAND_WINDOW_MS };
      if (applyPending()) pending.current = null;
    },
    [applyPending],
  );

  const scrollRef = useCallback((scroller: HTMLElement | null) => {
    if (!scroller) return undefined;
    element.current = scroller;
    const onScroll = () => setScrollTop(scroller.scrollTop);
    scroller.addEventListener('scroll', onScroll, { passive: true });
    // Read after layout (not forced during the first render); 0 means no layout (a hidden tab).
    const observer =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(() => {
            if (scroller.clientHeight > 0) setViewport(scroller.clientHeight);
          });
    observer?.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      observer?.disconnect();
      if (element.current === scroller) element.current = null;
    };
  }, []);

  // One observer for every row: its callback is the batch of rows measured after a layout.
  const rowObserver = useRef<ResizeObserver | null>(null);
  const measure = useCallback(
    (row: HTMLElement | null) => {
      if (!row || typeof ResizeObserver === 'undefined') return undefined;
      rowObserver.current ??= new ResizeObserver((entries) => {
        const { tree, scrollTop, viewport } = layout.current;
        const ratio = scrollRatio(tree.start(tree.count), viewport);
        let above = 0;
        let changed = false;
        for (const entry of entries) {
          const target = entry.target as HTMLElement;
          const index = Number(target.dataset.index);
          const size = entry.borderBoxSize?.[0]?.blockSize ?? target.offsetHeight;
          if (!target.isConnected || !Number.isInteger(index) || !(size > 0)) continue;
          const rowTop = tree.start(index);
          const change = tree.set(index, size);
          if (change === 0) continue;
          changed = true;
          if (rowTop < scrollTop * ratio) above += change;
        }
        if (!changed) return;
        // Rows above the viewport grew or shrank: keep what the user reads in place.
        const scroller = element.current;
        if (above !== 0 && scroller && ratio === 1) {
          scroller.scrollTop += above;
          setScrollTop(scroller.scrollTop);
        }
        remeasured();
        // A jump whose target moved as rows around it were measured: land it again.
        const target = pending.current;
        if (target && (performance.now() > target.until || applyPending())) pending.current = null;
      });
      const observer = rowObserver.current;
      observer.observe(row);
      return () => observer.unobserve(row);
    },
    [applyPending],
  );

  return {
    rows,
    height,
    scrollRef,
    scrollElement: () => element.current,
    measure,
    scrollToIndex,
  };
}
