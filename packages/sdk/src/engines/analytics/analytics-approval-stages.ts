import type {
  AnalyticsExportStageMetrics,
  AnalyticsOverdueStageSample,
  GovernanceAnalyticsMeta,
} from '../../schemas/analytics/analytics-approval-meta';
import { analyticsMean, analyticsMinutesBetween, roundAnalyticsOrNull } from './analytics-math';
import type { AnalyticsApprovalStage, AnalyticsExport } from './analytics-sources';

/**
 * A stage breached its SLA when the SLA monitor flagged it, or when it finished (or is still
 * open at `nowMs`) after its due time.
 */
export function isApprovalStageBreached(stage: AnalyticsApprovalStage, nowMs: number): boolean {
  if (stage.overdue_notified_at) return true;
  if (!stage.due_at) return false;
  const due = Date.parse(stage.due_at);
  const end = stage.completed_at ? Date.parse(stage.completed_at) : nowMs;
  return Number.isFinite(due) && end > due;
}

function exportMetrics(item: AnalyticsExport, nowMs: number): AnalyticsExportStageMetrics {
  const statusCounts: Record<string, number> = {};
  const details: AnalyticsExportStageMetrics['stage_details'] = {};
  const resolutions: number[] = [];
  let overdue = 0;
  for (const stage of item.approval_stages) {
    statusCounts[stage.status] = (statusCounts[stage.status] ?? 0) + 1;
    const breached = isApprovalStageBreached(stage, nowMs);
    if (breached) overdue += 1;
    const resolution = stage.completed_at
      ? analyticsMinutesBetween(stage.started_at, stage.completed_at)
      : null;
    if (resolution !== null) resolutions.push(resolution);
    details[stage.id] = {
      status: stage.status,
      breached,
      resolution_minutes: roundAnalyticsOrNull(resolution),
      due_at: stage.due_at ?? null,
      completed_at: stage.completed_at ?? null,
    };
  }
  return {
    // The status counts are also spread at the top level, for wire compatibility.
    ...statusCounts,
    total: item.approval_stages.length,
    overdue_count: overdue,
    mean_resolution_minutes: roundAnalyticsOrNull(analyticsMean(resolutions)),
    status_counts: statusCounts,
    stage_details: details,
  };
}

/**
 * Approval-stage `meta` of the analytics report: per-export stage metrics and a summary of the
 * overdue stages (open vs resolved, roles, age buckets of open ones, daily trend, samples).
 */
export function computeApprovalStageMeta(
  exports: readonly AnalyticsExport[],
  nowMs: number,
): GovernanceAnalyticsMeta {
  const metrics: Record<string, AnalyticsExportStageMetrics> = {};
  const samples: AnalyticsOverdueStageSample[] = [];
  const roleCounts: Record<string, number> = {};
  const trend = new Map<string, number>();
  const openAges: number[] = [];
  const buckets = { lt60: 0, '60to180': 0, gt180: 0 };
  const overdueExports = new Set<string>();
  let resolved = 0;
  for (const item of exports) {
    metrics[item.id] = exportMetrics(item, nowMs);
    for (const stage of item.approval_stages) {
      if (!isApprovalStageBreached(stage, nowMs)) continue;
      overdueExports.add(item.id);
      roleCounts[stage.required_role] = (roleCounts[stage.required_role] ?? 0) + 1;
      const detectedAt = stage.overdue_notified_at ?? stage.due_at ?? null;
      if (detectedAt) {
        const day = new Date(Date.parse(detectedAt)).toISOString().slice(0, 10);
        trend.set(day, (trend.get(day) ?? 0) + 1);
      }
      if (stage.completed_at) {
        resolved += 1;
      } else {
        const age = stage.due_at ? (nowMs - Date.parse(stage.due_at)) / 60_000 : 0;
        openAges.push(age);
        if (age < 60) buckets.lt60 += 1;
        else if (age <= 180) buckets['60to180'] += 1;
        else buckets.gt180 += 1;
      }
      samples.push({
        stage_id: stage.id,
        export_id: item.id,
        sequence_index: stage.sequence_index,
        status: stage.status,
        role: stage.required_role,
        due_at: stage.due_at ?? null,
        detected_at: detectedAt,
      });
    }
  }
  return {
    approval_stage_metrics: metrics,
    overdue_stage_summary: {
      total_overdue: samples.length,
      open_overdue: samples.length - resolved,
      resolved_overdue: resolved,
      overdue_exports: [...overdueExports].sort(),
      role_counts: roleCounts,
      mean_open_minutes: roundAnalyticsOrNull(analyticsMean(openAges)),
      open_age_buckets: buckets,
      trend: [...trend.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([date, count]) => ({ date, count })),
      stage_samples: samples,
    },
  };
}
