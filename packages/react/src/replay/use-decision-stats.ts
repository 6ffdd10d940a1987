import type {
  BlockedReasonsStats,
  DecisionLagStats,
  DecisionTypesStats,
  GovkitError,
  ReplayWindow,
} from '@govkit/sdk';
import { keepPreviousData, type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { govkitKeys } from '../query/govkit-keys';

// Switching the window keeps the previous window's bars on screen (marked stale by the widget)
// instead of flashing a skeleton for every click.

/** `GET /api/governance/stats/blocked-reasons`: the tasks blocked most often in the window. */
export function useBlockedReasonsStats(params: {
  window: ReplayWindow;
  topN?: number | undefined;
}): UseQueryResult<BlockedReasonsStats, GovkitError> {
  const client = useGovkitClient();
  const query = { window: params.window, top_n: params.topN ?? 10 };
  return useQuery({
    queryKey: govkitKeys.replay.stats('blocked-reasons', query),
    queryFn: ({ signal }) => client.replay.stats.blockedReasons(query, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** `GET /api/governance/stats/decision-types`: decision counts by type in the window. */
export function useDecisionTypesStats(params: {
  window: ReplayWindow;
}): UseQueryResult<DecisionTypesStats, GovkitError> {
  const client = useGovkitClient();
  const query = { window: params.window };
  return useQuery({
    queryKey: govkitKeys.replay.stats('decision-types', query),
    queryFn: ({ signal }) => client.replay.stats.decisionTypes(query, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** `GET /api/governance/stats/decision-lag`: lag percentiles (seconds) in the window. */
export function useDecisionLagStats(params: {
  window: ReplayWindow;
  percentile?: number | undefined;
}): UseQueryResult<DecisionLagStats, GovkitError> {
  const client = useGovkitClient();
  const query = { window: params.window, pctl: params.percentile ?? 95 };
  return useQuery({
    queryKey: govkitKeys.replay.stats('decision-lag', query),
    queryFn: ({ signal }) => client.replay.stats.decisionLag(query, { signal }),
    placeholderData: keepPreviousData,
  });
}
