import type {
  AnalyticsSlaSample,
  GovernanceAnalyticsResult,
} from '../../schemas/analytics/analytics-result';
import type { DirectoryExecution } from '../governance/directory';
import type { AnalyticsOverrideEvent, AnalyticsPreviewEvent } from './analytics-inputs';
import {
  analyticsMean,
  analyticsMinutesBetween,
  roundAnalytics,
  roundAnalyticsOrNull,
} from './analytics-math';
import type { AnalyticsBaseline } from './analytics-sources';

/** One execution's baseline activity, computed once per execution however many previews it has. */
export interface ExecutionBaselineStats {
  baseline_version_count: number;
  rollback_count: number;
  approval_latency_minutes: number | null;
  publication_cadence_days: number | null;
}

/**
 * Baseline counts and latencies of one execution: approval latency = mean (reviewed − submitted)
 * minutes; publication cadence = mean gap in days between consecutive publishes.
 */
export function executionBaselineStats(
  baselines: readonly AnalyticsBaseline[],
): ExecutionBaselineStats {
  const latencies = baselines
    .map((b) => analyticsMinutesBetween(b.submitted_at, b.reviewed_at))
    .filter((v): v is number => v !== null);
  const publishes = baselines
    .map((b) => (b.published_at ? Date.parse(b.published_at) : Number.NaN))
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const gaps = publishes.slice(1).map((t, i) => (t - (publishes[i] ?? t)) / 86_400_000);
  return {
    baseline_version_count: baselines.length,
    rollback_count: baselines.filter((b) => b.status === 'rolled_back' || Boolean(b.rolled_back_at))
      .length,
    approval_latency_minutes: roundAnalyticsOrNull(analyticsMean(latencies)),
    publication_cadence_days: roundAnalyticsOrNull(analyticsMean(gaps)),
  };
}

function slaSamples(preview: AnalyticsPreviewEvent, execution: DirectoryExecution | undefined) {
  const completion = new Map<number, number>();
  for (const step of execution?.steps ?? []) {
    const at = step.completed_at ? Date.parse(step.completed_at) : Number.NaN;
    if (Number.isFinite(at)) completion.set(step.index, at);
  }
  return preview.payload.stage_predictions.map((stage): AnalyticsSlaSample => {
    const finished = stage.mapped_step_indexes
      .map((index) => completion.get(index))
      .filter((v): v is number => v !== undefined);
    // A stage is done only when every mapped step is; its actual time is the latest of them.
    const done =
      stage.mapped_step_indexes.length > 0 && finished.length === stage.mapped_step_indexes.length;
    const actual = done ? Math.max(...finished) : null;
    const predicted = stage.projected_due_at ? Date.parse(stage.projected_due_at) : Number.NaN;
    const delta =
      actual !== null && Number.isFinite(predicted)
        ? Math.floor((actual - predicted) / 60_000)
        : null;
    return {
      stage_index: stage.index,
      predicted_due_at: stage.projected_due_at ?? null,
      actual_completed_at: actual === null ? null : new Date(actual).toISOString(),
      delta_minutes: delta,
      within_target: delta === null ? null : delta <= 0,
    };
  });
}

/**
 * One preview summary's analytics (reference §3.8): blocking, SLA samples adjusted by the
 * execution's executed/reversed overrides (cooldown ±1 within and total, ∓ ladder, ∓ minutes
 * sample; reassign ladder += added − removed; escalate ±0.5), ladder load, risk and the
 * execution's baseline activity.
 */
export function computeAnalyticsResult(
  preview: AnalyticsPreviewEvent,
  execution: DirectoryExecution | undefined,
  overrides: readonly AnalyticsOverrideEvent[],
  baselines: ExecutionBaselineStats,
): GovernanceAnalyticsResult {
  const summary = preview.payload;
  const blockedRatio =
    summary.stage_count > 0 ? summary.blocked_stage_count / summary.stage_count : 0;
  const samples = slaSamples(preview, execution);
  const evaluated = samples.filter((s) => s.delta_minutes !== null);
  let within = evaluated.filter((s) => s.within_target === true).length;
  let total = evaluated.length;
  let ladderDelta = 0;
  let netCooldown = 0;
  const deltas = evaluated.map((s) => s.delta_minutes ?? 0);
  for (const event of overrides) {
    const sign = event.status === 'executed' ? 1 : -1;
    if (event.action === 'cooldown') {
      within += sign;
      total += sign;
      ladderDelta -= sign;
      if (event.cooldown_minutes !== null) {
        deltas.push(-sign * event.cooldown_minutes);
        netCooldown += sign * event.cooldown_minutes;
      }
    } else if (event.action === 'reassign') {
      const before = new Set(event.reviewer_ids_before);
      const after = new Set(event.reviewer_ids_after);
      const added = [...after].filter((id) => !before.has(id)).length;
      const removed = [...before].filter((id) => !after.has(id)).length;
      ladderDelta += added - removed;
    } else if (event.action === 'escalate') {
      ladderDelta += sign * 0.5;
    }
  }
  const denominator = Math.max(0, total);
  const slaRatio = denominator === 0 ? null : Math.max(0, within) / denominator;
  const risk = blockedRatio + Math.max(0, 1 - (slaRatio ?? 1));
  return {
    execution_id: preview.execution_id,
    preview_event_id: preview.id,
    snapshot_id: summary.snapshot_id,
    baseline_snapshot_id: summary.baseline_snapshot_id ?? null,
    generated_at: summary.generated_at,
    stage_count: summary.stage_count,
    blocked_stage_count: summary.blocked_stage_count,
    blocked_ratio: roundAnalytics(blockedRatio),
    overrides_applied: overrides.length,
    override_actions_executed: overrides.filter((o) => o.status === 'executed').length,
    override_actions_reversed: overrides.filter((o) => o.status === 'reversed').length,
    override_cooldown_minutes: Math.abs(netCooldown) < 1e-9 ? null : roundAnalytics(netCooldown),
    new_blocker_count: summary.new_blocker_count,
    resolved_blocker_count: summary.resolved_blocker_count,
    blocker_heatmap: [...summary.blocked_stage_indexes],
    ladder_load: roundAnalytics(summary.stage_count + summary.override_count + ladderDelta),
    sla_within_target_ratio: roundAnalyticsOrNull(slaRatio),
    mean_sla_delta_minutes: roundAnalyticsOrNull(analyticsMean(deltas)),
    sla_samples: samples,
    risk_level: risk >= 1 ? 'high' : risk >= 0.5 ? 'medium' : 'low',
    ...baselines,
    blocker_churn_index:
      baselines.baseline_version_count === 0
        ? null
        : roundAnalytics(
            blockedRatio * (baselines.baseline_version_count + baselines.rollback_count),
          ),
  };
}
