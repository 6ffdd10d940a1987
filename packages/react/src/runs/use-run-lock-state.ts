import type { GovkitError, RunLockState } from '@govkit/sdk';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { runGovernanceKeys } from '../query/run-governance-keys';

/**
 * A workspace's run lock as the inspector shows it: holder, fencing token, acquired and expiry
 * times, and the `lock_id` only when the server lets the caller release it.
 */
export function useRunLockState(
  workspaceId: string,
  options: { enabled?: boolean } = {},
): UseQueryResult<RunLockState, GovkitError> {
  const client = useGovkitClient();
  return useQuery({
    queryKey: runGovernanceKeys.lockState(workspaceId),
    queryFn: ({ signal }) => client.runs.locks.state(workspaceId, { signal }),
    enabled: options.enabled ?? true,
  });
}
