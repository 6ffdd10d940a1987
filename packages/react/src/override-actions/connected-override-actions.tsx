import { ReversalLockedError } from '@govkit/sdk';
import { useMemo } from 'react';
import { useLineageSummary } from '../overrides/use-lineage-summary';
import { useOverrideActionMutation } from '../overrides/use-override-action-mutations';
import {
  recommendationFromState,
  useOverrideRecommendation,
  useOverrideState,
} from '../overrides/use-override-state';
import { OverrideActions, type OverrideActionsProps } from './override-actions';
import type { OverrideLineageOption, OverrideLineageOptions } from './use-override-actions';

export interface ConnectedOverrideActionsProps
  extends Omit<
    OverrideActionsProps,
    | 'recommendation'
    | 'override'
    | 'error'
    | 'onRetry'
    | 'onAccept'
    | 'onDecline'
    | 'onExecute'
    | 'onReverse'
  > {
  /** The recommendation acted on (`cadence_overload:user-manager`, …). */
  recommendationId: string;
}

function merge(
  fromApi: readonly OverrideLineageOption[],
  fromHost: readonly OverrideLineageOption[] | undefined,
): OverrideLineageOption[] {
  const seen = new Set<string>();
  return [...(fromHost ?? []), ...fromApi].filter(
    (option) => !seen.has(option.id) && seen.add(option.id),
  );
}

/**
 * The override actions of one recommendation on one execution, fetched and written through the
 * {@link GovkitProvider}'s client and cache: the recommendation (override recommendations of the
 * execution), where its override stands (the execution's timeline), and the lineage picker's
 * options (the scenarios and notebook entries of the analytics lineage summary, after the
 * host's own `lineageOptions`). Writes show at once and roll back on refusal; they refresh the
 * execution's timeline and analytics. A refused reversal's lock is shown until it expires.
 */
export function ConnectedOverrideActions({
  executionId,
  recommendationId,
  lineageOptions,
  lock,
  ...props
}: ConnectedOverrideActionsProps) {
  const recommendation = useOverrideRecommendation(executionId, recommendationId);
  const state = useOverrideState(executionId, recommendationId);
  const summary = useLineageSummary({ executionId });
  const mutation = useOverrideActionMutation(executionId, recommendationId);
  const options = useMemo<OverrideLineageOptions>(() => {
    const scenarios = (summary.data?.scenarios ?? []).flatMap((item) =>
      item.scenario_id
        ? [{ id: item.scenario_id, label: item.scenario_name || item.scenario_id }]
        : [],
    );
    const notebooks = (summary.data?.notebooks ?? []).flatMap((item) =>
      item.notebook_entry_id
        ? [{ id: item.notebook_entry_id, label: item.notebook_title || item.notebook_entry_id }]
        : [],
    );
    return {
      scenarios: merge(scenarios, lineageOptions?.scenarios),
      notebookEntries: merge(notebooks, lineageOptions?.notebookEntries),
    };
  }, [summary.data, lineageOptions]);
  // The last refusal's lock, until the host's live lock (the stream) says more.
  const refusedLock =
    mutation.error instanceof ReversalLockedError
      ? { holder: mutation.error.lockHolder, retryAt: mutation.error.retryAt }
      : undefined;
  const error = recommendation.error ?? state.error ?? undefined;
  const loaded = !recommendation.isPending && !state.isPending;
  const current =
    recommendation.data ??
    (state.data ? recommendationFromState(recommendationId, state.data) : null);
  return (
    <OverrideActions
      {...props}
      executionId={executionId}
      recommendation={loaded ? current : undefined}
      override={state.data}
      lock={lock ?? refusedLock}
      lineageOptions={options}
      error={error}
      onRetry={() => {
        void recommendation.refetch();
        void state.refetch();
      }}
      onAccept={(body) => mutation.mutateAsync({ verb: 'accept', body })}
      onDecline={(body) => mutation.mutateAsync({ verb: 'decline', body })}
      onExecute={(body) => mutation.mutateAsync({ verb: 'execute', body })}
      onReverse={(body) => mutation.mutateAsync({ verb: 'reverse', body })}
    />
  );
}
