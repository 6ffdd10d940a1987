import type { DecisionTrace, GovkitError, ReplayTasksDecisionTraceParams } from '@govkit/sdk';
import {
  type InfiniteData,
  type UseInfiniteQueryResult,
  useInfiniteQuery,
} from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { cursorInfiniteOptions } from '../query/cursor-infinite-options';
import { govkitKeys } from '../query/govkit-keys';

/** Filters of a decision trace (everything but the cursor, which the hook manages). */
export type DecisionTraceFilters = Omit<NonNullable<ReplayTasksDecisionTraceParams>, 'cursor'>;

/**
 * A task's decision trace, page by page through its cursor (`fetchNextPage()` loads the next).
 * The pattern every cursor endpoint follows.
 */
export function useDecisionTrace(
  taskId: string,
  filters: DecisionTraceFilters = {},
): UseInfiniteQueryResult<InfiniteData<DecisionTrace, string | undefined>, GovkitError> {
  const client = useGovkitClient();
  return useInfiniteQuery(
    cursorInfiniteOptions({
      queryKey: govkitKeys.replay.decisionTrace(taskId, filters),
      fetchPage: (cursor, signal) =>
        client.replay.tasks.decisionTrace(taskId, cursor ? { ...filters, cursor } : filters, {
          signal,
        }),
      nextCursor: (page: DecisionTrace) => page.next_cursor,
    }),
  );
}
