import type { SqlClient, SqlRow } from './sql-client';

/** What the client runs statements on: a pool or a connection checked out of it. */
interface PgQueryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** A connection checked out of a {@link PgPool} (`pg`'s `PoolClient` fits). */
export interface PgPoolConnection extends PgQueryable {
  on(event: 'error', listener: (error: Error) => void): unknown;
  off(event: 'error', listener: (error: Error) => void): unknown;
  /** Give the connection back; with an error, destroy it instead. */
  release(error?: Error | boolean): void;
}

/**
 * The part of a `pg` pool the client uses; any `new pg.Pool(…)` fits. Naming pg's own class here
 * would make `@types/pg` a requirement of every TypeScript consumer of govkit's declarations,
 * including those that never use PostgreSQL.
 */
export interface PgPool extends PgQueryable {
  connect(): Promise<PgPoolConnection>;
  end(): Promise<void>;
}

/**
 * Options of the pool {@link openPgClient} opens, passed to `pg`'s `Pool` as given (its
 * `PoolConfig`, apart from `connectionString`); the common ones are typed here.
 */
export interface PgPoolOptions {
  /** Most connections the pool opens (pg's default 10). */
  max?: number;
  idleTimeoutMillis?: number;
  connectionTimeoutMillis?: number;
  /** Per-statement timeout the server enforces, in ms. */
  statement_timeout?: number;
  application_name?: string;
  ssl?: boolean | Record<string, unknown>;
  readonly [option: string]: unknown;
}

/** Options of {@link createPgClient}. */
export interface PgClientOptions {
  /** End the pool with the client (true when the client created it). Default false. */
  owned?: boolean;
}

/**
 * A {@link SqlClient} over a `pg` pool. Each transaction checks out one connection and gives it
 * back; a connection that failed mid-transaction is destroyed, not returned to the pool, so a
 * broken socket can never leak into the next caller.
 */
export function createPgClient(pool: PgPool, options: PgClientOptions = {}): SqlClient {
  const queryOn = async <T extends SqlRow>(
    target: PgQueryable,
    text: string,
    params: readonly unknown[] = [],
  ) => (await target.query(text, [...params])).rows as T[];
  return {
    dialect: 'postgres',
    query: (text, params) => queryOn(pool, text, params),
    async transaction(work) {
      const connection = await pool.connect();
      let broken: Error | undefined;
      // A checked-out connection that the server kills emits 'error' besides failing the query;
      // without a listener that event would crash the host process.
      const onError = (error: Error) => {
        broken = error;
      };
      connection.on('error', onError);
      try {
        await connection.query('BEGIN');
        const result = await work({
          query: (text, params) => queryOn(connection, text, params),
          // Without parameters `pg` uses the simple protocol, which accepts several statements.
          exec: async (script) => {
            await connection.query(script);
          },
        });
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await connection.query('ROLLBACK');
        } catch (rollbackError) {
          // The connection itself is gone (terminated, network): the server rolled back already.
          broken =
            rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        }
        throw error;
      } finally {
        connection.off('error', onError);
        connection.release(broken);
      }
    },
    async close() {
      if (options.owned) await pool.end();
    },
  };
}

/** Open a pool on `connectionString` (a `postgres://…` URL). The driver is imported lazily. */
export async function openPgClient(
  connectionString: string,
  config: PgPoolOptions = {},
): Promise<SqlClient> {
  const pg = await import('pg');
  const PoolClass = pg.default?.Pool ?? pg.Pool;
  const pool = new PoolClass({ ...config, connectionString });
  // An idle connection killed by the server (restart, pg_terminate_backend) must not crash the
  // host: the pool drops it and the next query opens a new one.
  pool.on('error', () => {});
  return createPgClient(pool, { owned: true });
}
