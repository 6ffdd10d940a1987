import type { GovkitError, OverrideRecommendation, TimelineEntry } from '@govkit/sdk';
import { overrideRuleKeyOf } from '@govkit/sdk/schemas';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { OverrideActionState } from '../override-actions/use-override-actions';
import { useGovkitClient } from '../provider/govkit-context';
import { overrideKeys } from '../query/govkit-keys';
import { humanize } from '../shared/humanize';

// The largest page the timeline endpoint serves: fewest round trips while looking for the entry.
const PAGE_SIZE = 200;

/** The override state an `override_action` timeline entry records, if it is one for `id`. */
export function overrideStateFromEntry(
  entry: TimelineEntry,
  recommendationId: string,
): OverrideActionState | undefined {
  if (entry.entry_type !== 'override_action' || !('recommendation_id' in entry.detail)) return;
  const { detail } = entry as Extract<TimelineEntry, { entry_type: 'override_action' }>;
  if (detail.recommendation_id !== recommendationId) return;
  return {
    id: detail.override_id ?? null,
    action: detail.action ?? entry.action ?? undefined,
    status: (detail.status ?? entry.status) as OverrideActionState['status'],
    // `reversible` lives only in the nested detail snapshot (it is not a top-level event key).
    reversible: detail.detail?.reversible === true,
    cooldown_expires_at: detail.cooldown_expires_at ?? null,
    cooldown_window_minutes: detail.cooldown_window_minutes ?? null,
  };
}

/**
 * Where one recommendation's override on one execution stands, read from the execution's
 * decision timeline (newest first: the first `override_action` entry of the recommendation is
 * its latest write); `null` when nobody acted on it yet. Override writes update it at once
 * (`useOverrideActionMutation`) and refetch it when they settle.
 */
export function useOverrideState(
  executionId: string,
  recommendationId: string,
): UseQueryResult<OverrideActionState | null, GovkitError> {
  const client = useGovkitClient();
  return useQuery({
    queryKey: overrideKeys.outcome(executionId, recommendationId),
    queryFn: async ({ signal }) => {
      const pages = client.timeline.list(
        { execution_id: executionId, limit: PAGE_SIZE },
        { signal },
      );
      for await (const entry of pages) {
        const state = overrideStateFromEntry(entry, recommendationId);
        if (state) return state;
      }
      return null;
    },
  });
}

/**
 * The recommendation an override was written for, when the rules no longer raise it (the load
 * it answered has eased): its id, rule and action, with the rule as its summary, so an executed
 * override stays reversible after its recommendation is gone.
 */
export function recommendationFromState(
  recommendationId: string,
  state: OverrideActionState,
): OverrideRecommendation | null {
  if (!state.action) return null;
  const ruleKey = overrideRuleKeyOf(recommendationId);
  return {
    recommendation_id: recommendationId,
    rule_key: ruleKey,
    action: state.action,
    priority: '',
    summary: humanize(ruleKey),
    triggered_at: '',
    related_execution_ids: [],
    metrics: {},
    allow_opt_out: true,
  };
}

/**
 * One override recommendation of an execution (`GET …/recommendations/override`), `null` when
 * the rules no longer raise it. The list is cached per execution, so every recommendation of
 * the execution shares one request.
 */
export function useOverrideRecommendation(
  executionId: string,
  recommendationId: string,
): UseQueryResult<OverrideRecommendation | null, GovkitError> {
  const client = useGovkitClient();
  return useQuery({
    queryKey: overrideKeys.list({ executionId }),
    queryFn: ({ signal }) =>
      client.overrides.recommendations.list({ execution_id: executionId, limit: 200 }, { signal }),
    select: (report) =>
      report.recommendations.find((item) => item.recommendation_id === recommendationId) ?? null,
  });
}
