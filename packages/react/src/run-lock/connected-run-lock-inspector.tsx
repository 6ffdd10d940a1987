import { useReleaseRunLock } from '../runs/use-release-run-lock';
import { useRunLockState } from '../runs/use-run-lock-state';
import { RunLockInspector, type RunLockInspectorProps } from './run-lock-inspector';

export interface ConnectedRunLockInspectorProps
  extends Omit<
    RunLockInspectorProps,
    'lock' | 'error' | 'onRetry' | 'onRelease' | 'releasing' | 'releaseError' | 'onExpire'
  > {
  workspaceId: string;
}

/**
 * The lock inspector of a workspace, fetched through the provider's client and cache. Releasing
 * shows the workspace free at once and rolls back if the server refuses; the lock is refetched
 * when the countdown reaches zero.
 */
export function ConnectedRunLockInspector({
  workspaceId,
  ...props
}: ConnectedRunLockInspectorProps) {
  const query = useRunLockState(workspaceId);
  const release = useReleaseRunLock(workspaceId);
  return (
    <RunLockInspector
      {...props}
      lock={query.data}
      error={query.error ?? undefined}
      onRetry={() => void query.refetch()}
      onExpire={() => void query.refetch()}
      onRelease={(lockId) => release.mutate(lockId)}
      releasing={release.isPending}
      releaseError={release.error ?? undefined}
    />
  );
}
