import type { InvalidateQueryFilters, QueryClient } from '@tanstack/react-query';
import { analyticsKeys, type GovernanceAnalyticsKeyParams } from '../query/govkit-keys';

/**
 * The analytics reports a governance change can alter: every unscoped report (it covers all
 * executions the user may read) and the reports scoped to one of `executionIds`. Reports scoped
 * to other executions keep their cache. With no known execution (an empty list, or only
 * `null`s), every report is affected, as the server's own cache does.
 *
 * Pass it in a mutation's `invalidates` (override actions, coaching notes, approval stages):
 * `invalidates: (v, note) => [govkitKeys.coaching.notes(id), governanceAnalyticsInvalidation([note?.execution_id])]`.
 */
export function governanceAnalyticsInvalidation(
  executionIds: readonly (string | null | undefined)[],
): InvalidateQueryFilters {
  const known = new Set(executionIds.filter((id): id is string => typeof id === 'string'));
  const prefix = analyticsKeys.reports();
  return {
    queryKey: prefix,
    predicate: (query) => {
      if (known.size === 0) return true;
      const params = query.queryKey[prefix.length] as GovernanceAnalyticsKeyParams | undefined;
      return !params || params.executionId === null || known.has(params.executionId);
    },
  };
}

/**
 * Refetch the analytics reports a change to `executionIds` affects (see
 * {@link governanceAnalyticsInvalidation}); for mutations not built on `useOptimisticMutation`.
 */
export function invalidateGovernanceAnalytics(
  queryClient: QueryClient,
  executionIds: readonly (string | null | undefined)[],
): Promise<void> {
  return queryClient.invalidateQueries(governanceAnalyticsInvalidation(executionIds));
}
