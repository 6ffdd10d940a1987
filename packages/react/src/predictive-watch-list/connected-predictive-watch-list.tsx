import { useRun } from '../runs/use-run';
import { PredictiveWatchList, type PredictiveWatchListProps } from './predictive-watch-list';

export interface ConnectedPredictiveWatchListProps
  extends Omit<PredictiveWatchListProps, 'watchList' | 'error' | 'onRetry'> {
  runId: string;
}

/** The watch list of a stored run, fetched through the provider's client and cache. */
export function ConnectedPredictiveWatchList({
  runId,
  ...props
}: ConnectedPredictiveWatchListProps) {
  const query = useRun(runId);
  return (
    <PredictiveWatchList
      {...props}
      watchList={query.data ? query.data.presented_watch_list : undefined}
      error={query.error ?? undefined}
      onRetry={() => void query.refetch()}
    />
  );
}
