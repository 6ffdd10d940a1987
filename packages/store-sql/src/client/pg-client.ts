import type { Pool, PoolClient, PoolConfig } from 'pg';
import type { SqlClient, SqlRow } from './sql-client';

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
export function createPgClient(pool: Pool, options: PgClientOptions = {}): SqlClient {
  const queryOn = async <T extends SqlRow>(
    target: Pool | PoolClient,
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
  config: Omit<PoolConfig, 'connectionString'> = {},
): Promise<SqlClient> {
  const pg = await import('pg');
  const PoolClass = pg.default?.Pool ?? pg.Pool;
  const pool = new PoolClass({ connectionString, ...config });
  // An idle connection killed by the server (restart, pg_terminate_backend) must not crash the
  // host: the pool drops it and the next query opens a new one.
  pool.on('error', () => {});
  return createPgClient(pool, { owned: true });
}
