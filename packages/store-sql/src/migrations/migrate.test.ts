import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgClient } from '../client/pg-client';
import { openPgliteClient } from '../client/pglite-client';
import type { SqlClient } from '../client/sql-client';
import { createTestDatabase, describePostgres } from '../testing/postgres-test-database';
import { MigrationMismatchError, migrate, recordedMigrations } from './migrate';
import { SCHEMA_MIGRATIONS, type SchemaMigration } from './schema-migrations';

const first: SchemaMigration = { version: 1, name: 'first', sql: 'CREATE TABLE t_first (id int);' };
const second: SchemaMigration = {
  version: 2,
  name: 'second',
  sql: 'CREATE TABLE t_second (id int); CREATE INDEX t_second_id ON t_second (id);',
};
// Fails halfway: its first statement succeeds, its second does not.
const brokenSecond: SchemaMigration = {
  ...second,
  sql: 'CREATE TABLE t_second (id int); CREATE INDEX t_second_id ON t_missing (id);',
};

const tableExists = async (client: SqlClient, name: string) =>
  (await client.query<{ name: string | null }>('SELECT to_regclass($1)::text AS name', [name]))[0]
    ?.name !== null;

function describeMigrations(name: string, open: () => Promise<SqlClient>) {
  describe(`migrate: ${name}`, () => {
    let client: SqlClient;
    beforeAll(async () => {
      client = await open();
    });
    afterAll(() => client.close());

    it('dry run lists the pending versions and changes nothing', async () => {
      const report = await migrate(client, { migrations: [first, second], dryRun: true });
      expect(report).toEqual({ applied_before: [], applied: [1, 2], dry_run: true });
      expect(await recordedMigrations(client)).toEqual(new Map());
      expect(await tableExists(client, 't_first')).toBe(false);
    });

    it('resumes cleanly after a migration failed halfway: nothing of it is left, the next run applies it', async () => {
      await expect(migrate(client, { migrations: [first, brokenSecond] })).rejects.toThrow();
      expect([...(await recordedMigrations(client)).keys()]).toEqual([1]);
      expect(await tableExists(client, 't_first')).toBe(true);
      // The failed migration's first statement was rolled back with it.
      expect(await tableExists(client, 't_second')).toBe(false);

      const report = await migrate(client, { migrations: [first, second] });
      expect(report).toEqual({ applied_before: [1], applied: [2], dry_run: false });
      expect(await tableExists(client, 't_second')).toBe(true);
    });

    it('is idempotent: a second run applies nothing', async () => {
      expect(await migrate(client, { migrations: [first, second] })).toEqual({
        applied_before: [1, 2],
        applied: [],
        dry_run: false,
      });
    });

    it('refuses a migration edited after it was applied, and a version the code does not know', async () => {
      const edited = { ...first, sql: 'CREATE TABLE t_first (id bigint);' };
      await expect(migrate(client, { migrations: [edited, second] })).rejects.toBeInstanceOf(
        MigrationMismatchError,
      );
      await expect(migrate(client, { migrations: [first] })).rejects.toThrow(/does not know/);
    });
  });
}

describeMigrations('pglite', () => openPgliteClient());

describe('govkit schema on PGlite', () => {
  it('applies every migration once, then nothing', async () => {
    const client = await openPgliteClient();
    try {
      const versions = SCHEMA_MIGRATIONS.map((m) => m.version);
      expect((await migrate(client)).applied).toEqual(versions);
      expect((await migrate(client)).applied).toEqual([]);
    } finally {
      await client.close();
    }
  });
});

describePostgres('migrate on PostgreSQL', () => {
  describeMigrations('postgres', async () => openPgClient(await createTestDatabase()));

  it('two processes migrating at once apply each version exactly once', async () => {
    const url = await createTestDatabase();
    const clients = await Promise.all(Array.from({ length: 4 }, () => openPgClient(url)));
    try {
      const reports = await Promise.all(clients.map((client) => migrate(client)));
      const applied = reports.flatMap((report) => report.applied).sort((a, b) => a - b);
      expect(applied).toEqual(SCHEMA_MIGRATIONS.map((m) => m.version));
      expect([...(await recordedMigrations(clients[0] as SqlClient)).keys()]).toEqual(applied);
    } finally {
      await Promise.all(clients.map((client) => client.close()));
    }
  });
});
