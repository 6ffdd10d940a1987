import type { GovernanceAnalyticsReport, GovkitError } from '@govkit/sdk';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { govkitKeys } from '../query/govkit-keys';

/** The server keeps an analytics report for 30 s; asking again sooner only returns its copy. */
export const GOVERNANCE_ANALYTICS_STALE_MS = 30_000;

export interface UseGovernanceAnalyticsOptions {
  /** One execution's analytics; without it, every execution the acting user may read. */
  executionId?: string | null | undefined;
  /** How many preview summaries the report reads (1–200, default 50). */
  limit?: number | undefined;
  enabled?: boolean | undefined;
}

/**
 * The full governance analytics report (`GET /api/governance/analytics?view=full`). Fresh for
 * 30 s like the server's cache, so remounting a panel does not refetch; a governance mutation
 * refetches it at once through {@link governanceAnalyticsInvalidation}. The error is the sdk's
 * typed error (`ForbiddenError`, `NotFoundError` for an unknown execution).
 */
export function useGovernanceAnalytics({
  executionId = null,
  limit = 50,
  enabled = true,
}: UseGovernanceAnalyticsOptions = {}): UseQueryResult<GovernanceAnalyticsReport, GovkitError> {
  const client = useGovkitClient();
  return useQuery({
    queryKey: govkitKeys.analytics.report({ executionId, limit, view: 'full' }),
    queryFn: async ({ signal }) => {
      const report = await client.analytics.retrieve(
        { ...(executionId ? { execution_id: executionId } : {}), limit, view: 'full' },
        { signal },
      );
      // `view: 'full'` always answers the report; a reviewer view here is a server bug.
      if (!('results' in report)) throw new TypeError('Expected the full analytics report');
      return report;
    },
    staleTime: GOVERNANCE_ANALYTICS_STALE_MS,
    enabled,
  });
}
