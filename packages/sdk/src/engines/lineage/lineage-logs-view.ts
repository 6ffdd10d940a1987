import type { LineageLogsParams, LineageLogsResponse } from '../../schemas/lineage/lineage-logs';
import type { LineageRow } from '../../schemas/lineage/lineage-record';
import { EngineError } from '../shared/engine-error';
import { decompressLineageBundle } from './lineage-compression';
import {
  decodeLineageCursor,
  encodeLineageCursor,
  LINEAGE_INVALID_CURSOR_DETAIL,
} from './lineage-cursor';

/**
 * The logs viewer's response for one lineage row: the real fields (summary column, raw inputs,
 * times, truncated flag, log size) plus one page of the **full** event list from the stored
 * bundle. Events are the list itself for list-shaped logs, or the `events` list of dict-shaped
 * logs (the producer's `{events, summary}`); the truncation marker stays in place as an event.
 *
 * @throws EngineError 400 `Invalid cursor`.
 */
export function buildLineageLogsResponse(
  row: LineageRow,
  params: LineageLogsParams,
): LineageLogsResponse {
  const bundle = decompressLineageBundle(row.raw_inputs_compressed);
  const storedLogs = isLogs(bundle.pipeline_logs) ? bundle.pipeline_logs : row.pipeline_logs;
  const events = eventsOf(storedLogs);

  let offset = params.offset ?? 0;
  if (params.cursor !== undefined) {
    const [fromCursor] = decodeLineageCursor(params.cursor, ['number']);
    if (fromCursor < 0) throw EngineError.badRequest(LINEAGE_INVALID_CURSOR_DETAIL);
    offset = fromCursor;
  }
  const end = offset + params.limit;

  // The column holds the summary (what the real viewer showed as "the logs").
  const column = row.pipeline_logs;
  return {
    lineage_id: row.id,
    report_id: row.report_generation_id,
    pipeline_logs: column,
    logs: structuredClone(column),
    raw_inputs: rawInputsOf(bundle),
    pipeline_start_time: row.pipeline_start_time,
    pipeline_end_time: row.pipeline_end_time,
    truncated: bundle.pipeline_logs_truncated === true || bundle.raw_inputs_truncated === true,
    log_size: (JSON.stringify(storedLogs ?? {}) ?? '').length,
    events: events.slice(offset, end),
    events_total: events.length,
    events_offset: offset,
    next_cursor: end < events.length ? encodeLineageCursor([end]) : null,
  };
}

function isLogs(value: unknown): value is Record<string, unknown> | unknown[] {
  return value !== null && typeof value === 'object';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function eventsOf(logs: Record<string, unknown> | unknown[] | undefined): unknown[] {
  if (Array.isArray(logs)) return logs;
  const events = logs?.events;
  return Array.isArray(events) ? events : [];
}

function rawInputsOf(bundle: Record<string, unknown>): Record<string, unknown> {
  if (isRecord(bundle.raw_inputs)) return bundle.raw_inputs;
  if (isRecord(bundle.raw_inputs_sample)) return bundle.raw_inputs_sample;
  return {};
}
