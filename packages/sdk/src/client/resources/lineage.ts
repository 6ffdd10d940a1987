import { lineageEndpoints as ep } from '../../schemas/lineage/endpoints';
import type { Download } from '../download';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';
import { ApiResource } from './api-resource';

/**
 * `client.lineage`: report lineage (prefix `/api/lineage`). Views, logs, downloads and
 * searches are audited by the server.
 */
export class LineageResource extends ApiResource {
  /**
   * `GET /api/lineage/search`: filters ANDed, newest first. `await` for one page, `for await`
   * for every record (a server that sends a bare array gives one page).
   */
  search(params?: EndpointParams<typeof ep.search>, options?: RequestOptions) {
    return this.core.paginate(ep.search, 'items', { query: params }, options);
  }

  /** `GET /api/lineage/{report_id}`: the lineage of a report (by `report_generation_id`). */
  retrieve(reportId: string, options?: RequestOptions) {
    return this.core.call(ep.retrieve, { report_id: reportId }, undefined, options);
  }

  /**
   * `GET /api/lineage/{lineage_id}/logs`: summary, raw inputs and a page of events. `await` for
   * one page, `for await` for every event.
   */
  logs(lineageId: string, params?: EndpointParams<typeof ep.logs>, options?: RequestOptions) {
    const input = { pathParams: { lineage_id: lineageId }, query: params };
    return this.core.paginate(ep.logs, 'events', input, options);
  }

  /**
   * `GET /api/lineage/{lineage_id}/download`: the gzip bundle as a {@link Download}
   * (`lineage_<id>_raw_inputs.json.gz`). Decode it with `gunzipJson(download.stream())`, which
   * caps the decompressed size.
   */
  download(lineageId: string, options?: RequestOptions): Promise<Download> {
    return this.core.download(ep.download, { pathParams: { lineage_id: lineageId } }, options);
  }

  /** `GET /api/lineage/panel/stats`: totals, last 24 h, template distribution, storage. */
  stats(options?: RequestOptions) {
    return this.core.call(ep.stats, undefined, undefined, options);
  }

  /** `DELETE /api/lineage/{lineage_id}` (its audit rows go with it). */
  delete(lineageId: string, options?: RequestOptions) {
    return this.core.call(ep.delete, { lineage_id: lineageId }, undefined, options);
  }

  /** `GET /api/lineage/{lineage_id}/audit`: the access trail, newest first (paged). */
  audit(lineageId: string, params?: EndpointParams<typeof ep.audit>, options?: RequestOptions) {
    const input = { pathParams: { lineage_id: lineageId }, query: params };
    return this.core.paginate(ep.audit, 'items', input, options);
  }
}
