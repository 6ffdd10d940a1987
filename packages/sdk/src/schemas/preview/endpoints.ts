import { defineEndpoint } from '../shared/endpoint';
import { ExperimentPreviewRequestSchema, PreviewPathParamsSchema } from './preview-request';
import { ExperimentPreviewResponseSchema } from './preview-response';

/**
 * Experiment governance preview. govkit runs it end to end, records a template audit row and emits
 * the `governance.preview.summary` event analytics reads.
 */
export const previewEndpoints = {
  create: defineEndpoint({
    id: 'preview.create',
    method: 'POST',
    path: '/api/experiments/{execution_id}/preview',
    summary: 'Simulate an approval ladder against an execution',
    description:
      'Errors in check order: 404 execution; 400 no protocol template; 403; 404 snapshot; ' +
      '400 snapshot not published.',
    tag: 'Experiment preview',
    pathParams: PreviewPathParamsSchema,
    body: ExperimentPreviewRequestSchema,
    response: ExperimentPreviewResponseSchema,
    errorStatuses: [400, 401, 403, 404, 422],
  }),
} as const;
