import type { migrationsEndpoints as definitions } from '../../schemas/migrations/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { endpointIds } from '../endpoint-ids';
import type { EndpointResult } from '../endpoint-result';
import { lazyEndpoints } from '../lazy-endpoints';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

// This domain's definitions, and so its schemas, load on its first call (see `lazyEndpoints`).
const ep = lazyEndpoints(endpointIds.migrations, () =>
  import('../../schemas/migrations/endpoints').then((module) => module.migrationsEndpoints),
);

/** The params argument of {@link migrationsExportSnapshots}. */
export type MigrationsExportSnapshotsParams = EndpointParams<typeof definitions.exportSnapshots>;
/** What {@link migrationsExportSnapshots} resolves with (its response schema's output). */
export type MigrationsExportSnapshotsResult = EndpointResult<typeof definitions.exportSnapshots>;

/** `POST /api/governance/migrations/export-snapshots`: bind historical exports to snapshots. */
export function migrationsExportSnapshots(
  context: ClientContext,
  params?: MigrationsExportSnapshotsParams,
  options?: RequestOptions,
): Promise<MigrationsExportSnapshotsResult> {
  return callEndpoint(context, ep.exportSnapshots, undefined, params, options);
}

/** The params argument of {@link migrationsOverrideLineage}. */
export type MigrationsOverrideLineageParams = EndpointParams<typeof definitions.overrideLineage>;
/** What {@link migrationsOverrideLineage} resolves with (its response schema's output). */
export type MigrationsOverrideLineageResult = EndpointResult<typeof definitions.overrideLineage>;

/** `POST /api/governance/migrations/override-lineage`: rebuild missing override lineage. */
export function migrationsOverrideLineage(
  context: ClientContext,
  params?: MigrationsOverrideLineageParams,
  options?: RequestOptions,
): Promise<MigrationsOverrideLineageResult> {
  return callEndpoint(context, ep.overrideLineage, undefined, params, options);
}

/**
 * Every function above by its registry key: the client tree is derived from this table and the
 * registry's ids, and `satisfies` makes a registry endpoint without a function a compile error.
 */
export const migrationsFunctions = {
  exportSnapshots: migrationsExportSnapshots,
  overrideLineage: migrationsOverrideLineage,
} as const satisfies EndpointFunctionTable<typeof definitions>;
