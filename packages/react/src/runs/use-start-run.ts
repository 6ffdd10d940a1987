import type { GovkitError, RunResult, RunStartRequestInput } from '@govkit/sdk';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { runGovernanceKeys } from '../query/run-governance-keys';

/**
 * Start a governed run in a workspace (`POST /api/workspaces/{workspace_id}/runs`). Success puts
 * the result in the cache under its run key (a receipt for it renders without a request); a
 * held lock rejects with `RunLockHeldError` (409). Either way the workspace's lock state is
 * refetched, since the run took and released it, or met someone else's.
 */
export function useStartRun(
  workspaceId: string,
): UseMutationResult<RunResult, GovkitError, RunStartRequestInput> {
  const client = useGovkitClient();
  const queryClient = useQueryClient();
  return useMutation<RunResult, GovkitError, RunStartRequestInput>({
    mutationFn: (request) => client.runs.start(workspaceId, request),
    onSuccess: (result) => {
      queryClient.setQueryData(runGovernanceKeys.run(result.run_id), result);
    },
    onSettled: () =>
      queryClient.invalidateQueries({
        queryKey: runGovernanceKeys.lockState(workspaceId),
        exact: true,
      }),
  });
}
