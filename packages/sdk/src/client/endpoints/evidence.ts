import type { evidenceEndpoints as definitions } from '../../schemas/evidence/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { endpointIds } from '../endpoint-ids';
import type { EndpointResult, PageItem } from '../endpoint-result';
import { lazyEndpoints } from '../lazy-endpoints';
import type { PagePromise } from '../paginate';
import { paginateEndpoint } from '../paginate-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

// This domain's definitions, and so its schemas, load on its first call (see `lazyEndpoints`).
const ep = lazyEndpoints(endpointIds.evidence, () =>
  import('../../schemas/evidence/endpoints').then((module) => module.evidenceEndpoints),
);

/** The params argument of {@link evidenceNotebook}. */
export type EvidenceNotebookParams = EndpointParams<typeof definitions.notebook>;
/** What {@link evidenceNotebook} resolves with (its response schema's output). */
export type EvidenceNotebookResult = EndpointResult<typeof definitions.notebook>;

/** `GET /api/notebook/entries/evidence`: notebook entries, newest first. */
export function evidenceNotebook(
  context: ClientContext,
  params?: EvidenceNotebookParams,
  options?: RequestOptions,
): PagePromise<EvidenceNotebookResult, PageItem<EvidenceNotebookResult, 'items'>> {
  return paginateEndpoint(context, ep.notebook, 'items', { query: params }, options);
}

/** The params argument of {@link evidenceData}. */
export type EvidenceDataParams = EndpointParams<typeof definitions.data>;
/** What {@link evidenceData} resolves with (its response schema's output). */
export type EvidenceDataResult = EndpointResult<typeof definitions.data>;

/** `GET /api/data/evidence`: analytics snapshots, QC metrics or remediation reports. */
export function evidenceData(
  context: ClientContext,
  params?: EvidenceDataParams,
  options?: RequestOptions,
): PagePromise<EvidenceDataResult, PageItem<EvidenceDataResult, 'items'>> {
  return paginateEndpoint(context, ep.data, 'items', { query: params }, options);
}

/**
 * Every function above by its registry key: the client tree is derived from this table and the
 * registry's ids, and `satisfies` makes a registry endpoint without a function a compile error.
 */
export const evidenceFunctions = {
  notebook: evidenceNotebook,
  data: evidenceData,
} as const satisfies EndpointFunctionTable<typeof definitions>;
