import { defineEndpoint } from '../shared/endpoint';
import {
  ArtifactSignedQuerySchema,
  ExportApprovalRequestSchema,
  ExportDelegationRequestSchema,
  ExportDryRunQuerySchema,
  ExportExecutionPathParamsSchema,
  ExportPathParamsSchema,
  ExportRequestSchema,
  ExportResetRequestSchema,
  ExportStagePathParamsSchema,
} from './export-request';
import {
  NarrativeExportJobsSchema,
  NarrativeExportListSchema,
  NarrativeExportSchema,
} from './narrative-export';

const TAG = 'Narrative exports';

/** The packaged zip's file name, as the server sends it: `execution_<id>_narrative_v<n>.zip`. */
export function narrativeArtifactFilename(executionId: string, version: number): string {
  return `execution_${executionId}_narrative_v${version}.zip`;
}
const BASE = '/api/experiment-console/sessions/{execution_id}/exports/narrative';

/**
 * Narrative export endpoints (console routes). Malformed path ids answer 400
 * ("Invalid execution id" / "Invalid identifier supplied"); every route needs a bearer token (401).
 */
export const exportsEndpoints = {
  create: defineEndpoint({
    id: 'exports.create',
    method: 'POST',
    path: BASE,
    summary: 'Generate a narrative export',
    description:
      'Renders the execution event stream to a Markdown dossier, bundles evidence attachments and ' +
      'opens the approval ladder (template snapshot, request stages, or one `approver` stage). ' +
      'Answers 200, not 201. 409 when the bound workflow template is no longer published.',
    tag: TAG,
    pathParams: ExportExecutionPathParamsSchema,
    query: ExportDryRunQuerySchema,
    body: ExportRequestSchema,
    response: NarrativeExportSchema,
    errorStatuses: [400, 401, 403, 404, 409, 422],
  }),
  list: defineEndpoint({
    id: 'exports.list',
    method: 'GET',
    path: BASE,
    summary: 'List narrative exports of an execution',
    description: 'Version history, newest `generated_at` first.',
    tag: TAG,
    pathParams: ExportExecutionPathParamsSchema,
    response: NarrativeExportListSchema,
    errorStatuses: [400, 401, 403, 404],
  }),
  approve: defineEndpoint({
    id: 'exports.approve',
    method: 'POST',
    path: `${BASE}/{export_id}/approve`,
    summary: 'Sign (approve or reject) the active approval stage',
    description:
      'Signature required. The signer must be the stage assignee or delegate, or (when the stage ' +
      'has neither) hold its `required_role`; admins may sign any stage and on behalf of others.',
    tag: TAG,
    pathParams: ExportPathParamsSchema,
    query: ExportDryRunQuerySchema,
    body: ExportApprovalRequestSchema,
    response: NarrativeExportSchema,
    errorStatuses: [400, 401, 403, 404, 409, 422],
  }),
  stagesDelegate: defineEndpoint({
    id: 'exports.stages.delegate',
    method: 'POST',
    path: `${BASE}/{export_id}/stages/{stage_id}/delegate`,
    summary: 'Delegate an approval stage',
    tag: TAG,
    pathParams: ExportStagePathParamsSchema,
    body: ExportDelegationRequestSchema,
    response: NarrativeExportSchema,
    errorStatuses: [400, 401, 403, 404, 409, 422],
  }),
  stagesReset: defineEndpoint({
    id: 'exports.stages.reset',
    method: 'POST',
    path: `${BASE}/{export_id}/stages/{stage_id}/reset`,
    summary: 'Reset an approval stage for remediation',
    tag: TAG,
    pathParams: ExportStagePathParamsSchema,
    body: ExportResetRequestSchema,
    response: NarrativeExportSchema,
    errorStatuses: [400, 401, 403, 404, 409, 422],
  }),
  artifact: defineEndpoint({
    id: 'exports.artifact',
    method: 'GET',
    path: `${BASE}/{export_id}/artifact`,
    summary: 'Download the packaged narrative zip',
    description:
      'Verifies the stored SHA-256 before streaming. 409 not ready; 410 expired (the export is ' +
      'marked expired); 500 checksum mismatch (code `artifact_integrity`, the export is marked ' +
      'failed). Filename `execution_{execution_id}_narrative_v{version}.zip`. With the ' +
      '`expires` and `signature` of the export’s `artifact_signed_url`, no auth header is needed ' +
      'until it expires (403 tampered, 410 expired).',
    tag: TAG,
    pathParams: ExportPathParamsSchema,
    query: ArtifactSignedQuerySchema,
    responseKind: 'binary',
    contentType: 'application/zip',
    errorStatuses: [400, 401, 403, 404, 409, 410, 500],
  }),
  jobs: defineEndpoint({
    id: 'exports.jobs',
    method: 'GET',
    path: '/api/experiment-console/exports/narrative/jobs',
    summary: 'Narrative packaging queue telemetry',
    tag: TAG,
    response: NarrativeExportJobsSchema,
    errorStatuses: [401],
  }),
} as const;
