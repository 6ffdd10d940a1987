import type { Clock, IdGenerator, RunPipelineHooks } from '@govkit/sdk/engines';
import { openPgClient } from './client/pg-client';
import { openPgliteClient } from './client/pglite-client';
import type { SqlClient } from './client/sql-client';
import { createMemoryGovkitStore } from './memory-store';
import type { GovkitStore } from './services';
import { createSqlGovkitStore } from './sql-store';

/** Where a store lives, parsed from a `--store`-style string. */
export type StoreLocation =
  | { kind: 'memory' }
  | { kind: 'pglite'; dataDir: string | undefined }
  | { kind: 'postgres'; connectionString: string };

/** Thrown for a store string that names no known store. */
export class StoreLocationError extends Error {
  override readonly name = 'StoreLocationError';
}

/**
 * `memory`, `pglite` (in-memory PGlite), `pglite:<dir>` (PGlite persisted in a directory) or a
 * `postgres://` / `postgresql://` connection string.
 *
 * @throws StoreLocationError for anything else.
 */
export function parseStoreLocation(value: string): StoreLocation {
  const text = value.trim();
  if (text === 'memory') return { kind: 'memory' };
  if (text === 'pglite') return { kind: 'pglite', dataDir: undefined };
  if (text.startsWith('pglite:')) {
    const dataDir = text.slice('pglite:'.length);
    if (dataDir === '')
      throw new StoreLocationError('pglite: needs a directory, e.g. pglite:./.govkit-data');
    return { kind: 'pglite', dataDir };
  }
  if (/^postgres(ql)?:\/\//.test(text)) return { kind: 'postgres', connectionString: text };
  throw new StoreLocationError(
    `Unknown store "${value}": use memory, pglite, pglite:<dir> or postgres://user@host/db`,
  );
}

/** Options of {@link openGovkitStore}. */
export interface OpenGovkitStoreOptions {
  clock?: Clock;
  ids?: IdGenerator;
  hooks?: RunPipelineHooks;
  /** Migrate a SQL store on open (default true). */
  migrate?: boolean;
}

/**
 * Open a store from one option: the host backend's only change between in-memory, embedded
 * PGlite and a shared PostgreSQL server.
 *
 * @example
 * const store = await openGovkitStore(process.env.GOVKIT_STORE ?? 'pglite:./.govkit-data');
 * const grant = await store.locks.acquireRunLock('ws-1', 'worker-1');
 */
export async function openGovkitStore(
  location: string | StoreLocation,
  options: OpenGovkitStoreOptions = {},
): Promise<GovkitStore> {
  const parsed = typeof location === 'string' ? parseStoreLocation(location) : location;
  if (parsed.kind === 'memory') return createMemoryGovkitStore(options);
  const client = await openSqlClient(parsed);
  try {
    return await createSqlGovkitStore({ client, ...options });
  } catch (error) {
    await client.close();
    throw error;
  }
}

/** The SQL client of a PGlite or PostgreSQL location (for `migrate` and benchmarks). */
export function openSqlClient(
  location: Exclude<StoreLocation, { kind: 'memory' }>,
): Promise<SqlClient> {
  return location.kind === 'pglite'
    ? openPgliteClient(location.dataDir)
    : openPgClient(location.connectionString);
}
