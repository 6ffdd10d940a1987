import { migrationsEndpoints as ep } from '../../schemas/migrations/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

/** `POST /api/governance/migrations/export-snapshots`: bind historical exports to snapshots. */
export function migrationsExportSnapshots(
  context: ClientContext,
  params?: EndpointParams<typeof ep.exportSnapshots>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.exportSnapshots, undefined, params, options);
}

/** `POST /api/governance/migrations/override-lineage`: rebuild missing override lineage. */
export function migrationsOverrideLineage(
  context: ClientContext,
  params?: EndpointParams<typeof ep.overrideLineage>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.overrideLineage, undefined, params, options);
}

/**
 * Every function above by its registry key: the client tree is derived from this table and the
 * registry's ids, and `satisfies` makes a registry endpoint without a function a compile error.
 */
export const migrationsFunctions = {
  exportSnapshots: migrationsExportSnapshots,
  overrideLineage: migrationsOverrideLineage,
} as const satisfies EndpointFunctionTable<typeof ep>;
