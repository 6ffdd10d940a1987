import { runGovernanceEndpoints as ep } from '../../schemas/run-governance/endpoints';
import type { ClientCore } from '../client-core';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';
import { ApiResource } from './api-resource';

/** `client.runs.locks`: the workspace run lock (inspect, acquire, release). */
export class RunLocksResource extends ApiResource {
  /** `GET /api/workspaces/{workspace_id}/lock`: holder, expiry and fencing token. */
  state(workspaceId: string, options?: RequestOptions) {
    return this.core.call(ep.lockState, { workspace_id: workspaceId }, undefined, options);
  }

  /** `POST /api/workspaces/{workspace_id}/lock`: 201 grant, or `RunLockHeldError` (409). */
  acquire(
    workspaceId: string,
    body: EndpointParams<typeof ep.lockAcquire>,
    options?: RequestOptions,
  ) {
    return this.core.call(ep.lockAcquire, { workspace_id: workspaceId }, body, options);
  }

  /** `DELETE /api/locks/{lock_id}`: releases the lock it names (204). */
  release(lockId: string, options?: RequestOptions) {
    return this.core.call(ep.lockRelease, { lock_id: lockId }, undefined, options);
  }
}

/** `client.runs.remoteAssist`: remote-assist requests of a workspace. */
export class RemoteAssistResource extends ApiResource {
  /**
   * `POST /api/workspaces/{workspace_id}/remote-assist` (201). Throws `RateLimitError` (429,
   * `Retry-After`) past five requests per workspace per hour; never retried (not idempotent).
   */
  create(
    workspaceId: string,
    body: EndpointParams<typeof ep.remoteAssistCreate>,
    options?: RequestOptions,
  ) {
    return this.core.call(ep.remoteAssistCreate, { workspace_id: workspaceId }, body, options);
  }

  /** `GET /api/workspaces/{workspace_id}/remote-assist`: newest first. */
  list(
    workspaceId: string,
    params?: EndpointParams<typeof ep.remoteAssistList>,
    options?: RequestOptions,
  ) {
    return this.core.call(ep.remoteAssistList, { workspace_id: workspaceId }, params, options);
  }
}

/** `client.runs`: governed runs (govkit's own HTTP surface). */
export class RunsResource extends ApiResource {
  readonly locks: RunLocksResource;
  readonly remoteAssist: RemoteAssistResource;

  constructor(core: ClientCore) {
    super(core);
    this.locks = new RunLocksResource(core);
    this.remoteAssist = new RemoteAssistResource(core);
  }

  /**
   * `POST /api/workspaces/{workspace_id}/runs`: runs the six-step pipeline under the workspace
   * lock (201), or throws `RunLockHeldError` while another run holds it.
   */
  start(workspaceId: string, body: EndpointParams<typeof ep.start>, options?: RequestOptions) {
    return this.core.call(ep.start, { workspace_id: workspaceId }, body, options);
  }

  /** `GET /api/runs/{run_id}`. */
  retrieve(runId: string, options?: RequestOptions) {
    return this.core.call(ep.retrieve, { run_id: runId }, undefined, options);
  }
}
