import type { overridesEndpoints as definitions } from '../../schemas/overrides/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { endpointIds } from '../endpoint-ids';
import type { EndpointResult } from '../endpoint-result';
import { lazyEndpoints } from '../lazy-endpoints';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

// This domain's definitions, and so its schemas, load on its first call (see `lazyEndpoints`).
const ep = lazyEndpoints(endpointIds.overrides, () =>
  import('../../schemas/overrides/endpoints').then((module) => module.overridesEndpoints),
);

/** The params argument of {@link overridesRecommendationsList}. */
export type OverridesRecommendationsListParams = EndpointParams<
  typeof definitions.recommendationsList
>;
/** What {@link overridesRecommendationsList} resolves with (its response schema's output). */
export type OverridesRecommendationsListResult = EndpointResult<
  typeof definitions.recommendationsList
>;

/** `GET /api/governance/recommendations/override`. */
export function overridesRecommendationsList(
  context: ClientContext,
  params?: OverridesRecommendationsListParams,
  options?: RequestOptions,
): Promise<OverridesRecommendationsListResult> {
  return callEndpoint(context, ep.recommendationsList, undefined, params, options);
}

/** The params argument of {@link overridesAccept}. */
export type OverridesAcceptParams = EndpointParams<typeof definitions.accept>;
/** What {@link overridesAccept} resolves with (its response schema's output). */
export type OverridesAcceptResult = EndpointResult<typeof definitions.accept>;

/** `POST /api/governance/recommendations/override/{recommendation_id}/accept`. */
export function overridesAccept(
  context: ClientContext,
  recommendationId: string,
  body: OverridesAcceptParams,
  options?: RequestOptions,
): Promise<OverridesAcceptResult> {
  return callEndpoint(context, ep.accept, { recommendation_id: recommendationId }, body, options);
}

/** The params argument of {@link overridesDecline}. */
export type OverridesDeclineParams = EndpointParams<typeof definitions.decline>;
/** What {@link overridesDecline} resolves with (its response schema's output). */
export type OverridesDeclineResult = EndpointResult<typeof definitions.decline>;

/** `POST /api/governance/recommendations/override/{recommendation_id}/decline`. */
export function overridesDecline(
  context: ClientContext,
  recommendationId: string,
  body: OverridesDeclineParams,
  options?: RequestOptions,
): Promise<OverridesDeclineResult> {
  return callEndpoint(context, ep.decline, { recommendation_id: recommendationId }, body, options);
}

/** The params argument of {@link overridesExecute}. */
export type OverridesExecuteParams = EndpointParams<typeof definitions.execute>;
/** What {@link overridesExecute} resolves with (its response schema's output). */
export type OverridesExecuteResult = EndpointResult<typeof definitions.execute>;

/** `POST /api/governance/recommendations/override/{recommendation_id}/execute`. */
export function overridesExecute(
  context: ClientContext,
  recommendationId: string,
  body: OverridesExecuteParams,
  options?: RequestOptions,
): Promise<OverridesExecuteResult> {
  return callEndpoint(context, ep.execute, { recommendation_id: recommendationId }, body, options);
}

/** The params argument of {@link overridesReverse}. */
export type OverridesReverseParams = EndpointParams<typeof definitions.reverse>;
/** What {@link overridesReverse} resolves with (its response schema's output). */
export type OverridesReverseResult = EndpointResult<typeof definitions.reverse>;

/** `POST /api/governance/recommendations/override/{recommendation_id}/reverse`. */
export function overridesReverse(
  context: ClientContext,
  recommendationId: string,
  body: OverridesReverseParams,
  options?: RequestOptions,
): Promise<OverridesReverseResult> {
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
} as const satisfies EndpointFunctionTable<typeof definitions>;
