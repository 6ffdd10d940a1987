import type { LineageAuditEntry, LineageAuditPage } from '../../schemas/lineage/lineage-audit';
import type { LineageRecord, LineageRow } from '../../schemas/lineage/lineage-record';
import type { LineageSearchParams } from '../../schemas/lineage/lineage-search';
import type { LineageStats } from '../../schemas/lineage/lineage-stats';
import { EngineError } from '../shared/engine-error';
import {
  decodeLineageCursor,
  encodeLineageCursor,
  LINEAGE_INVALID_CURSOR_DETAIL,
} from './lineage-cursor';

const DAY_MS = 24 * 60 * 60 * 1000;
const MB = 1_048_576;

// ISO-8601 as Python's `datetime.fromisoformat` takes it from a query string: a date, or a date and
// time (`T` or space) with optional seconds, fraction and `Z`/offset. A naive time is UTC.
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Epoch ms of a search date parameter.
 *
 * @throws EngineError 400 `Invalid start_date format` / `Invalid end_date format`.
 */
export function parseLineageDate(value: string, field: 'start_date' | 'end_date'): number {
  const ms = parseIsoDate(value);
  if (ms === null) throw EngineError.badRequest(`Invalid ${field} format`);
  return ms;
}

function parseIsoDate(value: string): number | null {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', tz] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const parts = [Number(h), Number(mi), Number(s)] as const;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return null;
  if (parts[0] > 23 || parts[1] > 59 || parts[2] > 59) return null;
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));
  let epoch = Date.UTC(year, month - 1, day, parts[0], parts[1], parts[2], ms);
  if (tz && tz.toUpperCase() !== 'Z') {
    const sign = tz.startsWith('-') ? -1 : 1;
    const digits = tz.slice(1).replace(':', '');
    const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4));
    if (Number(digits.slice(0, 2)) > 23 || Number(digits.slice(2, 4)) > 59) return null;
    epoch -= sign * offsetMinutes * 60_000;
  }
  return epoch;
}

/** Epoch ms of a stored timestamp (ISO or SQLite `YYYY-MM-DD HH:MM:SS`), or NaN. */
export function lineageTimestampMs(value: string | null | undefined): number {
  if (!value) return Number.NaN;
  return parseIsoDate(value) ?? Date.parse(value);
}

/** The API view of a stored row (`LineageResponse`). */
export function toLineageRecord(row: LineageRow): LineageRecord {
  const start = lineageTimestampMs(row.pipeline_start_time);
  const end = lineageTimestampMs(row.pipeline_end_time);
  return {
    lineage_id: row.id,
    report_generation_id: row.report_generation_id,
    lead_id: row.lead_id,
    pipeline_run_id: row.pipeline_run_id,
    template_version_id: row.template_version_id,
    pipeline_duration_seconds: Number.isFinite(end - start) ? (end - start) / 1000 : 0,
    raw_inputs_size_bytes: row.raw_inputs_compressed ? row.raw_inputs_size_bytes : 0,
    compression_ratio: row.compression_ratio,
    created_at: row.created_at,
    access_count: row.access_count,
    last_accessed_at: row.last_accessed_at,
  };
}

// Newest first: created_at desc, then id desc, so equal timestamps still have one stable order.
function newestFirst(a: LineageRow, b: LineageRow): number {
  const byTime = sortKey(b.created_at) - sortKey(a.created_at);
  if (byTime !== 0) return byTime;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

// Unparsable timestamps (only possible in seeded stores) sort oldest, at a finite key so the
// cursor can encode it.
function sortKey(value: string): number {
  const ms = lineageTimestampMs(value);
  return Number.isNaN(ms) ? Number.MIN_SAFE_INTEGER : ms;
}

/**
 * One page of search results: exact-match filters ANDed (empty strings ignored), inclusive date
 * range on `created_at`, newest first, keyset cursor after the last row served.
 *
 * @throws EngineError 400 for a bad date or cursor (dates are checked before the cursor).
 */
export function searchLineageRows(
  rows: readonly LineageRow[],
  params: LineageSearchParams,
): { rows: LineageRow[]; next_cursor: string | null } {
  const start = params.start_date ? parseLineageDate(params.start_date, 'start_date') : null;
  const end = params.end_date ? parseLineageDate(params.end_date, 'end_date') : null;
  const after = params.cursor ? decodeLineageCursor(params.cursor, ['number', 'string']) : null;

  const matches = rows
    .filter((row) => {
      if (params.lead_id && row.lead_id !== params.lead_id) return false;
      if (params.pipeline_run_id && row.pipeline_run_id !== params.pipeline_run_id) return false;
      if (params.template_version_id && row.template_version_id !== params.template_version_id) {
        return false;
      }
      const created = lineageTimestampMs(row.created_at);
      if (start !== null && !(created >= start)) return false;
      if (end !== null && !(created <= end)) return false;
      return true;
    })
    .sort(newestFirst)
    .filter((row) => {
      if (!after) return true;
      const [afterMs, afterId] = after;
      const key = sortKey(row.created_at);
      return key < afterMs || (key === afterMs && row.id < afterId);
    });

  const page = matches.slice(0, params.limit);
  const last = page[page.length - 1];
  const next_cursor =
    matches.length > params.limit && last
      ? encodeLineageCursor([sortKey(last.created_at), last.id])
      : null;
  return { rows: page, next_cursor };
}

/** Panel statistics over every row (not audited). */
export function computeLineageStats(rows: readonly LineageRow[], nowMs: number): LineageStats {
  const counts = new Map<string, number>();
  let bytes = 0;
  let recent = 0;
  for (const row of rows) {
    if (lineageTimestampMs(row.created_at) >= nowMs - DAY_MS) recent += 1;
    if (row.template_version_id) {
      counts.set(row.template_version_id, (counts.get(row.template_version_id) ?? 0) + 1);
    }
    bytes += row.raw_inputs_compressed ? row.raw_inputs_size_bytes : 0;
  }
  return {
    total_records: rows.length,
    recent_records_24h: recent,
    template_distribution: [...counts]
      .map(([version, count]) => ({ version, count }))
      .sort((a, b) => b.count - a.count || (a.version < b.version ? -1 : 1)),
    total_storage_mb: Math.round((bytes / MB) * 100) / 100,
  };
}

/**
 * One page of an access trail, newest first. The cursor is a position counted from the oldest
 * entry, so entries appended between pages (new accesses) neither repeat nor shift the next page.
 *
 * @throws EngineError 400 `Invalid cursor`.
 */
export function pageLineageAudit(
  entries: readonly LineageAuditEntry[],
  limit: number,
  cursor: string | undefined,
): LineageAuditPage {
  let before = entries.length;
  if (cursor !== undefined) {
    const [position] = decodeLineageCursor(cursor, ['number']);
    if (position < 0) throw EngineError.badRequest(LINEAGE_INVALID_CURSOR_DETAIL);
    before = Math.min(position, entries.length);
  }
  const from = Math.max(0, before - limit);
  return {
    items: entries.slice(from, before).reverse(),
    next_cursor: from > 0 ? encodeLineageCursor([from]) : null,
  };
}
