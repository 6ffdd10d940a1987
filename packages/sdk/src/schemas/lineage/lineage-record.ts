import { z } from 'zod';
import { openObject } from '../shared/open-object';
import { IdSchema, JsonObjectSchema, TimestampSchema } from '../shared/primitives';

const PipelineDurationSecondsSchema = z
  .number()
  .meta({ description: 'Pipeline end − start, in seconds (0 when a time is missing).' });
const RawInputsSizeBytesSchema = z
  .number()
  .int()
  .nonnegative()
  .meta({ description: 'Size of the stored raw inputs, in bytes, after gzip compression.' });
const CompressionRatioSchema = z.number().min(0).max(100).meta({
  description: 'Percent of the raw inputs size saved by gzip, 0–100 (two decimals).',
});

/**
 * One report's lineage as the API returns it: the real `LineageResponse` of the LeadFactory
 * lineage panel, field for field.
 *
 * - `report_generation_id`: the report this lineage belongs to (`GET /api/lineage/{report_id}`).
 * - `pipeline_duration_seconds`: end − start (0 when a time is missing).
 * - `raw_inputs_size_bytes`: size of the **compressed** bundle.
 * - `compression_ratio`: **percent saved**, 0–100, two decimals (the PRP's `0.75` example was a
 *   fraction; a fraction still parses, it just reads as 0.75 %).
 * - `access_count` / `last_accessed_at`: bumped by every audited access.
 */
export const LineageRecordSchema = openObject({
  lineage_id: IdSchema,
  report_generation_id: IdSchema,
  lead_id: IdSchema,
  pipeline_run_id: IdSchema,
  template_version_id: z.string(),
  pipeline_duration_seconds: PipelineDurationSecondsSchema,
  raw_inputs_size_bytes: RawInputsSizeBytesSchema,
  compression_ratio: CompressionRatioSchema,
  created_at: TimestampSchema,
  access_count: z.number().int().nonnegative(),
  last_accessed_at: TimestampSchema.nullable(),
});
export type LineageRecord = z.output<typeof LineageRecordSchema>;

/** The real system's name for {@link LineageRecordSchema}. */
export const LineageResponseSchema = LineageRecordSchema;
export type LineageResponse = LineageRecord;

/** `DELETE /api/lineage/{lineage_id}` → `{"message": "Lineage <id> deleted successfully"}`. */
export const LineageDeleteResponseSchema = openObject({ message: z.string() });
export type LineageDeleteResponse = z.output<typeof LineageDeleteResponseSchema>;

/**
 * The report row a capture records together with its lineage (the engine's stand-in for
 * `d6_report_generations`): a report without lineage cannot exist.
 */
export const LineageReportRecordSchema = openObject({
  id: IdSchema,
  lead_id: IdSchema,
  pipeline_run_id: IdSchema,
  template_version_id: z.string(),
  created_at: TimestampSchema,
  /** Free-form report fields from the caller (status, pdf url, …), redacted like raw inputs. */
  data: JsonObjectSchema,
});
export type LineageReportRecord = z.output<typeof LineageReportRecordSchema>;

/**
 * One `report_lineage` row as the engine's store keeps it. `pipeline_logs` is the column (the
 * logs' `summary` object, or `{}`); the full logs live in the gzip bundle `raw_inputs_compressed`.
 */
export const LineageRowSchema = z.object({
  id: z.string(),
  report_generation_id: z.string(),
  lead_id: z.string(),
  pipeline_run_id: z.string(),
  template_version_id: z.string(),
  pipeline_start_time: z.string(),
  pipeline_end_time: z.string(),
  pipeline_logs: JsonObjectSchema,
  raw_inputs_compressed: z.custom<Uint8Array>((value) => value instanceof Uint8Array).nullable(),
  raw_inputs_size_bytes: RawInputsSizeBytesSchema,
  compression_ratio: CompressionRatioSchema,
  created_at: z.string(),
  last_accessed_at: z.string().nullable(),
  access_count: z.number().int().nonnegative(),
});
export type LineageRow = z.output<typeof LineageRowSchema>;
