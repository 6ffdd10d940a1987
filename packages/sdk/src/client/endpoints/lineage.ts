import { lineageEndpoints as ep } from '../../schemas/lineage/endpoints';
import type { ClientContext } from '../client-context';
import type { Download } from '../download';
import { downloadEndpoint } from '../download-endpoint';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { paginateEndpoint } from '../paginate-endpoint';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

/**
 * `GET /api/lineage/search`: filters ANDed, newest first. `await` for one page, `for await`
 * for every record (a server that sends a bare array gives one page).
 */
export function lineageSearch(
  context: ClientContext,
  params?: EndpointParams<typeof ep.search>,
  options?: RequestOptions,
) {
  return paginateEndpoint(context, ep.search, 'items', { query: params }, options);
}

/** `GET /api/lineage/{report_id}`: the lineage of a report (by `report_generation_id`). */
export function lineageRetrieve(
  context: ClientContext,
  reportId: string,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.retrieve, { report_id: reportId }, undefined, options);
}

/**
 * `GET /api/lineage/{lineage_id}/logs`: summary, raw inputs and a page of events. `await` for
 * one page, `for await` for every event.
 */
export function lineageLogs(
  context: ClientContext,
  lineageId: string,
  params?: EndpointParams<typeof ep.logs>,
  options?: RequestOptions,
) {
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

/** `GET /api/lineage/panel/stats`: totals, last 24 h, template distribution, storage. */
export function lineageStats(context: ClientContext, options?: RequestOptions) {
  return callEndpoint(context, ep.stats, undefined, undefined, options);
}

/** `DELETE /api/lineage/{lineage_id}` (its audit rows go with it). */
export function lineageDelete(context: ClientContext, lineageId: string, options?: RequestOptions) {
  return callEndpoint(context, ep.delete, { lineage_id: lineageId }, undefined, options);
}

/** `GET /api/lineage/{lineage_id}/audit`: the access trail, newest first (paged). */
export function lineageAudit(
  context: ClientContext,
  lineageId: string,
  params?: EndpointParams<typeof ep.audit>,
  options?: RequestOptions,
) {
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
} as const satisfies EndpointFunctionTable<typeof ep>;
