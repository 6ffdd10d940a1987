import type {
  Baseline,
  BaselinePublish,
  BaselineReview,
  BaselineRollback,
  BaselineStatus,
} from '@govkit/sdk';
import { useQueryClient } from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { govkitKeys } from '../query/govkit-keys';
import { useOptimisticMutation } from '../query/use-optimistic-mutation';

/** The status a baseline shows the moment an action is sent (the server's answer replaces it). */
function withStatus(baseline: Baseline, status: BaselineStatus): Baseline {
  return { ...baseline, status };
}

/**
 * The lifecycle actions on one baseline: `review` (approve or reject), `publish` and `rollback`.
 * Each shows its new status at once, restores the cached baseline exactly if the server refuses
 * (403 for a user who may not act, 400 for a stale status), and refetches exactly the baseline
 * (and, for a rollback, the baseline lists and the version `target_version_id` reinstates).
 */
export function useBaselineActions(baselineId: string) {
  const client = useGovkitClient();
  const queryClient = useQueryClient();
  const key = govkitKeys.baselines.detail(baselineId);
  const settle = (data: Baseline) => queryClient.setQueryData(key, data);
  const review = useOptimisticMutation<Baseline, BaselineReview, Baseline>({
    mutationFn: (body) => client.baselines.review(baselineId, body),
    queryKey: () => key,
    optimisticUpdate: (cached, body) =>
      withStatus(cached, body.decision === 'approve' ? 'approved' : 'rejected'),
    invalidates: () => [key],
    onSuccess: settle,
  });
  const publish = useOptimisticMutation<Baseline, BaselinePublish, Baseline>({
    mutationFn: (body) => client.baselines.publish(baselineId, body),
    queryKey: () => key,
    optimisticUpdate: (cached) => withStatus(cached, 'published'),
    invalidates: () => [key],
    onSuccess: settle,
  });
  const rollback = useOptimisticMutation<Baseline, BaselineRollback, Baseline>({
    mutationFn: (body) => client.baselines.rollback(baselineId, body),
    queryKey: () => key,
    optimisticUpdate: (cached) => withStatus(cached, 'rolled_back'),
    // A rollback changes this baseline, the reinstated version and which one is current, so
    // every baseline list (each may show either) refreshes too.
    invalidates: (body) =>
      body.target_version_id
        ? [
            key,
            govkitKeys.baselines.detail(String(body.target_version_id)),
            govkitKeys.baselines.scope('list'),
          ]
        : [key, govkitKeys.baselines.scope('list')],
    onSuccess: settle,
  });
  return { review, publish, rollback };
}
