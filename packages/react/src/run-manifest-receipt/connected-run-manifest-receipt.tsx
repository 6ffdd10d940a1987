import { useRun } from '../runs/use-run';
import { RunManifestReceipt, type RunManifestReceiptProps } from './run-manifest-receipt';

export interface ConnectedRunManifestReceiptProps
  extends Omit<RunManifestReceiptProps, 'manifest' | 'error' | 'onRetry' | 'runId'> {
  runId: string;
}

/** The run manifest receipt of a stored run, fetched through the provider's client and cache. */
export function ConnectedRunManifestReceipt(props: ConnectedRunManifestReceiptProps) {
  const query = useRun(props.runId);
  return (
    <RunManifestReceipt
      {...props}
      manifest={query.data?.manifest}
      error={query.error ?? undefined}
      onRetry={() => void query.refetch()}
    />
  );
}
