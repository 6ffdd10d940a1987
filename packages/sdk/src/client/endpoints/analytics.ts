import { analyticsEndpoints as ep } from '../../schemas/analytics/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import type { EndpointResult } from '../endpoint-result';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

/** The params argument of {@link analyticsRetrieve}. */
export type AnalyticsRetrieveParams = EndpointParams<typeof ep.retrieve>;
/** What {@link analyticsRetrieve} resolves with (its response schema's output). */
export type AnalyticsRetrieveResult = EndpointResult<typeof ep.retrieve>;

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
} as const satisfies EndpointFunctionTable<typeof ep>;
