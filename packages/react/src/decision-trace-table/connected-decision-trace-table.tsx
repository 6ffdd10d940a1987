import { useCallback, useMemo } from 'react';
import { useGovkitClient } from '../provider/govkit-context';
import { useDecisionTrace } from '../replay/use-decision-trace';
import {
  type DecisionTraceRow,
  toDecisionTraceRow,
  toDecisionTraceRows,
} from './decision-trace-row';
import { DecisionTraceTable, type DecisionTraceTableProps } from './decision-trace-table';

export interface ConnectedDecisionTraceTableProps
  extends Omit<
    DecisionTraceTableProps,
    'rows' | 'error' | 'onRetry' | 'hasMore' | 'loadingMore' | 'onLoadMore' | 'loadAllRows'
  > {
  /** Items per page (1–500); default the server's (200). */
  pageSize?: number | undefined;
}

// The largest page the API serves, so a whole-trace export makes as few requests as it can.
const EXPORT_PAGE_SIZE = 500;

/**
 * The decision trace table, fetched page by page through the {@link GovkitProvider}'s client
 * (`useInfiniteQuery` over the cursor). Items a cursor-ignoring server repeats are dropped.
 * "Whole trace" exports page through every item with the sdk's paginator.
 */
export function ConnectedDecisionTraceTable({
  pageSize,
  ...props
}: ConnectedDecisionTraceTableProps) {
  const client = useGovkitClient();
  const { taskId } = props;
  const query = useDecisionTrace(taskId, pageSize ? { limit: pageSize } : {});
  const pages = query.data?.pages;
  const rows = useMemo(() => (pages ? toDecisionTraceRows(pages) : undefined), [pages]);
  const { fetchNextPage } = query;
  const onLoadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const loadAllRows = useCallback(
    async (onProgress: (count: number) => void, signal: AbortSignal) => {
      const seen = new Set<string>();
      const all: DecisionTraceRow[] = [];
      const items = client.replay.tasks.decisionTrace(
        taskId,
        { limit: EXPORT_PAGE_SIZE },
        { signal },
      );
      for await (const item of items) {
        const row = toDecisionTraceRow(item);
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        all.push(row);
        if (all.length % EXPORT_PAGE_SIZE === 0) onProgress(all.length);
      }
      return all;
    },
    [client, taskId],
  );
  return (
    <DecisionTraceTable
      {...props}
      rows={rows}
      error={query.error ?? undefined}
      onRetry={() => void query.refetch()}
      hasMore={query.hasNextPage}
      loadingMore={query.isFetchingNextPage}
      onLoadMore={onLoadMore}
      loadAllRows={loadAllRows}
    />
  );
}
