import { useTimelineEntry } from '../overrides/use-timeline-entry';
import { ScenarioContextWidget, type ScenarioContextWidgetProps } from './scenario-context-widget';

export interface ConnectedScenarioContextWidgetProps
  extends Omit<ScenarioContextWidgetProps, 'lineage' | 'entry' | 'loading' | 'error' | 'onRetry'> {
  /** The execution whose timeline holds the entry. */
  executionId: string;
  /** The timeline entry (`entry_id`) whose lineage to show. */
  entryId: string;
}

/**
 * The scenario context of one timeline entry, fetched through the {@link GovkitProvider}'s client
 * and cache. Renders nothing when the entry has no provenance or does not exist.
 */
export function ConnectedScenarioContextWidget({
  executionId,
  entryId,
  ...props
}: ConnectedScenarioContextWidgetProps) {
  const query = useTimelineEntry(executionId, entryId);
  return (
    <ScenarioContextWidget
      {...props}
      entry={query.data}
      loading={query.isPending}
      error={query.error ?? undefined}
      onRetry={() => void query.refetch()}
    />
  );
}
