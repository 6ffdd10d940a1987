import type { GovernanceLineageSummary, GovkitError } from '@govkit/sdk';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { GOVERNANCE_ANALYTICS_STALE_MS } from '../analytics/use-governance-analytics';
import { useGovkitClient } from '../provider/govkit-context';
import { analyticsKeys } from '../query/govkit-keys';

export interface LineageSummaryParams {
  /** Limit the report to one execution; without it, every execution the user may see. */
  executionId?: string | undefined;
}

/**
 * The scenario and notebook override counts of the governance analytics report
 * (`GET /api/governance/analytics`, `lineage_summary`). It shares the report's cache entry with
 * anything else that reads the same report, and selects only the summary, so a widget built on
 * it re-renders only when the summary changes.
 */
export function useLineageSummary(
  { executionId }: LineageSummaryParams = {},
  options: { enabled?: boolean } = {},
): UseQueryResult<GovernanceLineageSummary, GovkitError> {
  const client = useGovkitClient();
  // The same query as the analytics panel's (`useGovernanceAnalytics`), so both share one entry.
  const limit = 50;
  const params = {
    ...(executionId ? { execution_id: executionId } : {}),
    limit,
    view: 'full' as const,
  };
  return useQuery({
    queryKey: analyticsKeys.report({
      executionId: executionId ?? null,
      limit,
      view: 'full',
    }),
    queryFn: ({ signal }) => client.analytics.retrieve(params, { signal }),
    staleTime: GOVERNANCE_ANALYTICS_STALE_MS,
    select: (report) =>
      'lineage_summary' in report && report.lineage_summary
        ? report.lineage_summary
        : { scenarios: [], notebooks: [] },
    enabled: options.enabled ?? true,
  });
}
