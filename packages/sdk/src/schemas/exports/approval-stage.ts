import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject } from '../shared/open-object';
import { IdSchema, MetadataSchema, TimestampSchema } from '../shared/primitives';
import { ExportUserOutSchema } from './export-people';

/** Every status an approval stage can hold, in ladder order of appearance. */
export const EXPORT_APPROVAL_STAGE_STATUSES = [
  'pending',
  'in_progress',
  'approved',
  'rejected',
  'delegated',
  'reset',
] as const;

/**
 * Status of one approval stage. `delegated` marks a pending stage that already has a delegate;
 * `reset` marks the stages after a rejected one (they wait for a remediation reset).
 */
export const ExportApprovalStageStatusSchema = openEnum(EXPORT_APPROVAL_STAGE_STATUSES);
export type ExportApprovalStageStatus = z.output<typeof ExportApprovalStageStatusSchema>;

/** Every kind of approval action. `reassigned` and `comment` parse but no engine writes them. */
export const EXPORT_APPROVAL_ACTION_TYPES = [
  'approved',
  'rejected',
  'delegated',
  'reassigned',
  'reset',
  'comment',
  'escalated',
] as const;

/** Kind of an approval action recorded on a stage. */
export const ExportApprovalActionTypeSchema = openEnum(EXPORT_APPROVAL_ACTION_TYPES);
export type ExportApprovalActionType = z.output<typeof ExportApprovalActionTypeSchema>;

/**
 * One decision taken on a stage. Approvals carry the
 * captured `signature`; escalations (SLA monitor) list `notified_user_ids` in `metadata`.
 */
export const ExportApprovalActionSchema = openObject({
  id: IdSchema,
  stage_id: IdSchema,
  action_type: ExportApprovalActionTypeSchema,
  signature: z.string().nullish(),
  notes: z.string().nullish(),
  actor: ExportUserOutSchema,
  delegation_target: ExportUserOutSchema.nullish(),
  metadata: MetadataSchema,
  created_at: TimestampSchema,
});
export type ExportApprovalAction = z.output<typeof ExportApprovalActionSchema>;

/**
 * One rung of an approval ladder. `sequence_index` is
 * **1-based**. The SLA monitor adds `overdue` and `overdue_since` to `metadata` and sets
 * `overdue_notified_at` once per activation of the stage.
 */
export const ExportApprovalStageSchema = openObject({
  id: IdSchema,
  export_id: IdSchema,
  sequence_index: z.number().int(),
  name: z.string().nullish(),
  required_role: z.string(),
  status: ExportApprovalStageStatusSchema,
  sla_hours: z.number().int().nullish(),
  due_at: TimestampSchema.nullish(),
  started_at: TimestampSchema.nullish(),
  completed_at: TimestampSchema.nullish(),
  assignee: ExportUserOutSchema.nullish(),
  delegated_to: ExportUserOutSchema.nullish(),
  overdue_notified_at: TimestampSchema.nullish(),
  notes: z.string().nullish(),
  metadata: MetadataSchema,
  actions: z.array(ExportApprovalActionSchema).default([]),
});
export type ExportApprovalStage = z.output<typeof ExportApprovalStageSchema>;
