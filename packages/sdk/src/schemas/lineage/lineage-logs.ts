import { z } from 'zod';
import { openObject, requestObject } from '../shared/open-object';
import { IdSchema, JsonObjectSchema, TimestampSchema } from '../shared/primitives';
import { RequestCursorSchema } from '../shared/request-bounds';

/** Default and maximum number of log events per page of `GET /api/lineage/{lineage_id}/logs`. */
export const LINEAGE_LOGS_DEFAULT_LIMIT = 100;
export const LINEAGE_LOGS_MAX_LIMIT = 1000;

/**
 * Paging of the full event list (govkit addition; the real endpoint has no parameters). Either an
 * `offset` or the previous page's opaque `cursor` (the cursor wins when both are sent).
 */
export const LineageLogsParamsSchema = requestObject({
  offset: z.coerce.number<number>().int().min(0).optional(),
  limit: z.coerce
    .number<number>()
    .int()
    .min(1)
    .max(LINEAGE_LOGS_MAX_LIMIT)
    .default(LINEAGE_LOGS_DEFAULT_LIMIT),
  cursor: RequestCursorSchema.optional(),
});
export type LineageLogsParams = z.output<typeof LineageLogsParamsSchema>;
export type LineageLogsParamsInput = z.input<typeof LineageLogsParamsSchema>;

/** Pipeline logs as captured: the producer's dict (`{events, summary}`) or a plain list. */
export const LineagePipelineLogsSchema = z.union([JsonObjectSchema, z.array(z.unknown())]);
export type LineagePipelineLogs = z.output<typeof LineagePipelineLogsSchema>;

/**
 * `GET /api/lineage/{lineage_id}/logs`.
 *
 * Real fields: `pipeline_logs` (the stored summary column, e.g. `{total_events, error_count,
 * warning_count, duration_seconds, success}`, or `{}`), `logs` (same value, for compatibility),
 * `raw_inputs` (the bundle's raw inputs, or their truncated sample, or `{}`), the two pipeline
 * times, `truncated` (the bundle was truncated to fit 2 MB) and `log_size`.
 *
 * govkit adds the **full event list**, paged: `events` (this page; the truncation marker
 * `"... truncated ..."` appears as an event where events were cut), `events_total`,
 * `events_offset` and `next_cursor` (null on the last page). A real server sends none of these;
 * they then default to `[]`, 0, 0 and null. `log_size` is the character length of the JSON of the
 * stored pipeline logs (events included).
 */
export const LineageLogsResponseSchema = openObject({
  lineage_id: IdSchema,
  report_id: IdSchema,
  pipeline_logs: LineagePipelineLogsSchema,
  logs: LineagePipelineLogsSchema,
  raw_inputs: JsonObjectSchema,
  pipeline_start_time: TimestampSchema.nullable(),
  pipeline_end_time: TimestampSchema.nullable(),
  truncated: z.boolean(),
  log_size: z.number().int().nonnegative(),
  events: z.array(z.unknown()).default([]),
  events_total: z.number().int().nonnegative().default(0),
  events_offset: z.number().int().nonnegative().default(0),
  next_cursor: z.string().nullable().default(null),
});
export type LineageLogsResponse = z.output<typeof LineageLogsResponseSchema>;
