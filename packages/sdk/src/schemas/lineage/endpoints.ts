import type { z } from 'zod';
import { defineEndpoint } from '../shared/endpoint';
import { requestObject } from '../shared/open-object';
import { RequestIdSchema } from '../shared/request-bounds';
import { LineageAuditPageSchema, LineageAuditParamsSchema } from './lineage-audit';
import { LineageLogsParamsSchema, LineageLogsResponseSchema } from './lineage-logs';
import { LineageDeleteResponseSchema, LineageRecordSchema } from './lineage-record';
import { LineageSearchPageSchema, LineageSearchParamsSchema } from './lineage-search';
import { LineageStatsSchema } from './lineage-stats';

const TAG = 'Report lineage';

/** Path params of `GET /api/lineage/{report_id}` (the report's `report_generation_id`). */
export const LineageReportPathParamsSchema = requestObject({ report_id: RequestIdSchema });
export type LineageReportPathParams = z.output<typeof LineageReportPathParamsSchema>;

/** Path params of the endpoints addressed by lineage id. */
export const LineageIdPathParamsSchema = requestObject({ lineage_id: RequestIdSchema });
export type LineageIdPathParams = z.output<typeof LineageIdPathParamsSchema>;

/** `Content-Type` of the raw-inputs download. */
export const LINEAGE_DOWNLOAD_CONTENT_TYPE = 'application/gzip';

/** The download's file name: `lineage_<id>_raw_inputs.json.gz`. */
export function lineageDownloadFilename(lineageId: string): string {
  return `lineage_${lineageId}_raw_inputs.json.gz`;
}

/**
 * Report lineage, prefix `/api/lineage`. Static routes (`/search`, `/panel/stats`) must
 * be matched before `/{report_id}`. Errors are `{detail}` (+ `code` from the mock server).
 * Every view, logs, download and search access appends an audit row and bumps `access_count`.
 */
export const lineageEndpoints = {
  /** Search lineage rows (filters ANDed, inclusive date range, newest first, cursor paging). */
  search: defineEndpoint({
    id: 'lineage.search',
    method: 'GET',
    path: '/api/lineage/search',
    summary: 'Search report lineage',
    description:
      'Exact-match filters (lead_id, pipeline_run_id, template_version_id) ANDed, inclusive ' +
      'start_date/end_date on created_at, limit 1–1000 (default 100), newest first. govkit ' +
      'wraps the real bare array in `{items, next_cursor}`. 400 `Invalid start_date format` / ' +
      '`Invalid end_date format` / `Invalid cursor`. Audited as `search_lineage`, one row per ' +
      'returned record.',
    tag: TAG,
    query: LineageSearchParamsSchema,
    response: LineageSearchPageSchema,
    errorStatuses: [400, 422],
    pagination: { cursorParam: 'cursor', itemsKey: 'items', nextCursorKey: 'next_cursor' },
  }),
  /** The lineage of one report. */
  retrieve: defineEndpoint({
    id: 'lineage.retrieve',
    method: 'GET',
    path: '/api/lineage/{report_id}',
    summary: 'Lineage of a report',
    description: '404 `Lineage not found for this report`. Audited as `view_lineage`.',
    tag: TAG,
    pathParams: LineageReportPathParamsSchema,
    response: LineageRecordSchema,
    errorStatuses: [404],
  }),
  /** Logs viewer: summary, raw inputs and the full event list, paged. */
  logs: defineEndpoint({
    id: 'lineage.logs',
    method: 'GET',
    path: '/api/lineage/{lineage_id}/logs',
    summary: 'Pipeline logs of a lineage',
    description:
      '404 `Lineage not found`; 400 `Invalid cursor`. Audited as `view_logs` (once per page).',
    tag: TAG,
    pathParams: LineageIdPathParamsSchema,
    query: LineageLogsParamsSchema,
    response: LineageLogsResponseSchema,
    errorStatuses: [400, 404, 422],
    pagination: { cursorParam: 'cursor', itemsKey: 'events', nextCursorKey: 'next_cursor' },
  }),
  /** The stored gzip bundle (ids, times, logs, raw inputs), as a file. */
  download: defineEndpoint({
    id: 'lineage.download',
    method: 'GET',
    path: '/api/lineage/{lineage_id}/download',
    summary: 'Download raw inputs (gzip)',
    description:
      '`application/gzip`, `Content-Disposition: attachment; ' +
      'filename="lineage_<lineage_id>_raw_inputs.json.gz"` (govkit quotes the name; the real ' +
      'system did not), `Content-Length`. 404 `Lineage not found`; 404 `No raw inputs available ' +
      'for this lineage` (audited as `download_raw_inputs` before that check, as in the real system).',
    tag: TAG,
    pathParams: LineageIdPathParamsSchema,
    responseKind: 'binary',
    contentType: LINEAGE_DOWNLOAD_CONTENT_TYPE,
    errorStatuses: [404],
  }),
  /** Panel statistics (not audited). */
  stats: defineEndpoint({
    id: 'lineage.stats',
    method: 'GET',
    path: '/api/lineage/panel/stats',
    summary: 'Lineage panel statistics',
    tag: TAG,
    response: LineageStatsSchema,
    errorStatuses: [],
  }),
  /** Delete a lineage row and (cascade) its audit rows. */
  delete: defineEndpoint({
    id: 'lineage.delete',
    method: 'DELETE',
    path: '/api/lineage/{lineage_id}',
    summary: 'Delete a lineage',
    description: '200 `{"message": "Lineage <id> deleted successfully"}`; 404 `Lineage not found`.',
    tag: TAG,
    pathParams: LineageIdPathParamsSchema,
    response: LineageDeleteResponseSchema,
    errorStatuses: [404],
  }),
  /** The access trail of a lineage (new in govkit; not audited itself). */
  audit: defineEndpoint({
    id: 'lineage.audit',
    method: 'GET',
    path: '/api/lineage/{lineage_id}/audit',
    summary: 'Access trail of a lineage',
    description: 'Newest first. 404 `Lineage not found`; 400 `Invalid cursor`.',
    tag: TAG,
    pathParams: LineageIdPathParamsSchema,
    query: LineageAuditParamsSchema,
    response: LineageAuditPageSchema,
    errorStatuses: [400, 404, 422],
    pagination: { cursorParam: 'cursor', itemsKey: 'items', nextCursorKey: 'next_cursor' },
  }),
} as const;
