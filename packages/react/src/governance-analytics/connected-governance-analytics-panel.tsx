import { useGovernanceAnalytics } from '../analytics/use-governance-analytics';
import {
  GovernanceAnalyticsPanel,
  type GovernanceAnalyticsPanelProps,
} from './governance-analytics-panel';

export interface ConnectedGovernanceAnalyticsPanelProps
  extends Omit<GovernanceAnalyticsPanelProps, 'report' | 'error' | 'onRetry' | 'stale'> {
  /** How many preview summaries the report reads (1–200, default 50). */
  limit?: number | undefined;
}

/**
 * The governance analytics panel fed by `GET /api/governance/analytics`. The report stays
 * fresh for the server's 30 s; an override, coaching-note or approval mutation refetches it
 * (through `governanceAnalyticsInvalidation`), showing the previous numbers desaturated meanwhile.
 */
export function ConnectedGovernanceAnalyticsPanel({
  executionId,
  limit,
  ...props
}: ConnectedGovernanceAnalyticsPanelProps) {
  const query = useGovernanceAnalytics({ executionId, limit });
  return (
    <GovernanceAnalyticsPanel
      {...props}
      executionId={executionId}
      report={query.data}
      // A failed refresh keeps the numbers already shown; only a first load shows the error.
      error={query.data ? undefined : (query.error ?? undefined)}
      stale={query.isFetching && query.data !== undefined}
      onRetry={() => void query.refetch()}
    />
  );
}
