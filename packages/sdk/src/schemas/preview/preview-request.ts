import { z } from 'zod';
import { requestObject } from '../shared/open-object';
import { MAX_LIST_ITEMS, RequestIdSchema } from '../shared/request-bounds';

/** Alternative resource availability to model in a preview. */
export const PreviewResourceOverridesSchema = requestObject({
  inventory_item_ids: z.array(RequestIdSchema).max(MAX_LIST_ITEMS).default([]),
  booking_ids: z.array(RequestIdSchema).max(MAX_LIST_ITEMS).default([]),
  equipment_ids: z.array(RequestIdSchema).max(MAX_LIST_ITEMS).default([]),
});
export type PreviewResourceOverrides = z.input<typeof PreviewResourceOverridesSchema>;

/**
 * A temporary change to one stage (`index` is **0-based**, unlike export stages). An index past
 * the blueprint is ignored with a warning; an unknown user is kept as a placeholder with a warning.
 */
export const PreviewStageOverrideSchema = requestObject({
  index: z.number().int().nonnegative(),
  assignee_id: RequestIdSchema.nullish(),
  delegate_id: RequestIdSchema.nullish(),
  sla_hours: z.number().int().nonnegative().nullish(),
});
export type PreviewStageOverride = z.input<typeof PreviewStageOverrideSchema>;

/** Body of `POST /api/experiments/{execution_id}/preview`. */
export const ExperimentPreviewRequestSchema = requestObject({
  workflow_template_snapshot_id: RequestIdSchema,
  resource_overrides: PreviewResourceOverridesSchema.nullish(),
  stage_overrides: z.array(PreviewStageOverrideSchema).max(MAX_LIST_ITEMS).default([]),
});
export type ExperimentPreviewRequest = z.input<typeof ExperimentPreviewRequestSchema>;

/** Path of the preview endpoint. */
export const PreviewPathParamsSchema = requestObject({ execution_id: RequestIdSchema });
