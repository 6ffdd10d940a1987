import type { SqlClient } from '../client/sql-client';
import { SCHEMA_MIGRATIONS, type SchemaMigration } from './schema-migrations';

/** Options of {@link migrate}. */
export interface MigrateOptions {
  /** Report what would run, change nothing. */
  dryRun?: boolean;
  /** The migrations to apply; defaults to {@link SCHEMA_MIGRATIONS} (tests pass their own). */
  migrations?: readonly SchemaMigration[];
}

/** What {@link migrate} did (or, on a dry run, would do). */
export interface MigrateReport {
  /** Versions already recorded before this call. */
  applied_before: number[];
  /** Versions this call applied (dry run: would apply), in order. */
  applied: number[];
  dry_run: boolean;
}

/** Thrown when the recorded migrations and the code disagree (edited or unknown migration). */
export class MigrationMismatchError extends Error {
  override readonly name = 'MigrationMismatchError';
}

/** Migrations table; its name is part of the contract with databases already migrated. */
export const MIGRATIONS_TABLE = 'govkit_migrations';

// pg_advisory_xact_lock key: any constant every govkit process agrees on ("govkit" in ASCII).
const MIGRATION_LOCK_KEY = 0x676f766b6974;

/**
 * Bring the schema up to date. Each migration runs in its own transaction that first takes a
 * transaction-scoped advisory lock, then re-reads the migrations table: two processes migrating
 * at once queue on the lock and the second finds the work done. A migration that fails (or whose
 * connection dies) rolls back whole, with its migrations-table row, so the next run resumes at
 * exactly that version. Running it again when up to date changes nothing.
 *
 * @throws MigrationMismatchError when a recorded version's checksum differs from the code's, or the
 *   database has a version this code does not know (a newer govkit migrated it).
 */
export async function migrate(
  client: SqlClient,
  options: MigrateOptions = {},
): Promise<MigrateReport> {
  const migrations = [...(options.migrations ?? SCHEMA_MIGRATIONS)].sort(
    (a, b) => a.version - b.version,
  );
  const dryRun = options.dryRun ?? false;
  const before = await recordedMigrations(client);
  verifyRecorded(before, migrations);
  const report: MigrateReport = {
    applied_before: [...before.keys()],
    applied: [],
    dry_run: dryRun,
  };
  for (const migration of migrations) {
    if (before.has(migration.version)) continue;
    if (dryRun) {
      report.applied.push(migration.version);
      continue;
    }
    const applied = await client.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      await tx.exec(
        `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
           version integer PRIMARY KEY,
           name text NOT NULL,
           checksum text NOT NULL,
           applied_at timestamptz NOT NULL DEFAULT clock_timestamp()
         )`,
      );
      const done = await tx.query(`SELECT 1 FROM ${MIGRATIONS_TABLE} WHERE version = $1`, [
        migration.version,
      ]);
      if (done.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query(
        `INSERT INTO ${MIGRATIONS_TABLE} (version, name, checksum) VALUES ($1, $2, $3)`,
        [migration.version, migration.name, migrationChecksum(migration)],
      );
      return true;
    });
    if (applied) report.applied.push(migration.version);
  }
  return report;
}

/** Versions recorded in the migrations table (empty before the first migration), with checksums. */
export async function recordedMigrations(client: SqlClient): Promise<Map<number, string>> {
  const [table] = await client.query<{ name: string | null }>(
    'SELECT to_regclass($1)::text AS name',
    [MIGRATIONS_TABLE],
  );
  if (!table?.name) return new Map();
  const rows = await client.query<{ version: number; checksum: string }>(
    `SELECT version, checksum FROM ${MIGRATIONS_TABLE} ORDER BY version`,
  );
  return new Map(rows.map((row) => [Number(row.version), row.checksum]));
}

function verifyRecorded(recorded: Map<number, string>, migrations: readonly SchemaMigration[]) {
  const known = new Map(migrations.map((m) => [m.version, m]));
  for (const [version, checksum] of recorded) {
    const migration = known.get(version);
    if (!migration) {
      throw new MigrationMismatchError(
        `The database has migration ${version}, which this version of govkit does not know`,
      );
    }
    if (migrationChecksum(migration) !== checksum) {
      throw new MigrationMismatchError(
        `Migration ${version} (${migration.name}) was changed after it was applied`,
      );
    }
  }
}

/**
 * FNV-1a (64-bit) of the migration's SQL, as hex: enough to notice an edited migration, which is
 * all it is for (not a security boundary), and free of any hashing dependency.
 */
export function migrationChecksum(migration: SchemaMigration): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(migration.sql)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
