import { useLineageSummary } from '../overrides/use-lineage-summary';
import {
  AnalyticsLineageWidget,
  type AnalyticsLineageWidgetProps,
} from './analytics-lineage-widget';

export interface ConnectedAnalyticsLineageWidgetProps
  extends Omit<
    AnalyticsLineageWidgetProps,
    'summary' | 'detail' | 'loading' | 'error' | 'onRetry'
  > {
  /** Limit the counts to one execution; without it, every execution the user may see. */
  executionId?: string | undefined;
}

/**
 * The override lineage aggregates of the governance analytics report, fetched through the
 * {@link GovkitProvider}'s client and cache (and refreshed by override actions on the execution).
 */
export function ConnectedAnalyticsLineageWidget({
  executionId,
  ...props
}: ConnectedAnalyticsLineageWidgetProps) {
  const query = useLineageSummary({ executionId });
  return (
    <AnalyticsLineageWidget
      {...props}
      summary={query.data}
      loading={query.isPending}
      error={query.error ?? undefined}
      onRetry={() => void query.refetch()}
    />
  );
}
