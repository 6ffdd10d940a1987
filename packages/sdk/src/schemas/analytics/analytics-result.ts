import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject } from '../shared/open-object';
import { IdSchema, TimestampSchema } from '../shared/primitives';

/** Risk levels of one preview result (score ≥ 1 high, ≥ 0.5 medium). */
export const ANALYTICS_RISK_LEVELS = ['low', 'medium', 'high'] as const;

/** A result's risk level (open). */
export const AnalyticsRiskLevelSchema = openEnum(ANALYTICS_RISK_LEVELS);
export type AnalyticsRiskLevel = z.output<typeof AnalyticsRiskLevelSchema>;

/**
 * One stage's SLA check: the preview's predicted due time against the latest completion of the
 * steps mapped to the stage. `delta_minutes = floor((actual − predicted) / 60 s)`; within target
 * when ≤ 0. Unfinished stages have no actual, delta or verdict.
 */
export const AnalyticsSlaSampleSchema = openObject({
  stage_index: z.number().int(),
  predicted_due_at: TimestampSchema.nullish(),
  actual_completed_at: TimestampSchema.nullish(),
  delta_minutes: z.number().int().nullish(),
  within_target: z.boolean().nullish(),
});
export type AnalyticsSlaSample = z.output<typeof AnalyticsSlaSampleSchema>;

/**
 * One preview summary's analytics (reference §2.7 `results[]`): blocking, override adjustments,
 * blockers and ladder load, SLA accuracy, risk, and the execution's baseline activity.
 */
export const GovernanceAnalyticsResultSchema = openObject({
  execution_id: IdSchema,
  preview_event_id: IdSchema,
  snapshot_id: IdSchema.nullish(),
  baseline_snapshot_id: IdSchema.nullish(),
  generated_at: TimestampSchema,
  stage_count: z.number().int(),
  blocked_stage_count: z.number().int(),
  blocked_ratio: z.number(),
  overrides_applied: z.number().int(),
  override_actions_executed: z.number().int(),
  override_actions_reversed: z.number().int(),
  override_cooldown_minutes: z.number().nullish(),
  new_blocker_count: z.number().int(),
  resolved_blocker_count: z.number().int(),
  blocker_heatmap: z.array(z.number().int()).default([]),
  ladder_load: z.number(),
  sla_within_target_ratio: z.number().nullish(),
  mean_sla_delta_minutes: z.number().nullish(),
  sla_samples: z.array(AnalyticsSlaSampleSchema).default([]),
  risk_level: AnalyticsRiskLevelSchema,
  baseline_version_count: z.number().int(),
  approval_latency_minutes: z.number().nullish(),
  publication_cadence_days: z.number().nullish(),
  rollback_count: z.number().int(),
  blocker_churn_index: z.number().nullish(),
});
export type GovernanceAnalyticsResult = z.output<typeof GovernanceAnalyticsResultSchema>;

/** `totals` of the full report: means of per-result ratios and latencies, sums of counts. */
export const GovernanceAnalyticsTotalsSchema = openObject({
  preview_count: z.number().int(),
  average_blocked_ratio: z.number(),
  total_new_blockers: z.number().int(),
  total_resolved_blockers: z.number().int(),
  average_sla_within_target_ratio: z.number().nullish(),
  total_baseline_versions: z.number().int(),
  total_rollbacks: z.number().int(),
  average_approval_latency_minutes: z.number().nullish(),
  average_publication_cadence_days: z.number().nullish(),
  reviewer_count: z.number().int(),
  streak_alert_count: z.number().int(),
  reviewer_latency_p50_minutes: z.number().nullish(),
  reviewer_latency_p90_minutes: z.number().nullish(),
  reviewer_load_band_counts: openObject({
    light: z.number().int().default(0),
    steady: z.number().int().default(0),
    saturated: z.number().int().default(0),
  }),
});
export type GovernanceAnalyticsTotals = z.output<typeof GovernanceAnalyticsTotalsSchema>;
