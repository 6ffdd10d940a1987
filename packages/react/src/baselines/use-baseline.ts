import type { Baseline, GovkitError } from '@govkit/sdk';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { govkitKeys } from '../query/govkit-keys';

/**
 * One baseline with its events, newest first (`GET /api/governance/baselines/{baseline_id}`).
 * A 404 rejects with `NotFoundError`, a baseline the user may not see with
 * `PermissionDeniedError`.
 */
export function useBaseline(baselineId: string): UseQueryResult<Baseline, GovkitError> {
  const client = useGovkitClient();
  return useQuery<Baseline, GovkitError>({
    queryKey: govkitKeys.baselines.detail(baselineId),
    queryFn: ({ signal }) => client.baselines.retrieve(baselineId, { signal }),
  });
}
