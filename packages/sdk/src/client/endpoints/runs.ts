import { runGovernanceEndpoints as ep } from '../../schemas/run-governance/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

/** `GET /api/workspaces/{workspace_id}/lock`: holder, expiry and fencing token. */
export function runsLocksState(
  context: ClientContext,
  workspaceId: string,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.lockState, { workspace_id: workspaceId }, undefined, options);
}

/** `POST /api/workspaces/{workspace_id}/lock`: 201 grant, or `RunLockHeldError` (409). */
export function runsLocksAcquire(
  context: ClientContext,
  workspaceId: string,
  body: EndpointParams<typeof ep.lockAcquire>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.lockAcquire, { workspace_id: workspaceId }, body, options);
}

/** `DELETE /api/locks/{lock_id}`: releases the lock it names (204). */
export function runsLocksRelease(context: ClientContext, lockId: string, options?: RequestOptions) {
  return callEndpoint(context, ep.lockRelease, { lock_id: lockId }, undefined, options);
}

/**
 * `POST /api/workspaces/{workspace_id}/remote-assist` (201). Throws `RateLimitError` (429,
 * `Retry-After`) past five requests per workspace per hour; never retried (not idempotent).
 */
export function runsRemoteAssistCreate(
  context: ClientContext,
  workspaceId: string,
  body: EndpointParams<typeof ep.remoteAssistCreate>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.remoteAssistCreate, { workspace_id: workspaceId }, body, options);
}

/** `GET /api/workspaces/{workspace_id}/remote-assist`: newest first. */
export function runsRemoteAssistList(
  context: ClientContext,
  workspaceId: string,
  params?: EndpointParams<typeof ep.remoteAssistList>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.remoteAssistList, { workspace_id: workspaceId }, params, options);
}

/**
 * `POST /api/workspaces/{workspace_id}/runs`: runs the six-step pipeline under the workspace
 * lock (201), or throws `RunLockHeldError` while another run holds it.
 */
export function runsStart(
  context: ClientContext,
  workspaceId: string,
  body: EndpointParams<typeof ep.start>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.start, { workspace_id: workspaceId }, body, options);
}

/** `GET /api/runs/{run_id}`. */
export function runsRetrieve(context: ClientContext, runId: string, options?: RequestOptions) {
  return callEndpoint(context, ep.retrieve, { run_id: runId }, undefined, options);
}

/**
 * Every function above by its registry key: the client tree is derived from this table and the
 * registry's ids, and `satisfies` makes a registry endpoint without a function a compile error.
 */
export const runGovernanceFunctions = {
  lockState: runsLocksState,
  lockAcquire: runsLocksAcquire,
  lockRelease: runsLocksRelease,
  remoteAssistCreate: runsRemoteAssistCreate,
  remoteAssistList: runsRemoteAssistList,
  start: runsStart,
  retrieve: runsRetrieve,
} as const satisfies EndpointFunctionTable<typeof ep>;
