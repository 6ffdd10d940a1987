import type { GovernanceAnalyticsReport } from '../../schemas/analytics/analytics-report';
import type {
  GovernanceAnalyticsResult,
  GovernanceAnalyticsTotals,
} from '../../schemas/analytics/analytics-result';
import type {
  GovernanceReviewerView,
  ReviewerCadence,
} from '../../schemas/analytics/reviewer-cadence';
import type { GovernanceDirectory } from '../governance/directory';
import type { EventLog } from '../governance/event-log';
import { computeApprovalStageMeta } from './analytics-approval-stages';
import { listAnalyticsOverrideEvents, listAnalyticsPreviewEvents } from './analytics-inputs';
import { computeLineageSummary } from './analytics-lineage-buckets';
import {
  analyticsMean,
  analyticsPercentile,
  roundAnalytics,
  roundAnalyticsOrNull,
} from './analytics-math';
import { computeReviewerCadence } from './analytics-reviewer-cadence';
import type { GovernanceReadScope } from './analytics-scope';
import type { AnalyticsBaseline, AnalyticsSources } from './analytics-sources';
import { computeAnalyticsResult, executionBaselineStats } from './compute-analytics-result';

/** Inputs of {@link computeGovernanceAnalytics}. */
export interface GovernanceAnalyticsInput {
  directory: GovernanceDirectory;
  events: EventLog;
  sources: AnalyticsSources;
  /** Who asks and which executions they may read (see `resolveGovernanceReadScope`). */
  scope: GovernanceReadScope;
  /** How many preview summaries (newest first) to read, 1–200. */
  limit: number;
  /** "Now" for open overdue stages. */
  nowMs: number;
}

/** The report plus what the timeline and recommendations need from the same run. */
export interface GovernanceAnalyticsComputation {
  report: GovernanceAnalyticsReport;
  /**
   * Newest input timestamp (preview, override event, baseline activity); null with no inputs.
   * Timeline analytics entries use it as their stable `occurred_at`.
   */
  as_of: string | null;
  /** Executions each visible reviewer is involved in (recommendations' related executions). */
  reviewer_execution_ids: Record<string, string[]>;
  /** Executions the run covered (the cache entry's invalidation scope). */
  scope_execution_ids: string[];
}

const baselineTimes = (b: AnalyticsBaseline) =>
  [b.submitted_at, b.reviewed_at, b.published_at, b.rolled_back_at, b.updated_at].filter(
    (t): t is string => typeof t === 'string',
  );

/**
 * Governance analytics (reference §3.8) over a read scope: one result per preview summary (newest
 * `limit`), reviewer cadence, lineage summary, totals and approval-stage meta. Overrides,
 * baselines and reviewer activity are counted once per execution, however many previews it has
 * (never re-added per preview).
 */
export function computeGovernanceAnalytics(
  input: GovernanceAnalyticsInput,
): GovernanceAnalyticsComputation {
  const { directory, events, sources, scope } = input;
  const executionIds = scope.execution_ids;
  const previews = listAnalyticsPreviewEvents(events, executionIds, input.limit);
  const overrides = listAnalyticsOverrideEvents(events, executionIds);
  const baselines = sources.listBaselines(executionIds);
  const statsByExecution = new Map(
    [...new Set(previews.map((p) => p.execution_id))].map((id) => [
      id,
      executionBaselineStats(baselines.filter((b) => b.execution_id === id)),
    ]),
  );
  const results = previews.map((preview) =>
    computeAnalyticsResult(
      preview,
      directory.getExecution(preview.execution_id),
      overrides.filter((o) => o.execution_id === preview.execution_id),
      statsByExecution.get(preview.execution_id) ?? executionBaselineStats([]),
    ),
  );
  const cadence = computeReviewerCadence(directory, scope.viewer, baselines, results);
  const report: GovernanceAnalyticsReport = {
    results,
    reviewer_cadence: cadence.rows,
    totals: computeTotals(results, [...statsByExecution.values()], cadence.rows, cadence.latencies),
    lineage_summary: computeLineageSummary(overrides),
    meta:
      executionIds.length > 0
        ? computeApprovalStageMeta(sources.listExports(executionIds), input.nowMs)
        : null,
  };
  const times = [
    ...previews.map((p) => p.created_at),
    ...overrides.map((o) => o.created_at),
    ...baselines.flatMap(baselineTimes),
  ]
    .map((t) => Date.parse(t))
    .filter(Number.isFinite);
  return {
    report,
    as_of: times.length > 0 ? new Date(Math.max(...times)).toISOString() : null,
    reviewer_execution_ids: cadence.executionsByReviewer,
    scope_execution_ids: [...executionIds],
  };
}

function nonNull(values: Array<number | null | undefined>): number[] {
  return values.filter((v): v is number => typeof v === 'number');
}

function computeTotals(
  results: readonly GovernanceAnalyticsResult[],
  executionStats: ReadonlyArray<ReturnType<typeof executionBaselineStats>>,
  reviewers: readonly ReviewerCadence[],
  latencies: readonly number[],
): GovernanceAnalyticsTotals {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    preview_count: results.length,
    average_blocked_ratio: roundAnalytics(analyticsMean(results.map((r) => r.blocked_ratio)) ?? 0),
    total_new_blockers: sum(results.map((r) => r.new_blocker_count)),
    total_resolved_blockers: sum(results.map((r) => r.resolved_blocker_count)),
    average_sla_within_target_ratio: roundAnalyticsOrNull(
      analyticsMean(nonNull(results.map((r) => r.sla_within_target_ratio))),
    ),
    // Per execution, not per result: an execution with three previews has one set of baselines.
    total_baseline_versions: sum(executionStats.map((s) => s.baseline_version_count)),
    total_rollbacks: sum(executionStats.map((s) => s.rollback_count)),
    average_approval_latency_minutes: roundAnalyticsOrNull(
      analyticsMean(nonNull(executionStats.map((s) => s.approval_latency_minutes))),
    ),
    average_publication_cadence_days: roundAnalyticsOrNull(
      analyticsMean(nonNull(executionStats.map((s) => s.publication_cadence_days))),
    ),
    ...reviewerTotals(reviewers, latencies),
  };
}

function reviewerTotals(reviewers: readonly ReviewerCadence[], latencies: readonly number[]) {
  const bands = { light: 0, steady: 0, saturated: 0 };
  for (const row of reviewers) {
    const band = row.load_band as keyof typeof bands;
    if (band in bands) bands[band] += 1;
  }
  return {
    reviewer_count: reviewers.length,
    streak_alert_count: reviewers.filter((r) => r.streak_alert).length,
    reviewer_latency_p50_minutes: roundAnalyticsOrNull(analyticsPercentile(latencies, 50)),
    reviewer_latency_p90_minutes: roundAnalyticsOrNull(analyticsPercentile(latencies, 90)),
    reviewer_load_band_counts: bands,
  };
}

/** The reviewer view (`view=reviewer`): the cadence rows and their totals, from a full report. */
export function toGovernanceReviewerView(
  report: GovernanceAnalyticsReport,
): GovernanceReviewerView {
  const { totals } = report;
  return {
    reviewers: structuredClone(report.reviewer_cadence),
    totals: {
      reviewer_count: totals.reviewer_count,
      streak_alert_count: totals.streak_alert_count,
      reviewer_latency_p50_minutes: totals.reviewer_latency_p50_minutes ?? null,
      reviewer_latency_p90_minutes: totals.reviewer_latency_p90_minutes ?? null,
      load_band_counts: structuredClone(totals.reviewer_load_band_counts),
    },
  };
}
