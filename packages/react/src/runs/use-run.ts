import type { GovkitError, RunResult } from '@govkit/sdk';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { runGovernanceKeys } from '../query/run-governance-keys';

/** One governed run's result (`GET /api/runs/{run_id}`): manifest, conclusion, watch list. */
export function useRun(
  runId: string,
  options: { enabled?: boolean } = {},
): UseQueryResult<RunResult, GovkitError> {
  const client = useGovkitClient();
  return useQuery({
    queryKey: runGovernanceKeys.run(runId),
    queryFn: ({ signal }) => client.runs.retrieve(runId, { signal }),
    enabled: options.enabled ?? true,
  });
}
