import { z } from 'zod';
import { openObject, requestObject } from '../shared/open-object';
import { IdSchema, JsonObjectSchema, MetadataSchema, TimestampSchema } from '../shared/primitives';

/**
 * A template rolled out to a team or a protocol template (BioLabs
 * `ExecutionNarrativeWorkflowTemplateAssignmentOut`). Unique per (template, team) and per
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
 * `protocol_template_id`. BioLabs requires `template_id` in the body too but the path wins; send
 * it when talking to BioLabs itself.
 */
export const TemplateAssignmentCreateSchema = requestObject({
  template_id: z.string().min(1).nullish(),
  team_id: z.string().min(1).nullish(),
  protocol_template_id: z.string().min(1).nullish(),
  metadata: JsonObjectSchema.default({}),
});
export type TemplateAssignmentCreate = z.input<typeof TemplateAssignmentCreateSchema>;

/** Path of one template. */
export const TemplatePathParamsSchema = requestObject({ template_id: z.string().min(1) });

/** Path of one assignment. */
export const TemplateAssignmentPathParamsSchema = requestObject({
  assignment_id: z.string().min(1),
});
