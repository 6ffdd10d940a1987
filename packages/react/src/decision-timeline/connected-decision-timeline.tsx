import { findTimelineEntry, flattenTimelinePages } from '@govkit/sdk';
import { useCallback, useMemo } from 'react';
import { type TimelineQuery, useTimeline } from '../timeline/use-timeline';
import { type UseTimelineLiveOptions, useTimelineLive } from '../timeline/use-timeline-live';
import { DecisionTimeline, type DecisionTimelineProps } from './decision-timeline';

export interface ConnectedDecisionTimelineProps
  extends TimelineQuery,
    Omit<
      DecisionTimelineProps,
      | 'entries'
      | 'error'
      | 'onRetry'
      | 'hasMore'
      | 'loadingMore'
      | 'onLoadMore'
      | 'live'
      | 'liveStatus'
      | 'liveRetryInMs'
      | 'onReconnect'
      | 'onFindEntry'
    > {
  /**
   * Follow the execution's live stream (locks, cooldowns); default true when `executionId` is
   * set. Pass options to tune the reconnection backoff.
   */
  live?: boolean | UseTimelineLiveOptions | undefined;
}

/**
 * The decision timeline, fetched through the {@link GovkitProvider}'s client and query cache:
 * pages through the cursor as the user scrolls, follows the live stream into the cache (no
 * refetch), and loads older pages to find an entry the user jumps to.
 */
export function ConnectedDecisionTimeline({
  executionId,
  pageSize,
  live = true,
  ...props
}: ConnectedDecisionTimelineProps) {
  const query = useTimeline({ executionId, pageSize });
  const entries = useMemo(
    () => (query.data ? flattenTimelinePages(query.data.pages) : undefined),
    [query.data],
  );
  const liveOptions = typeof live === 'object' ? live : { enabled: live };
  const stream = useTimelineLive(executionId, liveOptions);
  const { data, hasNextPage, fetchNextPage } = query;

  // Load older pages until the entry is there or the timeline ends (or the jump is replaced).
  const findEntry = useCallback(
    (entryId: string, signal: AbortSignal) =>
      findTimelineEntry(entryId, {
        pages: data?.pages,
        hasMore: hasNextPage,
        signal,
        loadMore: async () => {
          const result = await fetchNextPage();
          if (result.error) throw result.error;
          return { pages: result.data?.pages, hasMore: result.hasNextPage };
        },
      }),
    [data, hasNextPage, fetchNextPage],
  );

  return (
    <DecisionTimeline
      {...props}
      entries={entries}
      error={query.error ?? undefined}
      onRetry={() => void query.refetch()}
      hasMore={query.hasNextPage}
      loadingMore={query.isFetchingNextPage}
      onLoadMore={() => void query.fetchNextPage()}
      live={stream.state}
      liveStatus={stream.status === 'off' ? undefined : stream.status}
      liveRetryInMs={stream.retryInMs}
      onReconnect={stream.reconnect}
      onFindEntry={findEntry}
    />
  );
}
