import type { baselinesEndpoints as definitions } from '../../schemas/baselines/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { endpointIds } from '../endpoint-ids';
import type { EndpointResult } from '../endpoint-result';
import { lazyEndpoints } from '../lazy-endpoints';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

// This domain's definitions, and so its schemas, load on its first call (see `lazyEndpoints`).
const ep = lazyEndpoints(endpointIds.baselines, () =>
  import('../../schemas/baselines/endpoints').then((module) => module.baselinesEndpoints),
);

/** The params argument of {@link baselinesSubmit}. */
export type BaselinesSubmitParams = EndpointParams<typeof definitions.submit>;
/** What {@link baselinesSubmit} resolves with (its response schema's output). */
export type BaselinesSubmitResult = EndpointResult<typeof definitions.submit>;

/** `POST /api/governance/baselines/submissions` (201). */
export function baselinesSubmit(
  context: ClientContext,
  body: BaselinesSubmitParams,
  options?: RequestOptions,
): Promise<BaselinesSubmitResult> {
  return callEndpoint(context, ep.submit, undefined, body, options);
}

/** The params argument of {@link baselinesList}. */
export type BaselinesListParams = EndpointParams<typeof definitions.list>;
/** What {@link baselinesList} resolves with (its response schema's output). */
export type BaselinesListResult = EndpointResult<typeof definitions.list>;

/** `GET /api/governance/baselines` (newest first). */
export function baselinesList(
  context: ClientContext,
  params?: BaselinesListParams,
  options?: RequestOptions,
): Promise<BaselinesListResult> {
  return callEndpoint(context, ep.list, undefined, params, options);
}

/** What {@link baselinesRetrieve} resolves with (its response schema's output). */
export type BaselinesRetrieveResult = EndpointResult<typeof definitions.retrieve>;

/** `GET /api/governance/baselines/{baseline_id}`. */
export function baselinesRetrieve(
  context: ClientContext,
  baselineId: string,
  options?: RequestOptions,
): Promise<BaselinesRetrieveResult> {
  return callEndpoint(context, ep.retrieve, { baseline_id: baselineId }, undefined, options);
}

/** The params argument of {@link baselinesReview}. */
export type BaselinesReviewParams = EndpointParams<typeof definitions.review>;
/** What {@link baselinesReview} resolves with (its response schema's output). */
export type BaselinesReviewResult = EndpointResult<typeof definitions.review>;

/** `POST /api/governance/baselines/{baseline_id}/review` (`decision: approve | reject`). */
export function baselinesReview(
  context: ClientContext,
  baselineId: string,
  body: BaselinesReviewParams,
  options?: RequestOptions,
): Promise<BaselinesReviewResult> {
  return callEndpoint(context, ep.review, { baseline_id: baselineId }, body, options);
}

/** The params argument of {@link baselinesPublish}. */
export type BaselinesPublishParams = EndpointParams<typeof definitions.publish>;
/** What {@link baselinesPublish} resolves with (its response schema's output). */
export type BaselinesPublishResult = EndpointResult<typeof definitions.publish>;

/** `POST /api/governance/baselines/{baseline_id}/publish`. */
export function baselinesPublish(
  context: ClientContext,
  baselineId: string,
  body?: BaselinesPublishParams,
  options?: RequestOptions,
): Promise<BaselinesPublishResult> {
  return callEndpoint(context, ep.publish, { baseline_id: baselineId }, body, options);
}

/** The params argument of {@link baselinesRollback}. */
export type BaselinesRollbackParams = EndpointParams<typeof definitions.rollback>;
/** What {@link baselinesRollback} resolves with (its response schema's output). */
export type BaselinesRollbackResult = EndpointResult<typeof definitions.rollback>;

/** `POST /api/governance/baselines/{baseline_id}/rollback` (admin). */
export function baselinesRollback(
  context: ClientContext,
  baselineId: string,
  body: BaselinesRollbackParams,
  options?: RequestOptions,
): Promise<BaselinesRollbackResult> {
  return callEndpoint(context, ep.rollback, { baseline_id: baselineId }, body, options);
}

/**
 * Every function above by its registry key: the client tree is derived from this table and the
 * registry's ids, and `satisfies` makes a registry endpoint without a function a compile error.
 */
export const baselinesFunctions = {
  submit: baselinesSubmit,
  list: baselinesList,
  retrieve: baselinesRetrieve,
  review: baselinesReview,
  publish: baselinesPublish,
  rollback: baselinesRollback,
} as const satisfies EndpointFunctionTable<typeof definitions>;
