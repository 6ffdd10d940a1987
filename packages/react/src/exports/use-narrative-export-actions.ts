import type { NarrativeExport, NarrativeExportList } from '@govkit/sdk';
import { useQueryClient } from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { govkitKeys } from '../query/govkit-keys';
import { useOptimisticMutation } from '../query/use-optimistic-mutation';
import { applyLadderAction, type LadderActionVariables, replaceExport } from './ladder-optimistic';

/**
 * Approve, reject, delegate or reset a stage of an execution's narrative export, as one mutation:
 * the ladder shows the outcome at once, a refusal (403, 409, …) restores the cached exports exactly
 * as they were, and the server's answer replaces the export before the list is refetched. Only
 * the execution's export list is invalidated: it is the one query these commands change.
 */
export function useNarrativeExportActions(executionId: string) {
  const client = useGovkitClient();
  const queryClient = useQueryClient();
  const key = govkitKeys.exports.narratives(executionId);
  return useOptimisticMutation<NarrativeExport, LadderActionVariables, NarrativeExportList>({
    mutationFn: (action) => {
      const notes = action.notes?.trim() ? action.notes : undefined;
      switch (action.kind) {
        case 'approve':
          return client.exports.approve(executionId, action.exportId, {
            status: action.status,
            signature: action.signature,
            stage_id: action.stageId,
            notes,
          });
        case 'delegate':
          return client.exports.stages.delegate(executionId, action.exportId, action.stageId, {
            delegate_id: action.delegateId,
            notes,
          });
        case 'reset':
          return client.exports.stages.reset(executionId, action.exportId, action.stageId, {
            notes,
          });
      }
    },
    queryKey: () => key,
    optimisticUpdate: (cached, action) =>
      replaceExport(cached, action.exportId, (record) =>
        applyLadderAction(record, action, new Date().toISOString()),
      ),
    invalidates: () => [key],
    onSuccess: (answer) => {
      queryClient.setQueryData<NarrativeExportList>(key, (cached) =>
        cached ? replaceExport(cached, answer.id, () => answer) : cached,
      );
    },
  });
}
