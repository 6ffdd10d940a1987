import type {
  OverrideActionOutcome,
  OverrideActionRequestInput,
  OverrideReverseRequestInput,
} from '@govkit/sdk';
import { type InvalidateQueryFilters, useQueryClient } from '@tanstack/react-query';
import { governanceAnalyticsInvalidation } from '../analytics/governance-analytics-invalidation';
import {
  OVERRIDE_VERB_TARGETS,
  type OverrideActionState,
} from '../override-actions/use-override-actions';
import { useGovkitClient } from '../provider/govkit-context';
import { overrideKeys, timelineKeys } from '../query/govkit-keys';
import { type InvalidationTarget, useOptimisticMutation } from '../query/use-optimistic-mutation';

/** The override writes and the status each leads to. */
export { OVERRIDE_VERB_TARGETS };
export type OverrideWriteVerb = keyof typeof OVERRIDE_VERB_TARGETS;

export type OverrideWriteVariables =
  | { verb: 'accept' | 'decline' | 'execute'; body: OverrideActionRequestInput }
  | { verb: 'reverse'; body: OverrideReverseRequestInput };

/**
 * The timeline queries an override write on `executionId` changes: every page of that
 * execution's timeline and of the unscoped timeline (`timelineKeys.entries`), and the
 * entry lookups under `timelineKeys.execution`. Other executions' timelines keep their
 * cache; the stream-written live state is never refetched (the stream owns it).
 */
export function overrideTimelineInvalidation(executionId: string): InvalidateQueryFilters[] {
  const entries = timelineKeys.scope('entries');
  return [
    { queryKey: timelineKeys.execution(executionId) },
    {
      queryKey: entries,
      predicate: (query) => {
        const params = query.queryKey[entries.length] as { execution_id?: string } | undefined;
        return !params?.execution_id || params.execution_id === executionId;
      },
    },
  ];
}

/**
 * Accept, decline, execute or reverse one recommendation's override on one execution. The new
 * status shows at once in the override's cached state (`overrideKeys.outcome`); a
 * refusal restores it. On success the server's outcome replaces it; settling refetches that
 * state, the execution's timeline and the analytics reports that cover the execution (a refused
 * write changed nothing on the server, so then only the state refetches).
 */
export function useOverrideActionMutation(executionId: string, recommendationId: string) {
  const client = useGovkitClient();
  const queryClient = useQueryClient();
  const stateKey = overrideKeys.outcome(executionId, recommendationId);
  return useOptimisticMutation<
    OverrideActionOutcome,
    OverrideWriteVariables,
    OverrideActionState | null
  >({
    mutationFn: (variables) =>
      variables.verb === 'reverse'
        ? client.overrides.reverse(recommendationId, variables.body)
        : client.overrides[variables.verb](recommendationId, variables.body),
    queryKey: () => stateKey,
    optimisticUpdate: (cached, { verb }) => ({
      ...(cached ?? { reversible: false }),
      status: OVERRIDE_VERB_TARGETS[verb],
    }),
    // The server's word replaces the optimistic one before the refetch confirms it.
    onSuccess: (outcome) => queryClient.setQueryData<OverrideActionState | null>(stateKey, outcome),
    invalidates: (_variables, outcome): InvalidationTarget[] =>
      outcome
        ? [
            stateKey,
            ...overrideTimelineInvalidation(executionId),
            governanceAnalyticsInvalidation([executionId]),
          ]
        : [stateKey],
  });
}
