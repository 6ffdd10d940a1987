import { evidenceEndpoints as ep } from '../../schemas/evidence/endpoints';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';
import { ApiResource } from './api-resource';

/**
 * `client.evidence`: evidence discovery for export attachment pickers. Both methods
 * return a page when awaited and every item when iterated with `for await`.
 */
export class EvidenceResource extends ApiResource {
  /** `GET /api/notebook/entries/evidence`: notebook entries, newest first. */
  notebook(params?: EndpointParams<typeof ep.notebook>, options?: RequestOptions) {
    return this.core.paginate(ep.notebook, 'items', { query: params }, options);
  }

  /** `GET /api/data/evidence`: analytics snapshots, QC metrics or remediation reports. */
  data(params?: EndpointParams<typeof ep.data>, options?: RequestOptions) {
    return this.core.paginate(ep.data, 'items', { query: params }, options);
  }
}
