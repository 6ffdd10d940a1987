import type { SqlClient, SqlRow } from './sql-client';

/** What the client runs statements on: a PGlite database or one of its transactions. */
interface PgliteQueryable {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

/**
 * The part of a PGlite database the client uses. PGlite's own declarations need Emscripten's
 * globals, so naming its class here would break every consumer's type-check that does not skip
 * library checks; any `PGlite` instance fits this shape.
 */
export interface PgliteDatabase extends PgliteQueryable {
  readonly closed: boolean;
  transaction<R>(
    work: (tx: PgliteQueryable & { exec(script: string): Promise<unknown> }) => Promise<R>,
  ): Promise<R>;
  close(): Promise<void>;
}

/** Options of {@link createPgliteClient}. */
export interface PgliteClientOptions {
  /** Close the database with the client (true when the client opened it). Default false. */
  owned?: boolean;
}

/**
 * A {@link SqlClient} over an embedded PGlite database. PGlite serves one connection, so its
 * transactions are already serialised; locks and constraints still work as in PostgreSQL.
 */
export function createPgliteClient(
  db: PgliteDatabase,
  options: PgliteClientOptions = {},
): SqlClient {
  return {
    dialect: 'pglite',
    async query<T extends SqlRow>(text: string, params: readonly unknown[] = []) {
      const result = await db.query<T>(text, [...params]);
      return result.rows;
    },
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          async query<T extends SqlRow>(text: string, params: readonly unknown[] = []) {
            const result = await tx.query<T>(text, [...params]);
            return result.rows;
          },
          async exec(script: string) {
            await tx.exec(script);
          },
        }),
      ),
    async close() {
      if (options.owned && !db.closed) await db.close();
    },
  };
}

/**
 * Open (creating if needed) a PGlite database in `dataDir`, or in memory without one. The driver
 * is imported here, lazily, so hosts on PostgreSQL never load the WASM build.
 */
export async function openPgliteClient(dataDir?: string): Promise<SqlClient> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dataDir === undefined ? {} : { dataDir });
  return createPgliteClient(db, { owned: true });
}
