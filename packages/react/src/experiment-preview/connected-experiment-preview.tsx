import type { ExperimentPreviewRequest } from '@govkit/sdk';
import { useExperimentPreview } from '../exports/use-experiment-preview';
import { ExperimentPreview, type ExperimentPreviewProps } from './experiment-preview';

export interface ConnectedExperimentPreviewProps
  extends Omit<ExperimentPreviewProps, 'preview' | 'error' | 'onRetry' | 'onRun'> {
  executionId: string;
  /** What to simulate: the published snapshot and optional stage/resource overrides. */
  request: ExperimentPreviewRequest;
}

/**
 * The experiment preview, simulated through the {@link GovkitProvider}'s client. The result is
 * kept per request; "Run again" simulates anew (and refreshes governance analytics).
 */
export function ConnectedExperimentPreview({
  executionId,
  request,
  ...props
}: ConnectedExperimentPreviewProps) {
  const query = useExperimentPreview(executionId, request);
  return (
    <ExperimentPreview
      {...props}
      preview={query.data}
      error={query.error ?? undefined}
      onRetry={() => void query.refetch()}
      onRun={() => void query.refetch()}
    />
  );
}
