import {
  type LineageAccessContext,
  type LineageAuditAction,
  type LineageAuditEntry,
  type LineageAuditPage,
  type LineageAuditParamsInput,
  LineageAuditParamsSchema,
  type LineageDeletionEntry,
} from '../../schemas/lineage/lineage-audit';
import type { LineageBundle } from '../../schemas/lineage/lineage-bundle';
import {
  type LineageCaptureInputRaw,
  LineageCaptureInputSchema,
  type LineageCaptureResult,
} from '../../schemas/lineage/lineage-capture';
import {
  type LineageLogsParamsInput,
  LineageLogsParamsSchema,
  type LineageLogsResponse,
} from '../../schemas/lineage/lineage-logs';
import type {
  LineageDeleteResponse,
  LineageRecord,
  LineageReportRecord,
  LineageRow,
} from '../../schemas/lineage/lineage-record';
import {
  type LineageSearchPage,
  type LineageSearchParamsInput,
  LineageSearchParamsSchema,
} from '../../schemas/lineage/lineage-search';
import type { LineageStats } from '../../schemas/lineage/lineage-stats';
import { type Clock, isoAt } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import type { IdGenerator } from '../shared/id-generator';
import { compressLineageBundle } from './lineage-compression';
import { type LineageDownload, lineageDownloadOf } from './lineage-download';
import { buildLineageLogsResponse } from './lineage-logs-view';
import {
  computeLineageStats,
  lineageTimestampMs,
  pageLineageAudit,
  searchLineageRows,
  toLineageRecord,
} from './lineage-query';
import { createInMemoryLineageStore, type LineageStore } from './lineage-store';
import { redactSecrets, redactSecretsInString } from './redact-secrets';

/** Exact 404 details of the real router. */
export const LINEAGE_ERRORS = {
  notFoundForReport: 'Lineage not found for this report',
  notFound: 'Lineage not found',
  noRawInputs: 'No raw inputs available for this lineage',
  alreadyCaptured: 'Lineage already exists for this report',
} as const;

/** Dependencies of {@link createLineageEngine}. */
export interface LineageEngineOptions {
  clock: Clock;
  ids: IdGenerator;
  /** Defaults to {@link createInMemoryLineageStore}. */
  store?: LineageStore;
}

/** Report lineage: atomic capture, queries, downloads and the access trail. */
export interface LineageEngine {
  /**
   * Record a report and its lineage in one atomic operation. Secrets are redacted first, the
   * bundle is gzipped (level 6) and truncated if needed to fit 2 MB. Nothing is written when any
   * step fails.
   *
   * @throws EngineError 422 `Invalid lineage data` (`validation_error`; issue paths only, no values).
   * @throws EngineError 409 `Lineage already exists for this report`.
   * @throws EngineError 413 (`lineage_too_large`) when even the most truncated bundle is over 2 MB.
   */
  captureReport(input: LineageCaptureInputRaw): LineageCaptureResult;
  /** Search; audits `search_lineage` once per returned record. @throws EngineError 400. */
  search(params?: LineageSearchParamsInput, context?: LineageAccessContext): LineageSearchPage;
  /** Lineage of a report; audits `view_lineage`. @throws EngineError 404. */
  getByReportId(report_id: string, context?: LineageAccessContext): LineageRecord;
  /** Logs viewer, one page of events; audits `view_logs`. @throws EngineError 404/400. */
  getLogs(
    lineage_id: string,
    params?: LineageLogsParamsInput,
    context?: LineageAccessContext,
  ): LineageLogsResponse;
  /** The gzip bundle as a file; audits `download_raw_inputs` (before the no-blob 404). */
  download(lineage_id: string, context?: LineageAccessContext): LineageDownload;
  /** Panel statistics (not audited). */
  getStats(): LineageStats;
  /**
   * Delete a lineage, its audit rows and its report record (a report without lineage cannot exist
   * in this engine), and record who did it in the deletion log ({@link listDeletions}). Who may
   * delete is the caller's decision (the mock server: admins only).
   * @throws EngineError 404 `Lineage not found`.
   */
  deleteLineage(lineage_id: string, context?: LineageAccessContext): LineageDeleteResponse;
  /** Every deletion, oldest first: the trail that outlives the lineages it names. */
  listDeletions(): LineageDeletionEntry[];
  /** The access trail, newest first (not audited). @throws EngineError 404/400. */
  listAudit(lineage_id: string, params?: LineageAuditParamsInput): LineageAuditPage;
  /** The stored report of a capture, if any. */
  getReport(report_id: string): LineageReportRecord | undefined;
  readonly store: LineageStore;
}

