import { baselinesEndpoints as ep } from '../../schemas/baselines/endpoints';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';
import { ApiResource } from './api-resource';

/**
 * `client.baselines`: governance baselines: submit, review (approve or reject),
 * publish and roll back.
 */
export class BaselinesResource extends ApiResource {
  /** `POST /api/governance/baselines/submissions` (201). */
  submit(body: EndpointParams<typeof ep.submit>, options?: RequestOptions) {
    return this.core.call(ep.submit, undefined, body, options);
  }

  /** `GET /api/governance/baselines` (newest first). */
  list(params?: EndpointParams<typeof ep.list>, options?: RequestOptions) {
    return this.core.call(ep.list, undefined, params, options);
  }

  /** `GET /api/governance/baselines/{baseline_id}`. */
  retrieve(baselineId: string, options?: RequestOptions) {
    return this.core.call(ep.retrieve, { baseline_id: baselineId }, undefined, options);
  }

  /** `POST /api/governance/baselines/{baseline_id}/review` (`decision: approve | reject`). */
  review(baselineId: string, body: EndpointParams<typeof ep.review>, options?: RequestOptions) {
    return this.core.call(ep.review, { baseline_id: baselineId }, body, options);
  }

  /** `POST /api/governance/baselines/{baseline_id}/publish`. */
  publish(baselineId: string, body?: EndpointParams<typeof ep.publish>, options?: RequestOptions) {
    return this.core.call(ep.publish, { baseline_id: baselineId }, body, options);
  }

  /** `POST /api/governance/baselines/{baseline_id}/rollback` (admin). */
  rollback(baselineId: string, body: EndpointParams<typeof ep.rollback>, options?: RequestOptions) {
    return this.core.call(ep.rollback, { baseline_id: baselineId }, body, options);
  }
}
