import { z } from 'zod';
import { openObject } from '../shared/open-object';
import { JsonObjectSchema } from '../shared/primitives';
import { LineagePipelineLogsSchema } from './lineage-logs';

/** The literal that marks where a long log list was cut (head … marker … tail), as in the source. */
export const LINEAGE_TRUNCATION_MARKER = '... truncated ...';

/** Largest stored (gzip-compressed) bundle: 2 MB = 2 × 1,048,576 bytes. */
export const LINEAGE_MAX_BUNDLE_BYTES = 2 * 1_048_576;

/**
 * The JSON document inside the stored gzip blob, which is also what the download contains: the
 * id triplet, the two pipeline times, the (redacted) pipeline logs and raw inputs.
 *
 * When the bundle had to be truncated to fit 2 MB, ids and times are always kept and the flags
 * say what happened:
 * - `pipeline_logs_truncated` / `pipeline_logs_total_count`: a long log list (or the `events` list
 *   of dict-shaped logs) was cut to head + `"... truncated ..."` + tail, or entries were shortened;
 * - `raw_inputs_truncated`: `raw_inputs` was replaced by `raw_inputs_keys` (possibly capped; the
 *   full count is `raw_inputs_key_count`) and a bounded `raw_inputs_sample`;
 * - `truncation_level`: 1 (the source system's rules) to 4 (most aggressive).
 */
export const LineageBundleSchema = openObject({
  lead_id: z.string(),
  pipeline_run_id: z.string(),
  template_version_id: z.string(),
  pipeline_start_time: z.string(),
  pipeline_end_time: z.string(),
  pipeline_logs: LineagePipelineLogsSchema.optional(),
  raw_inputs: JsonObjectSchema.optional(),
  pipeline_logs_truncated: z.boolean().optional(),
  pipeline_logs_total_count: z.number().int().nonnegative().optional(),
  raw_inputs_truncated: z.boolean().optional(),
  raw_inputs_keys: z.array(z.string()).optional(),
  raw_inputs_key_count: z.number().int().nonnegative().optional(),
  raw_inputs_sample: JsonObjectSchema.optional(),
  truncation_level: z.number().int().min(1).max(4).optional(),
});
export type LineageBundle = z.output<typeof LineageBundleSchema>;