/** Create the lineage engine. */
export function createLineageEngine(options: LineageEngineOptions): LineageEngine {
  const { clock, ids } = options;
  const store = options.store ?? createInMemoryLineageStore();

  function audit(row: LineageRow, action: LineageAuditAction, context: LineageAccessContext = {}) {
    const entry = lineageAuditEntry(row.id, action, context, { clock, ids });
    return store.recordAccess(entry) ?? row;
  }

  function requireLineage(lineage_id: string): LineageRow {
    const row = store.getLineage(lineage_id);
    if (!row) throw EngineError.notFound(LINEAGE_ERRORS.notFound);
    return row;
  }

  return {
    store,
    captureReport(raw) {
      const { report, row } = prepareLineageCapture(raw, { clock, ids }, (id) =>
        Boolean(store.getReport(id) || store.findLineageByReportId(id)),
      );
      try {
        store.insertCapture(report, row);
      } catch (cause) {
        throw EngineError.conflict(LINEAGE_ERRORS.alreadyCaptured, { cause });
      }
      return { report, lineage: toLineageRecord(row) };
    },

    search(params = {}, context) {
      const parsed = LineageSearchParamsSchema.safeParse(params);
      if (!parsed.success) throw EngineError.unprocessable('Invalid search parameters');
      const page = searchLineageRows(store.listLineages(), parsed.data);
      return {
        items: page.rows.map((row) => toLineageRecord(audit(row, 'search_lineage', context))),
        next_cursor: page.next_cursor,
      };
    },

    getByReportId(report_id, context) {
      const row = store.findLineageByReportId(report_id);
      if (!row) throw EngineError.notFound(LINEAGE_ERRORS.notFoundForReport);
      return toLineageRecord(audit(row, 'view_lineage', context));
    },

    getLogs(lineage_id, params = {}, context) {
      const row = requireLineage(lineage_id);
      const parsed = LineageLogsParamsSchema.safeParse(params);
      if (!parsed.success) throw EngineError.unprocessable('Invalid logs parameters');
      // Built before auditing, so a bad cursor (400) leaves no audit row behind.
      const response = buildLineageLogsResponse(row, parsed.data);
      audit(row, 'view_logs', context);
      return response;
    },

    download(lineage_id, context) {
      const row = requireLineage(lineage_id);
      // As in the real router, the attempt is audited even when there is nothing to download.
      const audited = audit(row, 'download_raw_inputs', context);
      if (!audited.raw_inputs_compressed || audited.raw_inputs_compressed.length === 0) {
        throw EngineError.notFound(LINEAGE_ERRORS.noRawInputs);
      }
      return lineageDownloadOf(audited.id, audited.raw_inputs_compressed);
    },

    getStats: () => computeLineageStats(store.listLineages(), clock.now()),

    deleteLineage(lineage_id, context = {}) {
      const row = requireLineage(lineage_id);
      store.deleteLineage(lineage_id, {
        lineage_id,
        report_generation_id: row.report_generation_id,
        deleted_by: clip(context.user_id, 255),
        ip_address: clip(context.ip_address, 45),
        user_agent: clip(context.user_agent, 2000),
        deleted_at: isoAt(clock),
      });
      return { message: `Lineage ${lineage_id} deleted successfully` };
    },

    listDeletions: () => store.listDeletions(),

    listAudit(lineage_id, params = {}) {
      requireLineage(lineage_id);
      const parsed = LineageAuditParamsSchema.safeParse(params);
      if (!parsed.success) throw EngineError.unprocessable('Invalid audit parameters');
      return pageLineageAudit(store.listAudit(lineage_id), parsed.data.limit, parsed.data.cursor);
    },

    getReport: (report_id) => store.getReport(report_id),
  };
}

/** Where a capture gets its time and ids. */
export interface LineageCaptureDeps {
  clock: Clock;
  ids: IdGenerator;
}

