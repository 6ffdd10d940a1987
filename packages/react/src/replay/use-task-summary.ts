import type { GovkitError, TaskGovernanceSummary } from '@govkit/sdk';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { govkitKeys } from '../query/govkit-keys';

/**
 * A task's governance summary (`GET /api/governance/tasks/{task_id}/summary`). The error is the
 * sdk's typed error, unchanged: `error instanceof NotFoundError` for an unknown task.
 */
export function useTaskSummary(
  taskId: string,
  options: { enabled?: boolean } = {},
): UseQueryResult<TaskGovernanceSummary, GovkitError> {
  const client = useGovkitClient();
  return useQuery({
    queryKey: govkitKeys.replay.taskSummary(taskId),
    queryFn: ({ signal }) => client.replay.tasks.summary(taskId, { signal }),
    enabled: options.enabled ?? true,
  });
}
