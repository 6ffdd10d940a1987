import type { ExperimentPreviewRequest, ExperimentPreviewResponse, GovkitError } from '@govkit/sdk';
import { type UseQueryResult, useQuery, useQueryClient } from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { govkitKeys } from '../query/govkit-keys';

/**
 * Simulate an execution's approval ladder against a published workflow template snapshot
 * (`POST /api/experiments/{execution_id}/preview`). A POST, but a read for the user: the result is
 * cached per request and kept (no refetch on focus or remount), because every run records a
 * `governance.preview.summary` event. `refetch()` runs it again; each run refreshes analytics,
 * which reads those events.
 */
export function useExperimentPreview(
  executionId: string,
  request: ExperimentPreviewRequest,
  options: { enabled?: boolean } = {},
): UseQueryResult<ExperimentPreviewResponse, GovkitError> {
  const client = useGovkitClient();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: govkitKeys.preview.simulation(executionId, request),
    queryFn: async ({ signal }) => {
      const result = await client.preview.create(executionId, request, { signal });
      void queryClient.invalidateQueries({ queryKey: govkitKeys.analytics.all });
      return result;
    },
    enabled: options.enabled ?? true,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: false,
  });
}
