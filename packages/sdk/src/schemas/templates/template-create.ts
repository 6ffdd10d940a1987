import { z } from 'zod';
import { BoundedJsonObjectSchema } from '../shared/bounded-json';
import { requestObject } from '../shared/open-object';
import {
  MAX_ID_LENGTH,
  MAX_LIST_ITEMS,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  RequestFlagSchema,
  RequestIdSchema,
} from '../shared/request-bounds';

/** One stage of a template being authored. */
export const WorkflowStageBlueprintInputSchema = requestObject({
  name: z.string().max(MAX_NAME_LENGTH).nullish(),
  required_role: RequestIdSchema,
  sla_hours: z.number().int().nonnegative().nullish(),
  stage_step_indexes: z.array(z.number().int().nonnegative()).max(MAX_LIST_ITEMS).default([]),
  stage_gate_keys: z.array(RequestIdSchema).max(MAX_LIST_ITEMS).default([]),
  metadata: BoundedJsonObjectSchema.default({}),
});
export type WorkflowStageBlueprintInput = z.input<typeof WorkflowStageBlueprintInputSchema>;

/**
 * Body of `POST /api/governance/templates`. Reusing a `template_key` (or naming `forked_from_id`,
 * whose key wins) creates the next version and retires the previous latest. `publish: true`
 * publishes at once and captures the snapshot.
 */
export const WorkflowTemplateCreateSchema = requestObject({
  template_key: z.string().trim().min(1).max(MAX_ID_LENGTH),
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  description: z.string().max(MAX_TEXT_LENGTH).nullish(),
  default_stage_sla_hours: z.number().int().nonnegative().nullish(),
  permitted_roles: z.array(RequestIdSchema).max(MAX_LIST_ITEMS).default([]),
  stage_blueprint: z.array(WorkflowStageBlueprintInputSchema).max(MAX_LIST_ITEMS).default([]),
  forked_from_id: RequestIdSchema.nullish(),
  publish: z.boolean().default(false),
});
export type WorkflowTemplateCreate = z.input<typeof WorkflowTemplateCreateSchema>;

/**
 * Query of `GET /api/governance/templates`: without `include_all` only the latest, non-archived
 * version of each key is listed.
 */
export const WorkflowTemplateListParamsSchema = requestObject({
  include_all: RequestFlagSchema.default(false),
});
export type WorkflowTemplateListParams = z.input<typeof WorkflowTemplateListParamsSchema>;
