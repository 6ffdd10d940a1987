/** One result row as the driver returns it (column name → value). */
export type SqlRow = Record<string, unknown>;

/**
 * The little a store needs from a PostgreSQL driver: parameterised queries (`$1`, `$2`, …) and
 * transactions. PGlite and `pg` both fit it, so every service is written once, in one SQL dialect.
 */
export interface SqlClient {
  query<T extends SqlRow = SqlRow>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /**
   * Run `work` inside one transaction on one connection: committed when it resolves, rolled back
   * when it throws (the throw propagates). Nothing of a failed transaction is ever visible.
   */
  transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T>;
  /** Release the connection(s). Only closes what the client itself opened. */
  close(): Promise<void>;
  /** `pglite` or `postgres`, for messages and benchmarks. */
  readonly dialect: 'pglite' | 'postgres';
}

/** The query side of a {@link SqlClient}, bound to one open transaction. */
export interface SqlTransaction extends Pick<SqlClient, 'query'> {
  /** Run a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

/** What a driver error carries that the stores look at (both drivers set these fields). */
export interface SqlDriverError {
  code?: string;
  detail?: string;
  message: string;
}

/** The SQLSTATE of a driver error, if it has one. */
export function sqlStateOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as SqlDriverError).code;
  return typeof code === 'string' ? code : undefined;
}

/** SQLSTATEs the stores react to. `GK409` is raised by govkit's own fencing trigger. */
export const SQL_STATE = {
  uniqueViolation: '23505',
  staleFencingToken: 'GK409',
} as const;
