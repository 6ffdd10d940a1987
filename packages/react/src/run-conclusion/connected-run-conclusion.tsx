import { useRun } from '../runs/use-run';
import { RunConclusion, type RunConclusionProps } from './run-conclusion';

export interface ConnectedRunConclusionProps
  extends Omit<RunConclusionProps, 'run' | 'error' | 'onRetry'> {
  runId: string;
}

/** The conclusion of a stored run, fetched through the provider's client and cache. */
export function ConnectedRunConclusion({ runId, ...props }: ConnectedRunConclusionProps) {
  const query = useRun(runId);
  return (
    <RunConclusion
      {...props}
      run={query.data}
      error={query.error ?? undefined}
      onRetry={() => void query.refetch()}
    />
  );
}
