import { z } from 'zod';
import { openObject } from '../shared/open-object';
import { IdSchema, TimestampSchema } from '../shared/primitives';
import { PreviewDeltaStatusSchema, PreviewStageStatusSchema } from './preview-response';

/** Event type of the preview telemetry that governance analytics reads. */
export const PREVIEW_SUMMARY_EVENT_TYPE = 'governance.preview.summary';

/** One stage prediction inside a preview summary event. */
export const PreviewStagePredictionSchema = openObject({
  index: z.number().int(),
  status: PreviewStageStatusSchema,
  projected_due_at: TimestampSchema.nullish(),
  baseline_projected_due_at: TimestampSchema.nullish(),
  mapped_step_indexes: z.array(z.number().int()).default([]),
  delta_status: PreviewDeltaStatusSchema.nullish(),
  delta_projected_due_minutes: z.number().int().nullish(),
});
export type PreviewStagePrediction = z.output<typeof PreviewStagePredictionSchema>;

/**
 * Payload of the `governance.preview.summary` execution event, the only input of governance
 * analytics. `override_count` counts applied stage overrides; `delta_projection_minutes` lists the
 * non-null per-stage `delta_projected_due_minutes` in stage order.
 */
export const PreviewSummaryPayloadSchema = openObject({
  generated_at: TimestampSchema,
  snapshot_id: IdSchema,
  baseline_snapshot_id: IdSchema.nullish(),
  stage_count: z.number().int(),
  blocked_stage_count: z.number().int(),
  blocked_stage_indexes: z.array(z.number().int()).default([]),
  override_count: z.number().int(),
  new_blocker_count: z.number().int(),
  resolved_blocker_count: z.number().int(),
  resource_warning_count: z.number().int(),
  delta_projection_minutes: z.array(z.number().int()).default([]),
  stage_predictions: z.array(PreviewStagePredictionSchema).default([]),
});
export type PreviewSummaryPayload = z.output<typeof PreviewSummaryPayloadSchema>;
