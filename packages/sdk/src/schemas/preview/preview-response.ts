import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject } from '../shared/open-object';
import { IdSchema, TimestampSchema } from '../shared/primitives';

/** Readiness of a simulated stage: blocked when any mapped execution step has a blocked reason. */
export const PreviewStageStatusSchema = openEnum(['ready', 'blocked']);
export type PreviewStageStatus = z.output<typeof PreviewStageStatusSchema>;

/** How a stage changed against the baseline snapshot. */
export const PreviewDeltaStatusSchema = openEnum(['cleared', 'regressed', 'unchanged']);
export type PreviewDeltaStatus = z.output<typeof PreviewDeltaStatusSchema>;

/**
 * One simulated stage: the simulated state, the same
 * stage of the baseline snapshot (`baseline_*`) and their difference (`delta_*`).
 * `projected_due_at` adds SLA hours cumulatively from `generated_at`.
 */
export const PreviewStageInsightSchema = openObject({
  index: z.number().int(),
  name: z.string().nullish(),
  required_role: z.string(),
  status: PreviewStageStatusSchema,
  sla_hours: z.number().int().nullish(),
  projected_due_at: TimestampSchema.nullish(),
  blockers: z.array(z.string()).default([]),
  required_actions: z.array(z.string()).default([]),
  auto_triggers: z.array(z.string()).default([]),
  assignee_id: IdSchema.nullish(),
  delegate_id: IdSchema.nullish(),
  mapped_step_indexes: z.array(z.number().int()).default([]),
  gate_keys: z.array(z.string()).default([]),
  baseline_status: PreviewStageStatusSchema.nullish(),
  baseline_sla_hours: z.number().int().nullish(),
  baseline_projected_due_at: TimestampSchema.nullish(),
  baseline_assignee_id: IdSchema.nullish(),
  baseline_delegate_id: IdSchema.nullish(),
  baseline_blockers: z.array(z.string()).default([]),
  delta_status: PreviewDeltaStatusSchema.nullish(),
  delta_sla_hours: z.number().int().nullish(),
  delta_projected_due_minutes: z.number().int().nullish(),
  delta_new_blockers: z.array(z.string()).default([]),
  delta_resolved_blockers: z.array(z.string()).default([]),
});
export type PreviewStageInsight = z.output<typeof PreviewStageInsightSchema>;

/**
 * `POST /api/experiments/{execution_id}/preview` response.
 * `narrative_preview` is Markdown starting with `# Governance Preview`.
 */
export const ExperimentPreviewResponseSchema = openObject({
  execution_id: IdSchema,
  snapshot_id: IdSchema,
  baseline_snapshot_id: IdSchema.nullish(),
  generated_at: TimestampSchema,
  template_name: z.string().nullish(),
  template_version: z.number().int().nullish(),
  stage_insights: z.array(PreviewStageInsightSchema).default([]),
  narrative_preview: z.string(),
  resource_warnings: z.array(z.string()).default([]),
});
export type ExperimentPreviewResponse = z.output<typeof ExperimentPreviewResponseSchema>;