/**
 * Everything a capture does before it touches a store: validate the input, redact secrets, gzip
 * (and truncate if needed) the bundle, and build the report record and the `report_lineage` row.
 * Shared by the in-memory engine and the durable stores so a capture means the same everywhere.
 * `alreadyCaptured` is the early 409 check for a caller-chosen report id (the store's own
 * uniqueness is the final word).
 *
 * @throws EngineError 422 / 409 / 413 as {@link LineageEngine.captureReport}.
 */
export function prepareLineageCapture(
  raw: LineageCaptureInputRaw,
  { clock, ids }: LineageCaptureDeps,
  alreadyCaptured: (report_id: string) => boolean = () => false,
): { report: LineageReportRecord; row: LineageRow } {
  const parsed = LineageCaptureInputSchema.safeParse(raw);
  if (!parsed.success) {
    throw EngineError.unprocessable('Invalid lineage data', {
      data: { paths: parsed.error.issues.map((issue) => issue.path.map(String).join('.')) },
    });
  }
  const input = parsed.data;
  const start = lineageTimestampMs(input.pipeline_start_time);
  const end = lineageTimestampMs(input.pipeline_end_time);
  if (Number.isNaN(start) || Number.isNaN(end)) {
    throw EngineError.unprocessable('Invalid pipeline_start_time or pipeline_end_time');
  }
  if (end < start) {
    throw EngineError.unprocessable('pipeline_end_time is before pipeline_start_time');
  }
  const existing = input.report_generation_id;
  if (existing && alreadyCaptured(existing)) {
    throw EngineError.conflict(LINEAGE_ERRORS.alreadyCaptured);
  }
  // Redaction happens before anything is stored or even compressed.
  const bundle: LineageBundle = {
    lead_id: input.lead_id,
    pipeline_run_id: input.pipeline_run_id,
    template_version_id: input.template_version_id,
    pipeline_start_time: input.pipeline_start_time,
    pipeline_end_time: input.pipeline_end_time,
    pipeline_logs: redactSecrets(input.pipeline_logs) as LineageBundle['pipeline_logs'],
    raw_inputs: redactSecrets(input.raw_inputs) as Record<string, unknown>,
  };
  const compressed = compressLineageBundle(bundle);
  const created_at = isoAt(clock);
  const report: LineageReportRecord = {
    id: input.report_generation_id ?? ids.next('report'),
    lead_id: input.lead_id,
    pipeline_run_id: input.pipeline_run_id,
    template_version_id: input.template_version_id,
    created_at,
    data: redactSecrets(input.report ?? {}) as Record<string, unknown>,
  };
  const row: LineageRow = {
    id: ids.next('lineage'),
    report_generation_id: report.id,
    lead_id: input.lead_id,
    pipeline_run_id: input.pipeline_run_id,
    template_version_id: input.template_version_id,
    pipeline_start_time: input.pipeline_start_time,
    pipeline_end_time: input.pipeline_end_time,
    pipeline_logs: summaryColumn(compressed.bundle.pipeline_logs),
    raw_inputs_compressed: compressed.bytes,
    raw_inputs_size_bytes: compressed.bytes.length,
    compression_ratio: compressed.compression_ratio,
    created_at,
    last_accessed_at: null,
    access_count: 0,
  };
  return { report, row };
}

/** The `report_lineage_audit` row of one access, with redacted and length-bounded metadata. */
export function lineageAuditEntry(
  lineage_id: string,
  action: LineageAuditAction,
  context: LineageAccessContext,
  { clock, ids }: LineageCaptureDeps,
): LineageAuditEntry {
  return {
    id: ids.next('audit'),
    lineage_id,
    action,
    user_id: clip(context.user_id, 255),
    ip_address: clip(context.ip_address, 45),
    user_agent: clip(context.user_agent, 2000),
    accessed_at: isoAt(clock),
  };
}

// The column keeps what the real system kept: the logs' `summary` object, or `{}`.
function summaryColumn(logs: LineageBundle['pipeline_logs']): Record<string, unknown> {
  const summary = logs && !Array.isArray(logs) ? logs.summary : undefined;
  return summary && typeof summary === 'object' && !Array.isArray(summary)
    ? (summary as Record<string, unknown>)
    : {};
}

// Request metadata is stored too, so it gets the same string redaction and a length bound.
function clip(value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  return redactSecretsInString(value).slice(0, max);
}
