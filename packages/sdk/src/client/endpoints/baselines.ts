import { baselinesEndpoints as ep } from '../../schemas/baselines/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

/** `POST /api/governance/baselines/submissions` (201). */
export function baselinesSubmit(
  context: ClientContext,
  body: EndpointParams<typeof ep.submit>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.submit, undefined, body, options);
}

/** `GET /api/governance/baselines` (newest first). */
export function baselinesList(
  context: ClientContext,
  params?: EndpointParams<typeof ep.list>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.list, undefined, params, options);
}

/** `GET /api/governance/baselines/{baseline_id}`. */
export function baselinesRetrieve(
  context: ClientContext,
  baselineId: string,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.retrieve, { baseline_id: baselineId }, undefined, options);
}

/** `POST /api/governance/baselines/{baseline_id}/review` (`decision: approve | reject`). */
export function baselinesReview(
  context: ClientContext,
  baselineId: string,
  body: EndpointParams<typeof ep.review>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.review, { baseline_id: baselineId }, body, options);
}

/** `POST /api/governance/baselines/{baseline_id}/publish`. */
export function baselinesPublish(
  context: ClientContext,
  baselineId: string,
  body?: EndpointParams<typeof ep.publish>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.publish, { baseline_id: baselineId }, body, options);
}

/** `POST /api/governance/baselines/{baseline_id}/rollback` (admin). */
export function baselinesRollback(
  context: ClientContext,
  baselineId: string,
  body: EndpointParams<typeof ep.rollback>,
  options?: RequestOptions,
) {
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
} as const satisfies EndpointFunctionTable<typeof ep>;
