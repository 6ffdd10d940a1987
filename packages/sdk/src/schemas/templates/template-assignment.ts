import { z } from 'zod';
import { BoundedJsonObjectSchema } from '../shared/bounded-json';
import { openObject, requestObject } from '../shared/open-object';
import { IdSchema, MetadataSchema, TimestampSchema } from '../shared/primitives';
import { RequestIdSchema } from '../shared/request-bounds';

/**
 * A template rolled out to a team or a protocol template. Unique per (template, team) and per
 * (template, protocol template).
 */
export const TemplateAssignmentSchema = openObject({
  id: IdSchema,
  template_id: IdSchema,
  team_id: IdSchema.nullish(),
  protocol_template_id: IdSchema.nullish(),
  created_by_id: IdSchema,
  created_at: TimestampSchema,
  metadata: MetadataSchema,
});
export type TemplateAssignment = z.output<typeof TemplateAssignmentSchema>;

/** `GET /api/governance/templates/{template_id}/assignments`: a bare array, oldest first. */
export const TemplateAssignmentListSchema = z.array(TemplateAssignmentSchema);
export type TemplateAssignmentList = z.output<typeof TemplateAssignmentListSchema>;

/**
 * Body of `POST /api/governance/templates/{template_id}/assignments`. Needs `team_id` or
 * `protocol_template_id`. Some servers require `template_id` in the body too; the path wins,
 * so sending it is always safe.
 */
export const TemplateAssignmentCreateSchema = requestObject({
  template_id: RequestIdSchema.nullish(),
  team_id: RequestIdSchema.nullish(),
  protocol_template_id: RequestIdSchema.nullish(),
  metadata: BoundedJsonObjectSchema.default({}),
});
export type TemplateAssignmentCreate = z.input<typeof TemplateAssignmentCreateSchema>;

/** Path of one template. */
export const TemplatePathParamsSchema = requestObject({ template_id: RequestIdSchema });

/** Path of one assignment. */
export const TemplateAssignmentPathParamsSchema = requestObject({
  assignment_id: RequestIdSchema,
});
