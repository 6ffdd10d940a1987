import type { lineageEndpoints as definitions } from '../../schemas/lineage/endpoints';
import type { LineageAuditParamsInput } from '../../schemas/lineage/lineage-audit';
import type { LineageLogsParamsInput } from '../../schemas/lineage/lineage-logs';
import type { LineageSearchParamsInput } from '../../schemas/lineage/lineage-search';
import type { ClientContext } from '../client-context';
import type { Download } from '../download';
import { downloadEndpoint } from '../download-endpoint';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { endpointIds } from '../endpoint-ids';
import type { EndpointResult, PageItem } from '../endpoint-result';
import { lazyEndpoints } from '../lazy-endpoints';
import type { PagePromise } from '../paginate';
import { paginateEndpoint } from '../paginate-endpoint';
import { callEndpoint } from '../request-endpoint';
import type { RequestOptions } from '../request-options';

// This domain's definitions, and so its schemas, load on its first call (see `lazyEndpoints`).
const ep = lazyEndpoints(endpointIds.lineage, () =>
  import('../../schemas/lineage/endpoints').then((module) => module.lineageEndpoints),
);

/** What {@link lineageSearch} resolves with (its response schema's output). */
export type LineageSearchResult = EndpointResult<typeof definitions.search>;

/**
 * `GET /api/lineage/search`: filters ANDed, newest first. `await` for one page, `for await`
 * for every record (a server that sends a bare array gives one page).
 */
export function lineageSearch(
  context: ClientContext,
  params?: LineageSearchParamsInput,
  options?: RequestOptions,
): PagePromise<LineageSearchResult, PageItem<LineageSearchResult, 'items'>> {
  return paginateEndpoint(context, ep.search, 'items', { query: params }, options);
}

/** What {@link lineageRetrieve} resolves with (its response schema's output). */
export type LineageRetrieveResult = EndpointResult<typeof definitions.retrieve>;

/** `GET /api/lineage/{report_id}`: the lineage of a report (by `report_generation_id`). */
export function lineageRetrieve(
  context: ClientContext,
  reportId: string,
  options?: RequestOptions,
): Promise<LineageRetrieveResult> {
  return callEndpoint(context, ep.retrieve, { report_id: reportId }, undefined, options);
}

/** What {@link lineageLogs} resolves with (its response schema's output). */
export type LineageLogsResult = EndpointResult<typeof definitions.logs>;

/**
 * `GET /api/lineage/{lineage_id}/logs`: summary, raw inputs and a page of events. `await` for
 * one page, `for await` for every event.
 */
export function lineageLogs(
  context: ClientContext,
  lineageId: string,
  params?: LineageLogsParamsInput,
  options?: RequestOptions,
): PagePromise<LineageLogsResult, PageItem<LineageLogsResult, 'events'>> {
  const input = { pathParams: { lineage_id: lineageId }, query: params };
  return paginateEndpoint(context, ep.logs, 'events', input, options);
}

/**
 * `GET /api/lineage/{lineage_id}/download`: the gzip bundle as a {@link Download}
 * (`lineage_<id>_raw_inputs.json.gz`). Decode it with `gunzipJson(download.stream())`, which
 * caps the decompressed size.
 */
export function lineageDownload(
  context: ClientContext,
  lineageId: string,
  options?: RequestOptions,
): Promise<Download> {
  return downloadEndpoint(context, ep.download, { pathParams: { lineage_id: lineageId } }, options);
}

/** What {@link lineageStats} resolves with (its response schema's output). */
export type LineageStatsResult = EndpointResult<typeof definitions.stats>;

/** `GET /api/lineage/panel/stats`: totals, last 24 h, template distribution, storage. */
export function lineageStats(
  context: ClientContext,
  options?: RequestOptions,
): Promise<LineageStatsResult> {
  return callEndpoint(context, ep.stats, undefined, undefined, options);
}

/** What {@link lineageDelete} resolves with (its response schema's output). */
export type LineageDeleteResult = EndpointResult<typeof definitions.delete>;

/** `DELETE /api/lineage/{lineage_id}` (its audit rows go with it). */
export function lineageDelete(
  context: ClientContext,
  lineageId: string,
  options?: RequestOptions,
): Promise<LineageDeleteResult> {
  return callEndpoint(context, ep.delete, { lineage_id: lineageId }, undefined, options);
}

/** What {@link lineageAudit} resolves with (its response schema's output). */
export type LineageAuditResult = EndpointResult<typeof definitions.audit>;

/** `GET /api/lineage/{lineage_id}/audit`: the access trail, newest first (paged). */
export function lineageAudit(
  context: ClientContext,
  lineageId: string,
  params?: LineageAuditParamsInput,
  options?: RequestOptions,
): PagePromise<LineageAuditResult, PageItem<LineageAuditResult, 'items'>> {
  const input = { pathParams: { lineage_id: lineageId }, query: params };
  return paginateEndpoint(context, ep.audit, 'items', input, options);
}

/**
 * Every function above by its registry key: the client tree is derived from this table and the
 * registry's ids, and `satisfies` makes a registry endpoint without a function a compile error.
 */
export const lineageFunctions = {
  search: lineageSearch,
  retrieve: lineageRetrieve,
  logs: lineageLogs,
  download: lineageDownload,
  stats: lineageStats,
  delete: lineageDelete,
  audit: lineageAudit,
} as const satisfies EndpointFunctionTable<typeof definitions>;
