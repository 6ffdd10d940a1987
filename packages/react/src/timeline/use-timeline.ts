import type { GovkitError, TimelinePage } from '@govkit/sdk';
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
