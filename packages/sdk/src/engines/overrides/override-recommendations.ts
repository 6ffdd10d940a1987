import type { GovernanceAnalyticsReport } from '../../schemas/analytics/analytics-report';
import type { ReviewerCadence } from '../../schemas/analytics/reviewer-cadence';
import {
  type OverrideRecommendationsParamsInput,
  OverrideRecommendationsParamsSchema,
} from '../../schemas/overrides/override-action-request';
import type {
  OverrideRecommendation,
  OverrideRecommendationReport,
} from '../../schemas/overrides/override-recommendation';
import { type GovernanceDirectory, requireUser } from '../governance/directory';
import type { EventLog } from '../governance/event-log';
import { OVERRIDE_RECOMMENDATION_EVENT_TYPE } from '../governance/event-types';
import { type Clock, isoAt } from '../shared/clock';
import { parseEngineInput } from '../shared/engine-input';

const PRIORITY_RANK = { low: 0, medium: 1, high: 2 } as const;
const RAISED = { low: 'medium', medium: 'high', high: 'high' } as const;
type Priority = keyof typeof PRIORITY_RANK;

interface Rule {
  key: 'cadence_overload' | 'streak_cooldown' | 'blocker_churn_escalation';
  action: 'reassign' | 'cooldown' | 'escalate';
  priority: Priority;
  fires(row: ReviewerCadence): boolean;
  summary(name: string, row: ReviewerCadence): string;
}

/** The three rules of reference §2.1, in report order. */
const RULES: Rule[] = [
  {
    key: 'cadence_overload',
    action: 'reassign',
    priority: 'high',
    fires: (row) => row.load_band === 'saturated' && (row.latency_p90_minutes ?? 0) >= 240,
    summary: (name, row) =>
      `${name} is saturated (p90 review latency ${Math.round(row.latency_p90_minutes ?? 0)} min); reassign pending reviews`,
  },
  {
    key: 'streak_cooldown',
    action: 'cooldown',
    priority: 'medium',
    fires: (row) => row.streak_alert === true,
    summary: (name, row) =>
      `${name} published ${row.publish_streak} baselines in a row; schedule a cooldown`,
  },
  {
    key: 'blocker_churn_escalation',
    action: 'escalate',
    priority: 'high',
    fires: (row) => (row.blocked_ratio_trailing ?? 0) >= 0.5 && (row.churn_signal ?? 0) >= 2,
    summary: (name) => `${name}'s executions keep churning blockers; escalate up the ladder`,
  },
];

/**
 * Where recommendations read reviewer cadence from: the governance analytics engine's `compute`
 * satisfies it. A structural interface, so the overrides domain does not depend on analytics
 * (analytics already reads override events).
 */
export interface ReviewerCadenceSource {
  compute(
    actorId: string,
    params: { limit?: number; execution_id?: string },
  ): {
    as_of: string | null;
    report: Pick<GovernanceAnalyticsReport, 'reviewer_cadence'>;
    /** Executions each reviewer worked on (the recommendation's `related_execution_ids`). */
    reviewer_execution_ids: Record<string, string[]>;
  };
}

/**
 * Override recommendations (`GET /api/governance/recommendations/override`), derived from the
 * caller's reviewer cadence. Admins see every priority raised one step. New recommendations are
 * recorded once per related execution as `governance.recommendation.override` events, so the
 * timeline shows them.
 */
export function createOverrideRecommendations(options: {
  directory: GovernanceDirectory;
  events: EventLog;
  clock: Clock;
  analytics: ReviewerCadenceSource;
  /** Record recommendation events for the timeline. Default true. */
  recordEvents?: boolean;
}) {
  const { directory, events, clock, analytics } = options;

  function record(recommendation: OverrideRecommendation): void {
    for (const executionId of recommendation.related_execution_ids) {
      const seen = events
        .list({ execution_id: executionId, type_prefix: OVERRIDE_RECOMMENDATION_EVENT_TYPE })
        .some(
          (e) =>
            (e.payload.recommendation as { recommendation_id?: string } | undefined)
              ?.recommendation_id === recommendation.recommendation_id &&
            (e.payload.recommendation as { triggered_at?: string } | undefined)?.triggered_at ===
              recommendation.triggered_at,
        );
      if (seen) continue;
      events.append({
        execution_id: executionId,
        event_type: OVERRIDE_RECOMMENDATION_EVENT_TYPE,
        payload: {
          rule_key: recommendation.rule_key,
          recommendation: structuredClone(recommendation),
          reviewer_id: recommendation.reviewer_id ?? null,
          opted_out: false,
        },
      });
    }
  }

  return {
    /** Recommendations for the caller's scope (404/403 for a requested execution). */
    list(
      actorId: string,
      input: OverrideRecommendationsParamsInput = {},
    ): OverrideRecommendationReport {
      const params = parseEngineInput(OverrideRecommendationsParamsSchema, input);
      const user = requireUser(directory, actorId);
      const run = analytics.compute(actorId, {
        limit: params.limit,
        ...(params.execution_id ? { execution_id: params.execution_id } : {}),
      });
      const triggeredAt = run.as_of ?? isoAt(clock);
      const recommendations: OverrideRecommendation[] = [];
      for (const row of run.report.reviewer_cadence) {
        const name = row.reviewer_name ?? row.reviewer_email ?? row.reviewer_id;
        for (const rule of RULES) {
          if (!rule.fires(row)) continue;
          const priority: Priority = user.is_admin ? RAISED[rule.priority] : rule.priority;
          recommendations.push({
            recommendation_id: `${rule.key}:${row.reviewer_id}`,
            rule_key: rule.key,
            action: rule.action,
            priority,
            summary: rule.summary(name, row),
            detail: null,
            reviewer_id: row.reviewer_id,
            reviewer_name: row.reviewer_name ?? null,
            reviewer_email: row.reviewer_email ?? null,
            triggered_at: triggeredAt,
            related_execution_ids: run.reviewer_execution_ids[row.reviewer_id] ?? [],
            metrics: {
              load_band: row.load_band,
              average_latency_minutes: row.average_latency_minutes ?? null,
              latency_p90_minutes: row.latency_p90_minutes ?? null,
              blocked_ratio_trailing: row.blocked_ratio_trailing ?? null,
              churn_signal: row.churn_signal ?? null,
              publish_streak: row.publish_streak,
              pending_count: row.pending_count,
              assignment_count: row.assignment_count,
              ...(rule.action === 'escalate'
                ? {
                    blocked_ratio: row.blocked_ratio_trailing ?? null,
                    churn: row.churn_signal ?? null,
                  }
                : {}),
            },
            allow_opt_out: true,
          });
        }
      }
      recommendations.sort(
        (a, b) =>
          PRIORITY_RANK[b.priority as Priority] - PRIORITY_RANK[a.priority as Priority] ||
          (a.recommendation_id < b.recommendation_id
            ? -1
            : a.recommendation_id > b.recommendation_id
              ? 1
              : 0),
      );
      const limited = recommendations.slice(0, params.limit);
      if (options.recordEvents ?? true) for (const item of limited) record(item);
      return { generated_at: isoAt(clock), recommendations: limited };
    },
  };
}

/** The recommendations engine returned by {@link createOverrideRecommendations}. */
export type OverrideRecommendations = ReturnType<typeof createOverrideRecommendations>;
