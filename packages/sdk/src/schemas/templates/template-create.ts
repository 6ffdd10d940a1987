import { z } from 'zod';
import { requestObject } from '../shared/open-object';
import { JsonObjectSchema } from '../shared/primitives';

/** One stage of a template being authored. */
export const WorkflowStageBlueprintInputSchema = requestObject({
  name: z.string().nullish(),
  required_role: z.string().min(1),
  sla_hours: z.number().int().nonnegative().nullish(),
  stage_step_indexes: z.array(z.number().int().nonnegative()).default([]),
  stage_gate_keys: z.array(z.string().min(1)).default([]),
  metadata: JsonObjectSchema.default({}),
});
export type WorkflowStageBlueprintInput = z.input<typeof WorkflowStageBlueprintInputSchema>;

/**
 * Body of `POST /api/governance/templates`. Reusing a `template_key` (or naming `forked_from_id`,
 * whose key wins) creates the next version and retires the previous latest. `publish: true`
 * publishes at once and captures the snapshot.
 */
export const WorkflowTemplateCreateSchema = requestObject({
  template_key: z.string().trim().min(1),
  name: z.string().trim().min(1),
  description: z.string().nullish(),
  default_stage_sla_hours: z.number().int().nonnegative().nullish(),
  permitted_roles: z.array(z.string().min(1)).default([]),
  stage_blueprint: z.array(WorkflowStageBlueprintInputSchema).default([]),
  forked_from_id: z.string().min(1).nullish(),
  publish: z.boolean().default(false),
});
export type WorkflowTemplateCreate = z.input<typeof WorkflowTemplateCreateSchema>;

/**
 * Query of `GET /api/governance/templates`: without `include_all` only the latest, non-archived
 * version of each key is listed.
 */
export const WorkflowTemplateListParamsSchema = requestObject({
  include_all: z.union([z.boolean(), z.stringbool()]).default(false),
});
export type WorkflowTemplateListParams = z.input<typeof WorkflowTemplateListParamsSchema>;
