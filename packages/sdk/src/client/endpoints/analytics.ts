import type { analyticsEndpoints as definitions } from '../../schemas/analytics/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { endpointIds } from '../endpoint-ids';
import type { EndpointResult } from '../endpoint-result';
import { lazyEndpoints } from '../lazy-endpoints';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

// This domain's definitions, and so its schemas, load on its first call (see `lazyEndpoints`).
const ep = lazyEndpoints(endpointIds.analytics, () =>
  import('../../schemas/analytics/endpoints').then((module) => module.analyticsEndpoints),
);

/** The params argument of {@link analyticsRetrieve}. */
export type AnalyticsRetrieveParams = EndpointParams<typeof definitions.retrieve>;
/** What {@link analyticsRetrieve} resolves with (its response schema's output). */
export type AnalyticsRetrieveResult = EndpointResult<typeof definitions.retrieve>;

/**
 * `GET /api/governance/analytics`: the full report (`view: 'full'`, default) or the reviewer
 * cadence view (`view: 'reviewer'`).
 */
export function analyticsRetrieve(
  context: ClientContext,
  params?: AnalyticsRetrieveParams,
  options?: RequestOptions,
): Promise<AnalyticsRetrieveResult> {
  return callEndpoint(context, ep.retrieve, undefined, params, options);
}

/**
 * Every function above by its registry key: the client tree is derived from this table and the
 * registry's ids, and `satisfies` makes a registry endpoint without a function a compile error.
 */
export const analyticsFunctions = {
  retrieve: analyticsRetrieve,
} as const satisfies EndpointFunctionTable<typeof definitions>;
