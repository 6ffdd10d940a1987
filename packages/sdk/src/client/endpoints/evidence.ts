import { evidenceEndpoints as ep } from '../../schemas/evidence/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { paginateEndpoint } from '../paginate-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

/** `GET /api/notebook/entries/evidence`: notebook entries, newest first. */
export function evidenceNotebook(
  context: ClientContext,
  params?: EndpointParams<typeof ep.notebook>,
  options?: RequestOptions,
) {
  return paginateEndpoint(context, ep.notebook, 'items', { query: params }, options);
}

/** `GET /api/data/evidence`: analytics snapshots, QC metrics or remediation reports. */
export function evidenceData(
  context: ClientContext,
  params?: EndpointParams<typeof ep.data>,
  options?: RequestOptions,
) {
  return paginateEndpoint(context, ep.data, 'items', { query: params }, options);
}

/**
 * Every function above by its registry key: the client tree is derived from this table and the
 * registry's ids, and `satisfies` makes a registry endpoint without a function a compile error.
 */
export const evidenceFunctions = {
  notebook: evidenceNotebook,
  data: evidenceData,
} as const satisfies EndpointFunctionTable<typeof ep>;
