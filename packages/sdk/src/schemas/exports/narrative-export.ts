import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject } from '../shared/open-object';
import { IdSchema, MetadataSchema, TimestampSchema } from '../shared/primitives';
import { ExportApprovalStageSchema } from './approval-stage';
import { ExportAttachmentSchema } from './evidence-attachment';
import { ExportFileOutSchema, ExportUserOutSchema } from './export-people';

/** Lifecycle of the packaged zip artifact. */
export const NARRATIVE_ARTIFACT_STATUSES = [
  'queued',
  'processing',
  'ready',
  'retrying',
  'failed',
  'expired',
] as const;

/** Artifact status of an export (`queued` until packaging starts). */
export const NarrativeArtifactStatusSchema = openEnum(NARRATIVE_ARTIFACT_STATUSES);
export type NarrativeArtifactStatus = z.output<typeof NarrativeArtifactStatusSchema>;

/** Overall approval outcome of an export's ladder. */
export const NarrativeApprovalStatusSchema = openEnum(['pending', 'approved', 'rejected']);
export type NarrativeApprovalStatus = z.output<typeof NarrativeApprovalStatusSchema>;

/** A guardrail simulation verdict as exports embed it. */
export const ExportGuardrailSummarySchema = openObject({
  state: openEnum(['clear', 'blocked']),
  reasons: z.array(z.string()).default([]),
  regressed_stage_indexes: z.array(z.number().int()).default([]),
  projected_delay_minutes: z.number().int().default(0),
});

/** A stored guardrail simulation. */
export const ExportGuardrailSimulationSchema = openObject({
  id: IdSchema,
  execution_id: IdSchema,
  actor: ExportUserOutSchema.nullish(),
  summary: ExportGuardrailSummarySchema,
  metadata: MetadataSchema,
  created_at: TimestampSchema,
  state: openEnum(['clear', 'blocked']),
  projected_delay_minutes: z.number().int(),
});
export type ExportGuardrailSimulation = z.output<typeof ExportGuardrailSimulationSchema>;

/**
 * `metadata.packaging_queue_state` of an export: the last packaging-gate verdict.
 * `state` is `awaiting_approval`, `queued` or `guardrail_blocked`; `event` the gate event that
 * recorded it (`narrative_export.packaging.queued`, …); `context` the gate's evidence.
 */
export const PackagingQueueStateSchema = openObject({
  event: z.string(),
  state: openEnum(['awaiting_approval', 'queued', 'guardrail_blocked']),
  context: MetadataSchema,
});
export type PackagingQueueState = z.output<typeof PackagingQueueStateSchema>;

/**
 * A narrative export: the Markdown dossier of an execution,
 * its evidence attachments, its approval ladder and its packaged zip artifact.
 *
 * `version` counts exports per execution from 1. `current_stage` is the stage in progress (null
 * once the ladder is finalised or rejected). `artifact_download_path` is filled once the artifact
 * is ready.
 */
export const NarrativeExportSchema = openObject({
  id: IdSchema,
  execution_id: IdSchema,
  version: z.number().int(),
  format: openEnum(['markdown']).default('markdown'),
  generated_at: TimestampSchema,
  event_count: z.number().int(),
  content: z.string(),
  approval_status: NarrativeApprovalStatusSchema,
  approval_signature: z.string().nullish(),
  approved_at: TimestampSchema.nullish(),
  approval_completed_at: TimestampSchema.nullish(),
  approval_stage_count: z.number().int().default(0),
  workflow_template_id: IdSchema.nullish(),
  workflow_template_snapshot_id: IdSchema.nullish(),
  workflow_template_key: z.string().nullish(),
  workflow_template_version: z.number().int().nullish(),
  workflow_template_snapshot: MetadataSchema,
  current_stage: ExportApprovalStageSchema.nullish(),
  current_stage_started_at: TimestampSchema.nullish(),
  requested_by: ExportUserOutSchema,
  approved_by: ExportUserOutSchema.nullish(),
  notes: z.string().nullish(),
  approval_stages: z.array(ExportApprovalStageSchema).default([]),
  attachments: z.array(ExportAttachmentSchema).default([]),
  metadata: MetadataSchema,
  guardrail_simulation: ExportGuardrailSimulationSchema.nullish(),
  guardrail_simulations: z.array(ExportGuardrailSimulationSchema).default([]),
  artifact_status: NarrativeArtifactStatusSchema.default('queued'),
  artifact_checksum: z.string().nullish(),
  artifact_error: z.string().nullish(),
  artifact_file: ExportFileOutSchema.nullish(),
  artifact_download_path: z.string().nullish(),
  artifact_signed_url: z.string().nullish(),
  artifact_manifest_digest: z.string().nullish(),
  packaging_attempts: z.number().int().default(0),
  packaged_at: TimestampSchema.nullish(),
  retired_at: TimestampSchema.nullish(),
  retention_expires_at: TimestampSchema.nullish(),
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
});
export type NarrativeExport = z.output<typeof NarrativeExportSchema>;

/** `GET …/exports/narrative`: the execution's exports, newest `generated_at` first. */
export const NarrativeExportListSchema = openObject({
  exports: z.array(NarrativeExportSchema).default([]),
});
export type NarrativeExportList = z.output<typeof NarrativeExportListSchema>;

/**
 * `GET /api/experiment-console/exports/narrative/jobs`: packaging queue telemetry.
 * `queue.active` = jobs being packaged right now, `scheduled` = retries waiting for their backoff,
 * `reserved` = jobs due and waiting for a worker; `status_counts` = exports per artifact status;
 * `last_failure_at` = when an artifact last became `failed`.
 */
export const NarrativeExportJobsSchema = openObject({
  queue: openObject({
    active: z.number().int(),
    scheduled: z.number().int(),
    reserved: z.number().int(),
  }),
  status_counts: z.record(z.string(), z.number().int()).default({}),
  last_failure_at: TimestampSchema.nullish(),
});
export type NarrativeExportJobs = z.output<typeof NarrativeExportJobsSchema>;
