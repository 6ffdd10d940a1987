import { z } from 'zod';
import { BoundedJsonObjectSchema } from '../shared/bounded-json';
import { requestObject } from '../shared/open-object';
import { IsoDateTimeSchema } from '../shared/primitives';
import {
  MAX_LIST_ITEMS,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  RequestFlagSchema,
  RequestIdSchema,
} from '../shared/request-bounds';
import { ExportAttachmentInputSchema } from './evidence-attachment';

const OptionalIdSchema = RequestIdSchema.nullish();

/** Query flag shared by export creation and approval; arrives as a string in URLs. */
export const ExportDryRunFlagSchema = RequestFlagSchema.default(false);

/**
 * `?dry_run=` of export create and approve: evaluate the packaging gate and report it in
 * `metadata.packaging_queue_state` without recording a gate event or enqueuing a packaging job.
 */
export const ExportDryRunQuerySchema = requestObject({ dry_run: ExportDryRunFlagSchema });
export type ExportDryRunQuery = z.input<typeof ExportDryRunQuerySchema>;

/**
 * `?expires=&signature=` of a signed artifact URL (`artifact_signed_url`): HMAC-SHA256 over the
 * download path and expiry (unix seconds), base64url.
 */
export const ArtifactSignedQuerySchema = requestObject({
  expires: z.coerce.number().int().nonnegative().optional(),
  signature: z.string().min(1).max(200).optional(),
});
export type ArtifactSignedQuery = z.input<typeof ArtifactSignedQuerySchema>;

/** One stage of an ad-hoc approval ladder supplied with an export request. */
export const ExportApprovalStageInputSchema = requestObject({
  name: z.string().max(MAX_NAME_LENGTH).nullish(),
  required_role: RequestIdSchema,
  assignee_id: OptionalIdSchema,
  delegate_id: OptionalIdSchema,
  sla_hours: z.number().int().nonnegative().nullish(),
  metadata: BoundedJsonObjectSchema.default({}),
});
export type ExportApprovalStageInput = z.input<typeof ExportApprovalStageInputSchema>;

/**
 * Body of `POST …/exports/narrative` (the body is
 * optional). A workflow template binding needs the published snapshot id; a snapshot-seeded export
 * cannot also carry `approval_stages`. Without either, the ladder is one `approver` stage.
 */
export const ExportRequestSchema = requestObject({
  attachments: z.array(ExportAttachmentInputSchema).max(MAX_LIST_ITEMS).default([]),
  notes: z.string().max(MAX_TEXT_LENGTH).nullish(),
  metadata: BoundedJsonObjectSchema.default({}),
  workflow_template_id: OptionalIdSchema,
  workflow_template_snapshot_id: OptionalIdSchema,
  approval_stages: z.array(ExportApprovalStageInputSchema).max(MAX_LIST_ITEMS).default([]),
});
export type ExportRequest = z.input<typeof ExportRequestSchema>;

/**
 * Body of `POST …/narrative/{export_id}/approve`: a signed decision on the active stage
 * (`stage_id` must name it when given). Signing for another user (`approver_id`) is admin-only.
 * `metadata` is stored on the recorded action.
 */
export const ExportApprovalRequestSchema = requestObject({
  status: z.enum(['approved', 'rejected']),
  signature: z.string().trim().min(1).max(MAX_TEXT_LENGTH),
  stage_id: OptionalIdSchema,
  approver_id: OptionalIdSchema,
  notes: z.string().max(MAX_TEXT_LENGTH).nullish(),
  metadata: BoundedJsonObjectSchema.default({}),
});
export type ExportApprovalRequest = z.input<typeof ExportApprovalRequestSchema>;

/**
 * Body of `POST …/stages/{stage_id}/delegate`. govkit honours `due_at` (it replaces the stage's due
 * date) and stores `metadata` on the action; other servers may ignore both.
 */
export const ExportDelegationRequestSchema = requestObject({
  delegate_id: RequestIdSchema,
  due_at: IsoDateTimeSchema.nullish(),
  notes: z.string().max(MAX_TEXT_LENGTH).nullish(),
  metadata: BoundedJsonObjectSchema.default({}),
});
export type ExportDelegationRequest = z.input<typeof ExportDelegationRequestSchema>;

/** Body of `POST …/stages/{stage_id}/reset` (remediation loop); `metadata` goes on the action. */
export const ExportResetRequestSchema = requestObject({
  notes: z.string().max(MAX_TEXT_LENGTH).nullish(),
  metadata: BoundedJsonObjectSchema.default({}),
});
export type ExportResetRequest = z.input<typeof ExportResetRequestSchema>;

/** Path of the per-execution export collection. */
export const ExportExecutionPathParamsSchema = requestObject({ execution_id: RequestIdSchema });

/** Path of one export. */
export const ExportPathParamsSchema = requestObject({
  execution_id: RequestIdSchema,
  export_id: RequestIdSchema,
});

/** Path of one approval stage of an export. */
export const ExportStagePathParamsSchema = requestObject({
  execution_id: RequestIdSchema,
  export_id: RequestIdSchema,
  stage_id: RequestIdSchema,
});
