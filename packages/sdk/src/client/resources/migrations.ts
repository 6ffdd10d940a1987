import { migrationsEndpoints as ep } from '../../schemas/migrations/endpoints';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';
import { ApiResource } from './api-resource';

/**
 * `client.migrations`: governance data migrations (admins only). Both are idempotent (a rerun
 * reports nothing to change) and take `{ dry_run: true }` to report without writing.
 */
export class MigrationsResource extends ApiResource {
  /** `POST /api/governance/migrations/export-snapshots`: bind historical exports to snapshots. */
  exportSnapshots(params?: EndpointParams<typeof ep.exportSnapshots>, options?: RequestOptions) {
    return this.core.call(ep.exportSnapshots, undefined, params, options);
  }

  /** `POST /api/governance/migrations/override-lineage`: rebuild missing override lineage. */
  overrideLineage(params?: EndpointParams<typeof ep.overrideLineage>, options?: RequestOptions) {
    return this.core.call(ep.overrideLineage, undefined, params, options);
  }
}
