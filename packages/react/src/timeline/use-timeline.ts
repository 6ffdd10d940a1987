import type { GovkitError, TimelineEntry, TimelinePage } from '@govkit/sdk';
import {
  type InfiniteData,
  type UseInfiniteQueryResult,
  useInfiniteQuery,
} from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { cursorInfiniteOptions } from '../query/cursor-infinite-options';
import { timelineKeys } from '../query/govkit-keys';

/** What a timeline query asks for (everything but the cursor, which the hook manages). */
export interface TimelineQuery {
  /** One execution's timeline; without it, every entry the user may see. */
  executionId?: string | undefined;
  /** Entries per page, 1–200 (default 50). */
  pageSize?: number | undefined;
}

/**
 * The decision timeline, newest first, page by page through its cursor (`fetchNextPage()` loads
 * the next page). Live lock/cooldown updates do not go through here: see `useTimelineLive`.
 */
export function useTimeline({
  executionId,
  pageSize,
}: TimelineQuery = {}): UseInfiniteQueryResult<
  InfiniteData<TimelinePage, string | undefined>,
  GovkitError
> {
  const client = useGovkitClient();
  const params = {
    ...(executionId ? { execution_id: executionId } : {}),
    ...(pageSize ? { limit: pageSize } : {}),
  };
  return useInfiniteQuery(
    cursorInfiniteOptions({
      queryKey: timelineKeys.entries(params),
      fetchPage: (cursor, signal) =>
        client.timeline.list(cursor ? { ...params, cursor } : params, { signal }),
      nextCursor: (page: TimelinePage) => page.next_cursor,
    }),
  );
}

/**
 * Every loaded entry in order, once. Analytics snapshots can repeat across pages (the server
 * recomputes them per page), so an id already seen is skipped, as the sdk's `for await` does.
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
