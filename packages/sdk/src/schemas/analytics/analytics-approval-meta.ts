import { z } from 'zod';
import { openObject, unknownFieldCatchall } from '../shared/open-object';
import { IdSchema, TimestampSchema } from '../shared/primitives';

/** One approval stage's SLA facts inside `approval_stage_metrics`. */
export const AnalyticsStageDetailSchema = openObject({
  status: z.string(),
  breached: z.boolean(),
  resolution_minutes: z.number().nullish(),
  due_at: TimestampSchema.nullish(),
  completed_at: TimestampSchema.nullish(),
});
export type AnalyticsStageDetail = z.output<typeof AnalyticsStageDetailSchema>;

// The spread status counts are integers and belong to the contract; any other extra key is
// an unknown field exactly as `openObject` treats it (kept and reported, rejected when strict).
const statusCountOrUnknownField = unknownFieldCatchall(Number.isInteger).meta({
  type: 'integer',
  description: 'Status counts spread at the top level (`approved: 2`, …).',
});

const ExportStageMetricsShape = {
  total: z.number().int(),
  overdue_count: z.number().int(),
  mean_resolution_minutes: z.number().nullish(),
  status_counts: z.record(z.string(), z.number().int()).default({}),
  stage_details: z.record(z.string(), AnalyticsStageDetailSchema).default({}),
};

/**
 * Approval-stage metrics of one narrative export. The status counts are also spread at the
 * top level (`approved: 2`, …), by govkit's engine too for wire compatibility, so an
 * extra integer key is part of the contract (also in strict mode); any other extra key is an
 * unknown field as in every `openObject`.
 */
export const AnalyticsExportStageMetricsSchema = z
  .object(ExportStageMetricsShape)
  .catchall(statusCountOrUnknownField);
export type AnalyticsExportStageMetrics = z.output<typeof AnalyticsExportStageMetricsSchema>;

/** Minutes-past-due buckets of the open overdue stages. */
export const AnalyticsOpenAgeBucketsSchema = openObject({
  lt60: z.number().int().default(0),
  '60to180': z.number().int().default(0),
  gt180: z.number().int().default(0),
});
export type AnalyticsOpenAgeBuckets = z.output<typeof AnalyticsOpenAgeBucketsSchema>;

/** One overdue stage as a sample row. `detected_at` is when the breach was noticed. */
export const AnalyticsOverdueStageSampleSchema = openObject({
  stage_id: IdSchema,
  export_id: IdSchema,
  sequence_index: z.number().int(),
  status: z.string(),
  role: z.string().nullish(),
  due_at: TimestampSchema.nullish(),
  detected_at: TimestampSchema.nullish(),
});
export type AnalyticsOverdueStageSample = z.output<typeof AnalyticsOverdueStageSampleSchema>;

/** Overdue approval stages across the exports in scope. */
export const AnalyticsOverdueStageSummarySchema = openObject({
  total_overdue: z.number().int(),
  open_overdue: z.number().int(),
  resolved_overdue: z.number().int(),
  overdue_exports: z.array(IdSchema).default([]),
  role_counts: z.record(z.string(), z.number().int()).default({}),
  mean_open_minutes: z.number().nullish(),
  open_age_buckets: AnalyticsOpenAgeBucketsSchema,
  trend: z.array(openObject({ date: z.string(), count: z.number().int() })).default([]),
  stage_samples: z.array(AnalyticsOverdueStageSampleSchema).default([]),
});
export type AnalyticsOverdueStageSummary = z.output<typeof AnalyticsOverdueStageSummarySchema>;

/** `meta` of the full report: present only when some execution is in scope. */
export const GovernanceAnalyticsMetaSchema = openObject({
  approval_stage_metrics: z.record(z.string(), AnalyticsExportStageMetricsSchema).default({}),
  overdue_stage_summary: AnalyticsOverdueStageSummarySchema.nullish(),
});
export type GovernanceAnalyticsMeta = z.output<typeof GovernanceAnalyticsMetaSchema>;
