import type { Clock, IdGenerator, RunPipelineHooks } from '@govkit/sdk/engines';
import type { SqlClient } from './client/sql-client';
import { createSqlLineageService } from './lineage/sql-lineage';
import { migrate } from './migrations/migrate';
import { createSqlRunLockService } from './run-governance/sql-run-locks';
import { createSqlRunPipelineService } from './run-governance/sql-run-pipeline';
import { createSqlRunManifestService } from './run-governance/sql-run-store';
import type { GovkitStore } from './services';

/** Options of {@link createSqlGovkitStore}. */
export interface SqlGovkitStoreOptions {
  client: SqlClient;
  /** Bring the schema up to date first (default true; safe from several processes at once). */
  migrate?: boolean;
  /** Manifest step stamps of governed runs; expiry and stored timestamps are the database's. */
  clock?: Clock;
  ids?: IdGenerator;
  hooks?: RunPipelineHooks;
}

/** Every durable service on one {@link SqlClient} (PostgreSQL or PGlite). */
export async function createSqlGovkitStore(options: SqlGovkitStoreOptions): Promise<GovkitStore> {
  const { client } = options;
  if (options.migrate ?? true) await migrate(client);
  const ids = options.ids ? { ids: options.ids } : {};
  const locks = createSqlRunLockService({ client, ...ids });
  return {
    kind: client.dialect,
    locks,
    manifests: createSqlRunManifestService(client),
    pipeline: createSqlRunPipelineService({
      client,
      locks,
      ...ids,
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.hooks ? { hooks: options.hooks } : {}),
    }),
    lineage: createSqlLineageService({ client, ...ids }),
    close: () => client.close(),
  };
}
