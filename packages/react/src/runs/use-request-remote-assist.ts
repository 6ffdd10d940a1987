import type { GovkitError, RemoteAssistRequest, RemoteAssistRequestBody } from '@govkit/sdk';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { runGovernanceKeys } from '../query/run-governance-keys';

/**
 * File a remote-assist request for a workspace (`POST /api/workspaces/{id}/remote-assist`,
 * seed 003 Part F). Nothing is shown before the server has the request (it is a message to
 * people, not a toggle), so there is no optimistic update; the workspace's request list is
 * refetched once it settles. A sixth request within the hour rejects with `RateLimitError`
 * (429, `Retry-After`), which the client never retries.
 */
export function useRequestRemoteAssist(
  workspaceId: string,
): UseMutationResult<RemoteAssistRequest, GovkitError, RemoteAssistRequestBody> {
  const client = useGovkitClient();
  const queryClient = useQueryClient();
  return useMutation<RemoteAssistRequest, GovkitError, RemoteAssistRequestBody>({
    mutationFn: (body) => client.runs.remoteAssist.create(workspaceId, body),
    onSettled: () =>
      queryClient.invalidateQueries({
        queryKey: runGovernanceKeys.remoteAssist(workspaceId),
        exact: true,
      }),
  });
}
