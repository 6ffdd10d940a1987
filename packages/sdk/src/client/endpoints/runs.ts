import type { runGovernanceEndpoints as definitions } from '../../schemas/run-governance/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { endpointIds } from '../endpoint-ids';
import type { EndpointResult } from '../endpoint-result';
import { lazyEndpoints } from '../lazy-endpoints';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

// This domain's definitions, and so its schemas, load on its first call (see `lazyEndpoints`).
const ep = lazyEndpoints(endpointIds.runGovernance, () =>
  import('../../schemas/run-governance/endpoints').then((module) => module.runGovernanceEndpoints),
);

/** What {@link runsLocksState} resolves with (its response schema's output). */
export type RunsLocksStateResult = EndpointResult<typeof definitions.lockState>;

/** `GET /api/workspaces/{workspace_id}/lock`: holder, expiry and fencing token. */
export function runsLocksState(
  context: ClientContext,
  workspaceId: string,
  options?: RequestOptions,
): Promise<RunsLocksStateResult> {
  return callEndpoint(context, ep.lockState, { workspace_id: workspaceId }, undefined, options);
}

/** The params argument of {@link runsLocksAcquire}. */
export type RunsLocksAcquireParams = EndpointParams<typeof definitions.lockAcquire>;
/** What {@link runsLocksAcquire} resolves with (its response schema's output). */
export type RunsLocksAcquireResult = EndpointResult<typeof definitions.lockAcquire>;

/** `POST /api/workspaces/{workspace_id}/lock`: 201 grant, or `RunLockHeldError` (409). */
export function runsLocksAcquire(
  context: ClientContext,
  workspaceId: string,
  body: RunsLocksAcquireParams,
  options?: RequestOptions,
): Promise<RunsLocksAcquireResult> {
  return callEndpoint(context, ep.lockAcquire, { workspace_id: workspaceId }, body, options);
}

/** What {@link runsLocksRelease} resolves with (its response schema's output). */
export type RunsLocksReleaseResult = EndpointResult<typeof definitions.lockRelease>;

/** `DELETE /api/locks/{lock_id}`: releases the lock it names (204). */
export function runsLocksRelease(
  context: ClientContext,
  lockId: string,
  options?: RequestOptions,
): Promise<RunsLocksReleaseResult> {
  return callEndpoint(context, ep.lockRelease, { lock_id: lockId }, undefined, options);
}

/** The params argument of {@link runsRemoteAssistCreate}. */
export type RunsRemoteAssistCreateParams = EndpointParams<typeof definitions.remoteAssistCreate>;
/** What {@link runsRemoteAssistCreate} resolves with (its response schema's output). */
export type RunsRemoteAssistCreateResult = EndpointResult<typeof definitions.remoteAssistCreate>;

/**
 * `POST /api/workspaces/{workspace_id}/remote-assist` (201). Throws `RateLimitError` (429,
 * `Retry-After`) past five requests per workspace per hour; never retried (not idempotent).
 */
export function runsRemoteAssistCreate(
  context: ClientContext,
  workspaceId: string,
  body: RunsRemoteAssistCreateParams,
  options?: RequestOptions,
): Promise<RunsRemoteAssistCreateResult> {
  return callEndpoint(context, ep.remoteAssistCreate, { workspace_id: workspaceId }, body, options);
}

/** The params argument of {@link runsRemoteAssistList}. */
export type RunsRemoteAssistListParams = EndpointParams<typeof definitions.remoteAssistList>;
/** What {@link runsRemoteAssistList} resolves with (its response schema's output). */
export type RunsRemoteAssistListResult = EndpointResult<typeof definitions.remoteAssistList>;

/** `GET /api/workspaces/{workspace_id}/remote-assist`: newest first. */
export function runsRemoteAssistList(
  context: ClientContext,
  workspaceId: string,
  params?: RunsRemoteAssistListParams,
  options?: RequestOptions,
): Promise<RunsRemoteAssistListResult> {
  return callEndpoint(context, ep.remoteAssistList, { workspace_id: workspaceId }, params, options);
}

/** The params argument of {@link runsStart}. */
export type RunsStartParams = EndpointParams<typeof definitions.start>;
/** What {@link runsStart} resolves with (its response schema's output). */
export type RunsStartResult = EndpointResult<typeof definitions.start>;

/**
 * `POST /api/workspaces/{workspace_id}/runs`: runs the six-step pipeline under the workspace
 * lock (201), or throws `RunLockHeldError` while another run holds it.
 */
export function runsStart(
  context: ClientContext,
  workspaceId: string,
  body: RunsStartParams,
  options?: RequestOptions,
): Promise<RunsStartResult> {
  return callEndpoint(context, ep.start, { workspace_id: workspaceId }, body, options);
}

/** What {@link runsRetrieve} resolves with (its response schema's output). */
export type RunsRetrieveResult = EndpointResult<typeof definitions.retrieve>;

/** `GET /api/runs/{run_id}`. */
export function runsRetrieve(
  context: ClientContext,
  runId: string,
  options?: RequestOptions,
): Promise<RunsRetrieveResult> {
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
} as const satisfies EndpointFunctionTable<typeof definitions>;
