import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject } from '../shared/open-object';
import { IdSchema, MetadataSchema, TimestampSchema } from '../shared/primitives';

/** Lifecycle of a workflow template row. */
export const WORKFLOW_TEMPLATE_STATUSES = ['draft', 'published', 'archived'] as const;

/** Status of a workflow template (draft → published → archived; archived is final). */
export const WorkflowTemplateStatusSchema = openEnum(WORKFLOW_TEMPLATE_STATUSES);
export type WorkflowTemplateStatus = z.output<typeof WorkflowTemplateStatusSchema>;

/**
 * One stage of a template's approval ladder. `stage_step_indexes` (0-based execution step
 * indexes) and `stage_gate_keys` map execution steps onto the stage for preview simulations;
 * `metadata.assignee_id` / `metadata.delegate_id` pre-assign the stage in previews.
 */
export const WorkflowStageBlueprintSchema = openObject({
  name: z.string().nullish(),
  required_role: z.string(),
  sla_hours: z.number().int().nullish(),
  stage_step_indexes: z.array(z.number().int()).default([]),
  stage_gate_keys: z.array(z.string()).default([]),
  metadata: MetadataSchema,
});
export type WorkflowStageBlueprint = z.output<typeof WorkflowStageBlueprintSchema>;

/**
 * A versioned approval-ladder template.
 * Versions share a `template_key`; at most one version per key is `is_latest`.
 * `published_snapshot_id` names the immutable snapshot exports and previews bind to.
 */
export const WorkflowTemplateSchema = openObject({
  id: IdSchema,
  template_key: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  version: z.number().int(),
  status: WorkflowTemplateStatusSchema,
  is_latest: z.boolean(),
  default_stage_sla_hours: z.number().int().nullish(),
  permitted_roles: z.array(z.string()).default([]),
  stage_blueprint: z.array(WorkflowStageBlueprintSchema).default([]),
  forked_from_id: IdSchema.nullish(),
  published_snapshot_id: IdSchema.nullish(),
  created_by_id: IdSchema,
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
  published_at: TimestampSchema.nullish(),
});
export type WorkflowTemplate = z.output<typeof WorkflowTemplateSchema>;

/** `GET /api/governance/templates`: a bare JSON array, by `template_key` asc then `version` desc. */
export const WorkflowTemplateListSchema = z.array(WorkflowTemplateSchema);
export type WorkflowTemplateList = z.output<typeof WorkflowTemplateListSchema>;

/**
 * The frozen template content of a snapshot (`snapshot_payload`). govkit snapshots taken by
 * publishing carry `status: "published"`; a snapshot frozen as `"draft"` still parses.
 */
export const WorkflowTemplateSnapshotPayloadSchema = openObject({
  template_id: IdSchema,
  template_key: z.string(),
  version: z.number().int(),
  name: z.string(),
  description: z.string().nullish(),
  default_stage_sla_hours: z.number().int().nullish(),
  permitted_roles: z.array(z.string()).default([]),
  stage_blueprint: z.array(WorkflowStageBlueprintSchema).default([]),
  status: WorkflowTemplateStatusSchema,
  captured_at: TimestampSchema,
});
export type WorkflowTemplateSnapshotPayload = z.output<
  typeof WorkflowTemplateSnapshotPayloadSchema
>;

/**
 * An immutable published snapshot of a template version (no HTTP route returns it; exports and
 * previews reference it by id). At most one snapshot per template row.
 */
export const WorkflowTemplateSnapshotSchema = openObject({
  id: IdSchema,
  template_id: IdSchema,
  template_key: z.string(),
  version: z.number().int(),
  status: WorkflowTemplateStatusSchema,
  captured_at: TimestampSchema,
  captured_by_id: IdSchema,
  snapshot_payload: WorkflowTemplateSnapshotPayloadSchema,
});
export type WorkflowTemplateSnapshot = z.output<typeof WorkflowTemplateSnapshotSchema>;

/**
 * One row of the template audit trail (`governance_template_audit_logs`; no route lists it).
 * Actions: `template.created{version, status}`, `template.snapshot.created{version, status}`,
 * `template.published{version}`, `template.archived{version}`,
 * `template.preview.generated{execution_id, stage_count, blocked_stage_count, override_indexes,
 * warnings}` and `export.snapshot.bound{export_id, execution_id}`.
 */
export const TemplateAuditLogEntrySchema = openObject({
  id: IdSchema,
  template_id: IdSchema,
  snapshot_id: IdSchema.nullish(),
  actor_id: IdSchema,
  action: z.string(),
  detail: MetadataSchema,
  created_at: TimestampSchema,
});
export type TemplateAuditLogEntry = z.output<typeof TemplateAuditLogEntrySchema>;
