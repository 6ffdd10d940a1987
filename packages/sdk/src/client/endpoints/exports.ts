import type { exportsEndpoints as definitions } from '../../schemas/exports/endpoints';
import type { ClientContext } from '../client-context';
import type { Download } from '../download';
import { downloadEndpoint } from '../download-endpoint';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { endpointIds } from '../endpoint-ids';
import type { EndpointResult } from '../endpoint-result';
import { lazyEndpoints } from '../lazy-endpoints';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

// This domain's definitions, and so its schemas, load on its first call (see `lazyEndpoints`).
const ep = lazyEndpoints(endpointIds.exports, () =>
  import('../../schemas/exports/endpoints').then((module) => module.exportsEndpoints),
);

/** The params argument of {@link exportsStagesDelegate}. */
export type ExportsStagesDelegateParams = EndpointParams<typeof definitions.stagesDelegate>;
/** What {@link exportsStagesDelegate} resolves with (its response schema's output). */
export type ExportsStagesDelegateResult = EndpointResult<typeof definitions.stagesDelegate>;

/** `POST …/narrative/{export_id}/stages/{stage_id}/delegate`. */
export function exportsStagesDelegate(
  context: ClientContext,
  executionId: string,
  exportId: string,
  stageId: string,
  body: ExportsStagesDelegateParams,
  options?: RequestOptions,
): Promise<ExportsStagesDelegateResult> {
  const path = { execution_id: executionId, export_id: exportId, stage_id: stageId };
  return callEndpoint(context, ep.stagesDelegate, path, body, options);
}

/** The params argument of {@link exportsStagesReset}. */
export type ExportsStagesResetParams = EndpointParams<typeof definitions.stagesReset>;
/** What {@link exportsStagesReset} resolves with (its response schema's output). */
export type ExportsStagesResetResult = EndpointResult<typeof definitions.stagesReset>;

/** `POST …/narrative/{export_id}/stages/{stage_id}/reset`. */
export function exportsStagesReset(
  context: ClientContext,
  executionId: string,
  exportId: string,
  stageId: string,
  body?: ExportsStagesResetParams,
  options?: RequestOptions,
): Promise<ExportsStagesResetResult> {
  const path = { execution_id: executionId, export_id: exportId, stage_id: stageId };
  return callEndpoint(context, ep.stagesReset, path, body, options);
}

/** The params argument of {@link exportsCreate}. */
export type ExportsCreateParams = EndpointParams<typeof definitions.create>;
/** What {@link exportsCreate} resolves with (its response schema's output). */
export type ExportsCreateResult = EndpointResult<typeof definitions.create>;

/** `POST …/exports/narrative` (200): `dry_run` goes to the query, the rest is the body. */
export function exportsCreate(
  context: ClientContext,
  executionId: string,
  params?: ExportsCreateParams,
  options?: RequestOptions,
): Promise<ExportsCreateResult> {
  return callEndpoint(context, ep.create, { execution_id: executionId }, params, options);
}

/** What {@link exportsList} resolves with (its response schema's output). */
export type ExportsListResult = EndpointResult<typeof definitions.list>;

/** `GET …/exports/narrative`: newest `generated_at` first. */
export function exportsList(
  context: ClientContext,
  executionId: string,
  options?: RequestOptions,
): Promise<ExportsListResult> {
  return callEndpoint(context, ep.list, { execution_id: executionId }, undefined, options);
}

/** The params argument of {@link exportsApprove}. */
export type ExportsApproveParams = EndpointParams<typeof definitions.approve>;
/** What {@link exportsApprove} resolves with (its response schema's output). */
export type ExportsApproveResult = EndpointResult<typeof definitions.approve>;

/** `POST …/narrative/{export_id}/approve`: `dry_run` goes to the query, the rest is the body. */
export function exportsApprove(
  context: ClientContext,
  executionId: string,
  exportId: string,
  params: ExportsApproveParams,
  options?: RequestOptions,
): Promise<ExportsApproveResult> {
  return callEndpoint(
    context,
    ep.approve,
    { execution_id: executionId, export_id: exportId },
    params,
    options,
  );
}

/** The params argument of {@link exportsArtifact}. */
export type ExportsArtifactParams = EndpointParams<typeof definitions.artifact>;

/**
 * `GET …/narrative/{export_id}/artifact`: the zip as a {@link Download} (`filename`, `bytes()`
 * or `stream()`). Pass the export's checksum to `bytes({ sha256 })` to verify it. Throws
 * `ArtifactExpiredError` (410), `ArtifactNotReadyError` (409) or `ArtifactIntegrityError`.
 * With the `expires` and `signature` of the export's `artifact_signed_url`, no auth is needed
 * until it expires (a tampered one is a 403, an expired one a 410).
 */
export function exportsArtifact(
  context: ClientContext,
  executionId: string,
  exportId: string,
  params?: ExportsArtifactParams,
  options?: RequestOptions,
): Promise<Download> {
  const pathParams = { execution_id: executionId, export_id: exportId };
  return downloadEndpoint(context, ep.artifact, { pathParams, query: params }, options);
}

/** What {@link exportsJobs} resolves with (its response schema's output). */
export type ExportsJobsResult = EndpointResult<typeof definitions.jobs>;

/** `GET /api/experiment-console/exports/narrative/jobs`: packaging queue telemetry. */
export function exportsJobs(
  context: ClientContext,
  options?: RequestOptions,
): Promise<ExportsJobsResult> {
  return callEndpoint(context, ep.jobs, undefined, undefined, options);
}

/**
 * Every function above by its registry key: the client tree is derived from this table and the
 * registry's ids, and `satisfies` makes a registry endpoint without a function a compile error.
 */
export const exportsFunctions = {
  stagesDelegate: exportsStagesDelegate,
  stagesReset: exportsStagesReset,
  create: exportsCreate,
  list: exportsList,
  approve: exportsApprove,
  artifact: exportsArtifact,
  jobs: exportsJobs,
} as const satisfies EndpointFunctionTable<typeof definitions>;
