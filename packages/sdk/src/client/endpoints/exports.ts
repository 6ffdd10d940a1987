import { exportsEndpoints as ep } from '../../schemas/exports/endpoints';
import type { ClientContext } from '../client-context';
import type { Download } from '../download';
import { downloadEndpoint } from '../download-endpoint';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

/** `POST …/narrative/{export_id}/stages/{stage_id}/delegate`. */
export function exportsStagesDelegate(
  context: ClientContext,
  executionId: string,
  exportId: string,
  stageId: string,
  body: EndpointParams<typeof ep.stagesDelegate>,
  options?: RequestOptions,
) {
  const path = { execution_id: executionId, export_id: exportId, stage_id: stageId };
  return callEndpoint(context, ep.stagesDelegate, path, body, options);
}

/** `POST …/narrative/{export_id}/stages/{stage_id}/reset`. */
export function exportsStagesReset(
  context: ClientContext,
  executionId: string,
  exportId: string,
  stageId: string,
  body?: EndpointParams<typeof ep.stagesReset>,
  options?: RequestOptions,
) {
  const path = { execution_id: executionId, export_id: exportId, stage_id: stageId };
  return callEndpoint(context, ep.stagesReset, path, body, options);
}

/** `POST …/exports/narrative` (200): `dry_run` goes to the query, the rest is the body. */
export function exportsCreate(
  context: ClientContext,
  executionId: string,
  params?: EndpointParams<typeof ep.create>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.create, { execution_id: executionId }, params, options);
}

/** `GET …/exports/narrative`: newest `generated_at` first. */
export function exportsList(context: ClientContext, executionId: string, options?: RequestOptions) {
  return callEndpoint(context, ep.list, { execution_id: executionId }, undefined, options);
}

/** `POST …/narrative/{export_id}/approve`: `dry_run` goes to the query, the rest is the body. */
export function exportsApprove(
  context: ClientContext,
  executionId: string,
  exportId: string,
  params: EndpointParams<typeof ep.approve>,
  options?: RequestOptions,
) {
  return callEndpoint(
    context,
    ep.approve,
    { execution_id: executionId, export_id: exportId },
    params,
    options,
  );
}

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
  params?: EndpointParams<typeof ep.artifact>,
  options?: RequestOptions,
): Promise<Download> {
  const pathParams = { execution_id: executionId, export_id: exportId };
  return downloadEndpoint(context, ep.artifact, { pathParams, query: params }, options);
}

/** `GET /api/experiment-console/exports/narrative/jobs`: packaging queue telemetry. */
export function exportsJobs(context: ClientContext, options?: RequestOptions) {
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
} as const satisfies EndpointFunctionTable<typeof ep>;
