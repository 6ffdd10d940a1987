import { exportsEndpoints as ep } from '../../schemas/exports/endpoints';
import type { ClientCore } from '../client-core';
import type { Download } from '../download';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';
import { ApiResource } from './api-resource';

/** `client.exports.stages`: approval-ladder stage actions of a narrative export. */
export class ExportStagesResource extends ApiResource {
  /** `POST …/narrative/{export_id}/stages/{stage_id}/delegate`. */
  delegate(
    executionId: string,
    exportId: string,
    stageId: string,
    body: EndpointParams<typeof ep.stagesDelegate>,
    options?: RequestOptions,
  ) {
    const path = { execution_id: executionId, export_id: exportId, stage_id: stageId };
    return this.core.call(ep.stagesDelegate, path, body, options);
  }

  /** `POST …/narrative/{export_id}/stages/{stage_id}/reset`. */
  reset(
    executionId: string,
    exportId: string,
    stageId: string,
    body?: EndpointParams<typeof ep.stagesReset>,
    options?: RequestOptions,
  ) {
    const path = { execution_id: executionId, export_id: exportId, stage_id: stageId };
    return this.core.call(ep.stagesReset, path, body, options);
  }
}

/**
 * `client.exports`: narrative exports of an execution, under
 * `/api/experiment-console/sessions/{execution_id}/exports/narrative`.
 */
export class ExportsResource extends ApiResource {
  readonly stages: ExportStagesResource;

  constructor(core: ClientCore) {
    super(core);
    this.stages = new ExportStagesResource(core);
  }

  /** `POST …/exports/narrative` (200): `dry_run` goes to the query, the rest is the body. */
  create(executionId: string, params?: EndpointParams<typeof ep.create>, options?: RequestOptions) {
    return this.core.call(ep.create, { execution_id: executionId }, params, options);
  }

  /** `GET …/exports/narrative`: newest `generated_at` first. */
  list(executionId: string, options?: RequestOptions) {
    return this.core.call(ep.list, { execution_id: executionId }, undefined, options);
  }

  /** `POST …/narrative/{export_id}/approve`: `dry_run` goes to the query, the rest is the body. */
  approve(
    executionId: string,
    exportId: string,
    params: EndpointParams<typeof ep.approve>,
    options?: RequestOptions,
  ) {
    return this.core.call(
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
  artifact(
    executionId: string,
    exportId: string,
    params?: EndpointParams<typeof ep.artifact>,
    options?: RequestOptions,
  ): Promise<Download> {
    const pathParams = { execution_id: executionId, export_id: exportId };
    return this.core.download(ep.artifact, { pathParams, query: params }, options);
  }

  /** `GET /api/experiment-console/exports/narrative/jobs`: packaging queue telemetry. */
  jobs(options?: RequestOptions) {
    return this.core.call(ep.jobs, undefined, undefined, options);
  }
}
