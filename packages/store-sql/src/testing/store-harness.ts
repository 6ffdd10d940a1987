import {
  createManualClock,
  createSequentialIdGenerator,
  type RunPipelineHooks,
} from '@govkit/sdk/engines';
import { openPgClient } from '../client/pg-client';
import { createPgliteClient } from '../client/pglite-client';
import type { SqlClient } from '../client/sql-client';
import { databaseClock } from '../database-clock';
import { createMemoryGovkitStore } from '../memory-store';
import { migrate } from '../migrations/migrate';
import type { GovkitStore } from '../services';
import { createSqlGovkitStore } from '../sql-store';

/** The instant every contract test starts at. */
export const CONTRACT_T0 = Date.parse('2026-02-03T10:00:00.000Z');

/** One store under test, with a clock the test can move (the database clock for SQL stores). */
export interface StoreUnderTest {
  store: GovkitStore;
  advance(ms: number): Promise<void>;
}

/** How the shared contract suite gets a fresh, empty store for each test. */
export interface StoreHarness {
  name: 'memory' | 'pglite' | 'postgres';
  /** Once per suite (boot PGlite, connect to PostgreSQL, migrate). */
  setup(): Promise<void>;
  /** A fresh empty store at {@link CONTRACT_T0}, sequential ids from 1. */
  fresh(hooks?: RunPipelineHooks): Promise<StoreUnderTest>;
  teardown(): Promise<void>;
}

export const memoryHarness: StoreHarness = {
  name: 'memory',
  setup: async () => {},
  async fresh(hooks) {
    const clock = createManualClock(CONTRACT_T0);
    const store = createMemoryGovkitStore({
      clock,
      ids: createSequentialIdGenerator(),
      ...(hooks ? { hooks } : {}),
    });
    return { store, advance: async (ms) => clock.advance(ms) };
  },
  teardown: async () => {},
};

/** Empty every govkit table (the schema stays). */
export async function truncateGovkitTables(client: SqlClient): Promise<void> {
  await client.query(
    'TRUNCATE run_locks, run_manifests, run_results, report_generations, report_lineage, report_lineage_audit, report_lineage_deletions, govkit_clock',
  );
}

/** A harness over a migrated SQL database (PGlite or PostgreSQL). */
export function sqlHarness(
  name: 'pglite' | 'postgres',
  open: () => Promise<SqlClient>,
): StoreHarness {
  let client: SqlClient | undefined;
  const connected = () => {
    if (!client) throw new Error(`${name} harness used before setup()`);
    return client;
  };
  return {
    name,
    async setup() {
      client = await open();
      await migrate(client);
    },
    async fresh(hooks) {
      const db = connected();
      await truncateGovkitTables(db);
      const dbClock = databaseClock(db);
      await dbClock.pin(CONTRACT_T0);
      // Manifest step stamps follow the same pinned instant as the database clock.
      const clock = createManualClock(CONTRACT_T0);
      const store = await createSqlGovkitStore({
        client: db,
        migrate: false,
        clock,
        ids: createSequentialIdGenerator(),
        ...(hooks ? { hooks } : {}),
      });
      return {
        store,
        async advance(ms) {
          clock.advance(ms);
          await dbClock.advance(ms);
        },
      };
    },
    async teardown() {
      await client?.close();
      client = undefined;
    },
  };
}

/** PGlite in memory. */
export const pgliteHarness = sqlHarness('pglite', async () => {
  const { PGlite } = await import('@electric-sql/pglite');
  return createPgliteClient(await PGlite.create(), { owned: true });
});

/** PostgreSQL on the URL of a test database (see createTestDatabase). */
export function postgresHarness(url: () => Promise<string>): StoreHarness {
  return sqlHarness('postgres', async () => openPgClient(await url()));
}
