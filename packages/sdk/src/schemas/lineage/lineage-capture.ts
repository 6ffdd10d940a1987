import { z } from 'zod';
import { openObject, requestObject } from '../shared/open-object';
import { JsonObjectSchema } from '../shared/primitives';
import { LineagePipelineLogsSchema } from './lineage-logs';
import { LineageRecordSchema, LineageReportRecordSchema } from './lineage-record';

/**
 * What a report pipeline hands over for lineage (`LineageData` of the real system): the id triplet,
 * the pipeline's start and end (ISO-8601), its logs (the producer's `{events, summary}` dict, or a
 * list) and its raw inputs.
 */
export const LineageDataSchema = requestObject({
  lead_id: z.string().min(1),
  pipeline_run_id: z.string().min(1),
  template_version_id: z.string().min(1),
  pipeline_start_time: z.string().min(1),
  pipeline_end_time: z.string().min(1),
  pipeline_logs: LineagePipelineLogsSchema.default({}),
  raw_inputs: JsonObjectSchema.default({}),
});
export type LineageData = z.output<typeof LineageDataSchema>;
export type LineageDataInput = z.input<typeof LineageDataSchema>;

/**
 * Input of the engine's `captureReport`: the lineage data plus the report it documents. The report
 * and its lineage are recorded together or not at all. `report_generation_id` is generated when
 * absent; `report` holds free-form report fields (status, pdf url, …).
 */
export const LineageCaptureInputSchema = LineageDataSchema.extend({
  report_generation_id: z.string().min(1).optional(),
  report: JsonObjectSchema.optional(),
});
export type LineageCaptureInput = z.output<typeof LineageCaptureInputSchema>;
export type LineageCaptureInputRaw = z.input<typeof LineageCaptureInputSchema>;

/** What `captureReport` returns: the stored report and its lineage. */
export const LineageCaptureResultSchema = openObject({
  report: LineageReportRecordSchema,
  lineage: LineageRecordSchema,
});
export type LineageCaptureResult = z.output<typeof LineageCaptureResultSchema>;
