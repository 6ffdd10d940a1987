import { overridesEndpoints as ep } from '../../schemas/overrides/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

/** `GET /api/governance/recommendations/override`. */
export function overridesRecommendationsList(
  context: ClientContext,
  params?: EndpointParams<typeof ep.recommendationsList>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.recommendationsList, undefined, params, options);
}

/** `POST /api/governance/recommendations/override/{recommendation_id}/accept`. */
export function overridesAccept(
  context: ClientContext,
  recommendationId: string,
  body: EndpointParams<typeof ep.accept>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.accept, { recommendation_id: recommendationId }, body, options);
}

/** `POST /api/governance/recommendations/override/{recommendation_id}/decline`. */
export function overridesDecline(
  context: ClientContext,
  recommendationId: string,
  body: EndpointParams<typeof ep.decline>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.decline, { recommendation_id: recommendationId }, body, options);
}

/** `POST /api/governance/recommendations/override/{recommendation_id}/execute`. */
export function overridesExecute(
  context: ClientContext,
  recommendationId: string,
  body: EndpointParams<typeof ep.execute>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.execute, { recommendation_id: recommendationId }, body, options);
}

/** `POST /api/governance/recommendations/override/{recommendation_id}/reverse`. */
export function overridesReverse(
  context: ClientContext,
  recommendationId: string,
  body: EndpointParams<typeof ep.reverse>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.reverse, { recommendation_id: recommendationId }, body, options);
}

/**
 * Every function above by its registry key: the client tree is derived from this table and the
 * registry's ids, and `satisfies` makes a registry endpoint without a function a compile error.
 */
export const overridesFunctions = {
  recommendationsList: overridesRecommendationsList,
  accept: overridesAccept,
  decline: overridesDecline,
  execute: overridesExecute,
  reverse: overridesReverse,
} as const satisfies EndpointFunctionTable<typeof ep>;
