import type { RunLockState } from '@govkit/sdk';
import { useGovkitClient } from '../provider/govkit-context';
import { runGovernanceKeys } from '../query/run-governance-keys';
import { useOptimisticMutation } from '../query/use-optimistic-mutation';

/** The workspace as nobody holds it: what the inspector shows the moment a release is sent. */
function released(lock: RunLockState): RunLockState {
  return {
    ...lock,
    live: false,
    holder: null,
    lock_id: null,
    acquired_at: null,
    expires_at: null,
    fencing_token: null,
  };
}

/**
 * Release a workspace's run lock by its `lock_id` (`DELETE /api/locks/{lock_id}`). The inspector
 * shows the workspace free at once; if the server refuses (not the holder, server down), the
 * cached lock comes back exactly as it was. The lock state is refetched either way.
 */
export function useReleaseRunLock(workspaceId: string) {
  const client = useGovkitClient();
  const key = runGovernanceKeys.lockState(workspaceId);
  return useOptimisticMutation<void, string, RunLockState>({
    mutationFn: (lockId) => client.runs.locks.release(lockId),
    queryKey: () => key,
    optimisticUpdate: (cached) => released(cached),
    invalidates: () => [key],
  });
}
