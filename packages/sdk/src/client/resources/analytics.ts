import { analyticsEndpoints as ep } from '../../schemas/analytics/endpoints';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';
import { ApiResource } from './api-resource';

/**
 * `client.analytics`: governance analytics. The server caches a report for 30 s per
 * user and team scope and drops it on override, coaching-note and approval-stage changes.
 */
export class AnalyticsResource extends ApiResource {
  /**
   * `GET /api/governance/analytics`: the full report (`view: 'full'`, default) or the reviewer
   * cadence view (`view: 'reviewer'`).
   */
  retrieve(params?: EndpointParams<typeof ep.retrieve>, options?: RequestOptions) {
    return this.core.call(ep.retrieve, undefined, params, options);
  }
}
