import type { TimelineEntry } from '../../schemas/timeline/timeline-entry';
import type { TimelinePage } from '../../schemas/timeline/timeline-page';

/**
 * Every loaded entry of a cursor's pages in order, once. Analytics snapshots can repeat across
 * pages (the server recomputes them per page), so an id already seen is skipped, as the client's
 * `for await` over `timeline.list` does. One page is returned as is (no copy).
 */
export function flattenTimelinePages(
  pages: readonly TimelinePage[] | undefined,
): readonly TimelineEntry[] {
  if (!pages || pages.length === 0) return [];
  if (pages.length === 1) return pages[0]?.entries ?? [];
  const seen = new Set<string>();
  const out: TimelineEntry[] = [];
  for (const page of pages) {
    for (const entry of page.entries) {
      if (seen.has(entry.entry_id)) continue;
      seen.add(entry.entry_id);
      out.push(entry);
    }
  }
  return out;
}

/**
 * Whether the loaded pages hold an entry: the test a "jump to entry" repeats after each older
 * page it loads, until it is true or the cursor ends.
 */
export function timelinePagesInclude(
  pages: readonly TimelinePage[] | undefined,
  entryId: string,
): boolean {
  return pages?.some((page) => page.entries.some((entry) => entry.entry_id === entryId)) ?? false;
}

/** One more page loaded: every page so far and whether the cursor has more. */
export interface TimelinePagesLoaded {
  pages: readonly TimelinePage[] | undefined;
  hasMore: boolean;
}

/**
 * Find an entry for a "jump to entry": loads older pages (`loadMore`, which throws on a failed
 * load) until one holds the entry, the cursor ends, or `signal` aborts. Resolves whether the entry
 * is loaded. Works over any page cache (TanStack Query's `fetchNextPage`, a plain array).
 */
export async function findTimelineEntry(
  entryId: string,
  {
    pages,
    hasMore,
    loadMore,
    signal,
  }: TimelinePagesLoaded & {
    loadMore: () => Promise<TimelinePagesLoaded>;
    signal?: AbortSignal | undefined;
  },
): Promise<boolean> {
  let loaded: TimelinePagesLoaded = { pages, hasMore };
  while (!timelinePagesInclude(loaded.pages, entryId)) {
    if (!loaded.hasMore || signal?.aborted) return false;
    loaded = await loadMore();
  }
  return true;
}
