import type { BaselineCollection, BaselineListParams, GovkitError } from '@govkit/sdk';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { govkitKeys } from '../query/govkit-keys';

/**
 * The baselines the user may see, newest first (`GET /api/governance/baselines`), filtered by
 * execution or protocol template. `enabled: false` waits (e.g. until the template id is known).
 */
export function useBaselines(
  params: BaselineListParams,
  options: { enabled?: boolean } = {},
): UseQueryResult<BaselineCollection, GovkitError> {
  const client = useGovkitClient();
  return useQuery<BaselineCollection, GovkitError>({
    queryKey: govkitKeys.baselines.list(params),
    queryFn: ({ signal }) => client.baselines.list(params, { signal }),
    enabled: options.enabled ?? true,
  });
}
