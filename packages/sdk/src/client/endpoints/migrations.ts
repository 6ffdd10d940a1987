import { migrationsEndpoints as ep } from '../../schemas/migrations/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import type { EndpointResult } from '../endpoint-result';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

/** The params argument of {@link migrationsExportSnapshots}. */
export type MigrationsExportSnapshotsParams = EndpointParams<typeof ep.exportSnapshots>;
/** What {@link migrationsExportSnapshots} resolves with (its response schema's output). */
export type MigrationsExportSnapshotsResult = EndpointResult<typeof ep.exportSnapshots>;

/** `POST /api/governance/migrations/export-snapshots`: bind historical exports to snapshots. */
export function migrationsExportSnapshots(
  context: ClientContext,
  params?: MigrationsExportSnapshotsParams,
  options?: RequestOptions,
): Promise<MigrationsExportSnapshotsResult> {
  return callEndpoint(context, ep.exportSnapshots, undefined, params, options);
}

/** The params argument of {@link migrationsOverrideLineage}. */
export type MigrationsOverrideLineageParams = EndpointParams<typeof ep.overrideLineage>;
/** What {@link migrationsOverrideLineage} resolves with (its response schema's output). */
export type MigrationsOverrideLineageResult = EndpointResult<typeof ep.overrideLineage>;

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
} as const satisfies EndpointFunctionTable<typeof ep>;
