import type { z } from 'zod';
import { defineEndpoint } from '../shared/endpoint';
import { requestObject } from '../shared/open-object';
import { RequestIdSchema } from '../shared/request-bounds';
import {
  REMOTE_ASSIST_RATE_LIMIT,
  RemoteAssistListParamsSchema,
  RemoteAssistListSchema,
  RemoteAssistRequestBodySchema,
  RemoteAssistRequestSchema,
} from './remote-assist';
import { AcquireLockRequestSchema, AcquireLockResultSchema, RunLockStateSchema } from './run-lock';
import { RunStartRequestSchema } from './run-request';
import { RunResultSchema } from './run-result';

const TAG = 'Run governance';

/** Path params of the workspace-scoped run endpoints. */
export const RunWorkspacePathParamsSchema = requestObject({ workspace_id: RequestIdSchema });
export type RunWorkspacePathParams = z.output<typeof RunWorkspacePathParamsSchema>;

/** Path params of `GET /api/runs/{run_id}`. */
export const RunPathParamsSchema = requestObject({ run_id: RequestIdSchema });
export type RunPathParams = z.output<typeof RunPathParamsSchema>;

/** Path params of `DELETE /api/locks/{lock_id}`. */
export const RunLockPathParamsSchema = requestObject({ lock_id: RequestIdSchema });
export type RunLockPathParams = z.output<typeof RunLockPathParamsSchema>;

/**
 * Run governance. The seed's system used in-app actions; this HTTP surface is govkit's
 * own (contract-decisions.md). Refusals answer `{detail, code?}`: a held lock is 409 with the calm
 * lock message as `detail` and `code: "run_lock_held"`.
 */
export const runGovernanceEndpoints = {
  /** Run the six-step pipeline under the workspace lock. */
  start: defineEndpoint({
    id: 'runs.start',
    method: 'POST',
    path: '/api/workspaces/{workspace_id}/runs',
    summary: 'Start a governed run',
    description:
      'Acquires the workspace lock, runs the six manifest steps with gating, finalizes the ' +
      'manifest and releases the lock in every case. 409 `{detail: "A snapshot is already ' +
      'running for this workspace. Please wait a moment and refresh."}` while another run holds ' +
      'the lock.',
    tag: TAG,
    pathParams: RunWorkspacePathParamsSchema,
    body: RunStartRequestSchema,
    response: RunResultSchema,
    successStatus: 201,
    errorStatuses: [400, 409, 422],
  }),
  /** A stored run result. */
  retrieve: defineEndpoint({
    id: 'runs.retrieve',
    method: 'GET',
    path: '/api/runs/{run_id}',
    summary: 'Retrieve a run',
    tag: TAG,
    pathParams: RunPathParamsSchema,
    response: RunResultSchema,
    errorStatuses: [404],
  }),
  /** Lock inspector: holder, expiry, fencing token. */
  lockState: defineEndpoint({
    id: 'runs.locks.state',
    method: 'GET',
    path: '/api/workspaces/{workspace_id}/lock',
    summary: 'Inspect the workspace lock',
    tag: TAG,
    pathParams: RunWorkspacePathParamsSchema,
    response: RunLockStateSchema,
    errorStatuses: [],
  }),
  /** Take the workspace lock directly (201 grant, 409 refusal with the calm message). */
  lockAcquire: defineEndpoint({
    id: 'runs.locks.acquire',
    method: 'POST',
    path: '/api/workspaces/{workspace_id}/lock',
    summary: 'Acquire the workspace lock',
    description:
      '201 with the grant (`acquired: true`, `lock_id`, `fencing_token`, `expires_at`). While ' +
      'the lock is live: 409 `{detail: <lock message>, code: "run_lock_held"}`.',
    tag: TAG,
    pathParams: RunWorkspacePathParamsSchema,
    body: AcquireLockRequestSchema,
    response: AcquireLockResultSchema,
    successStatus: 201,
    errorStatuses: [409, 422],
  }),
  /** Release by the holder's lock id; an unknown or stale id is a no-op (still 204). */
  lockRelease: defineEndpoint({
    id: 'runs.locks.release',
    method: 'DELETE',
    path: '/api/locks/{lock_id}',
    summary: 'Release a lock',
    tag: TAG,
    pathParams: RunLockPathParamsSchema,
    responseKind: 'empty',
    successStatus: 204,
    errorStatuses: [],
  }),
  /** File a remote-assist request for a workspace (rate-limited per workspace). */
  remoteAssistCreate: defineEndpoint({
    id: 'runs.remoteAssist.create',
    method: 'POST',
    path: '/api/workspaces/{workspace_id}/remote-assist',
    summary: 'Request remote assist',
    description:
      'Contact, what the user was trying to export, and a message (validated, 422 otherwise). ' +
      `At most ${REMOTE_ASSIST_RATE_LIMIT} requests per workspace per hour: 429 ` +
      '`remote_assist_rate_limited` with `Retry-After` beyond that.',
    tag: TAG,
    pathParams: RunWorkspacePathParamsSchema,
    body: RemoteAssistRequestBodySchema,
    response: RemoteAssistRequestSchema,
    successStatus: 201,
    errorStatuses: [422, 429],
  }),
  /** A workspace's remote-assist requests, newest first. */
  remoteAssistList: defineEndpoint({
    id: 'runs.remoteAssist.list',
    method: 'GET',
    path: '/api/workspaces/{workspace_id}/remote-assist',
    summary: 'List remote-assist requests',
    description: 'Newest first, at most `limit` (1–200, default 50); `total` counts them all.',
    tag: TAG,
    pathParams: RunWorkspacePathParamsSchema,
    query: RemoteAssistListParamsSchema,
    response: RemoteAssistListSchema,
    errorStatuses: [422],
  }),
} as const;
