import { z } from 'zod';
import { BoundedJsonObjectSchema } from '../shared/bounded-json';
import { openEnum } from '../shared/open-enum';
import { openObject, requestObject } from '../shared/open-object';
import { IdSchema, MetadataSchema, TimestampSchema } from '../shared/primitives';
import { MAX_NAME_LENGTH, RequestIdSchema } from '../shared/request-bounds';
import { ExportFileOutSchema } from './export-people';

/** Every kind of evidence a narrative export can bundle. */
export const EXPORT_EVIDENCE_TYPES = [
  'timeline_event',
  'file',
  'notebook_entry',
  'analytics_snapshot',
  'qc_metric',
  'remediation_report',
] as const;

/** Kind of a bundled evidence attachment. */
export const ExportEvidenceTypeSchema = openEnum(EXPORT_EVIDENCE_TYPES);
export type ExportEvidenceType = z.output<typeof ExportEvidenceTypeSchema>;

const OptionalRefSchema = RequestIdSchema.nullish();

/**
 * One evidence reference in an export request.
 *
 * Exactly one identifier must be given: `reference_id` together with `type`, or one of the typed
 * keys (`event_id` → timeline_event, `file_id` → file, `notebook_entry_id` → notebook_entry,
 * `analytics_event_id` → analytics_snapshot, `qc_event_id` → qc_metric, `remediation_event_id` →
 * remediation_report). `type` is a plain string on purpose: an unsupported type is answered by the
 * server with 400 "Unsupported attachment type", not by a local validation error.
 */
export const ExportAttachmentInputSchema = requestObject({
  type: RequestIdSchema.nullish(),
  reference_id: OptionalRefSchema,
  event_id: OptionalRefSchema,
  file_id: OptionalRefSchema,
  notebook_entry_id: OptionalRefSchema,
  analytics_event_id: OptionalRefSchema,
  qc_event_id: OptionalRefSchema,
  remediation_event_id: OptionalRefSchema,
  label: z.string().max(MAX_NAME_LENGTH).nullish(),
  context: BoundedJsonObjectSchema.default({}),
});
export type ExportAttachmentInput = z.input<typeof ExportAttachmentInputSchema>;

/**
 * A bundled evidence attachment as the server returns it. The wire key of the caller's context is
 * **`hydration_context`**.
 *
 * `snapshot` is frozen at export time: for event types `{event_type, payload, created_at,
 * actor_id}` plus `metric_rollup{count, keys}` (analytics), `readings_summary{min, max, avg}` (QC)
 * or `actions` (remediation); for notebook entries `{title, created_at, updated_at, author_id,
 * author_name, preview}` (first 500 characters); for files `{filename, file_type, file_size}`.
 */
export const ExportAttachmentSchema = openObject({
  id: IdSchema,
  evidence_type: ExportEvidenceTypeSchema,
  reference_id: IdSchema,
  label: z.string().nullish(),
  snapshot: MetadataSchema,
  hydration_context: MetadataSchema,
  file: ExportFileOutSchema.nullish(),
  created_at: TimestampSchema,
});
export type ExportAttachment = z.output<typeof ExportAttachmentSchema>;
