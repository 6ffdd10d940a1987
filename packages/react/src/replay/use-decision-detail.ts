import type { DecisionDetail, GovkitError } from '@govkit/sdk';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { govkitKeys } from '../query/govkit-keys';

/**
 * One decision's snapshot (`GET /api/governance/decisions/{decision_id}`); `NotFoundError` for an
 * unknown decision. Disabled while `decisionId` is empty (nothing selected yet).
 */
export function useDecisionDetail(decisionId: string): UseQueryResult<DecisionDetail, GovkitError> {
  const client = useGovkitClient();
  return useQuery({
    queryKey: govkitKeys.replay.decision(decisionId),
    queryFn: ({ signal }) => client.replay.decisions.retrieve(decisionId, { signal }),
    enabled: decisionId !== '',
  });
}
