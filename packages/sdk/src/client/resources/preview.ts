import { previewEndpoints as ep } from '../../schemas/preview/endpoints';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';
import { ApiResource } from './api-resource';

/**
 * `client.preview`: experiment preview against a published workflow template snapshot. Each
 * preview feeds governance analytics.
 */
export class PreviewResource extends ApiResource {
  /** `POST /api/experiments/{execution_id}/preview`. */
  create(executionId: string, body: EndpointParams<typeof ep.create>, options?: RequestOptions) {
    return this.core.call(ep.create, { execution_id: executionId }, body, options);
  }
}
