import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPgClient } from './client/pg-client';
import type { SqlClient } from './client/sql-client';
import { migrate } from './migrations/migrate';
import type { SchemaMigration } from './migrations/schema-migrations';
import type { GovkitStore } from './services';
import { createSqlGovkitStore } from './sql-store';
import { captureInput } from './testing/describe-store-contract';
import { createTestDatabase, describePostgres } from './testing/postgres-test-database';
import {
  findPostgresBin,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from './testing/throwaway-postgres';

const RUN_REQUEST = {
  owner: 'alice',
  files: [{ name: 'invoices.csv', category: 'invoices' as const, row_count: 40 }],
  invoices_detected_count: 38,
  quotes_detected_count: 0,
};

/** Kill (pg_terminate_backend) the first backend of `database` that sleeps in pg_sleep. */
async function terminateSleeper(admin: pg.Client, database: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const { rows } = await admin.query(
      `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
       WHERE datname = $1 AND wait_event = 'PgSleep'`,
      [database],
    );
    if (rows.some((row) => row.killed === true)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('no sleeping backend to terminate');
}

// A test-only trigger that parks an INSERT in pg_sleep, so a transaction can be killed halfway.
const sleepTrigger = (table: string) => `
  CREATE OR REPLACE FUNCTION test_sleep() RETURNS trigger LANGUAGE plpgsql AS
    $$ BEGIN PERFORM pg_sleep(30); RETURN NEW; END $$;
  CREATE TRIGGER test_sleep BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION test_sleep();`;

describePostgres('faults on PostgreSQL', () => {
  let url: string;
  let database: string;
  let admin: pg.Client;
  let client: SqlClient;
  let store: GovkitStore;

  beforeAll(async () => {
    url = await createTestDatabase();
    database = new URL(url).pathname.slice(1);
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    client = await openPgClient(url);
    store = await createSqlGovkitStore({ client });
  });
  afterAll(async () => {
    await admin.end();
    await store.close();
  });

  it('a capture whose connection dies mid-transaction leaves nothing half-written', async () => {
    await admin.query(sleepTrigger('report_lineage'));
    const capture = store.lineage.captureReport(
      captureInput({ report_generation_id: 'rep-killed' }),
    );
    await terminateSleeper(admin, database);
    await expect(capture).rejects.toThrow();
    await admin.query('DROP TRIGGER test_sleep ON report_lineage');
    // The report row inserted before the kill was rolled back with the transaction.
    expect(await store.lineage.getReport('rep-killed')).toBeUndefined();
    // The pool dropped the dead connection; the same capture now succeeds.
    const { lineage } = await store.lineage.captureReport(
      captureInput({ report_generation_id: 'rep-killed' }),
    );
    expect(lineage.report_generation_id).toBe('rep-killed');
  });

  it('a run whose connection dies while storing leaves neither manifest nor result, and frees the lock', async () => {
    await admin.query(sleepTrigger('run_results'));
    const run = store.pipeline.runPipeline('ws-fault', RUN_REQUEST);
    await terminateSleeper(admin, database);
    await expect(run).rejects.toThrow();
    await admin.query('DROP TRIGGER test_sleep ON run_results');
    expect(
      (
        await admin.query(
          "SELECT count(*)::int AS n FROM run_manifests WHERE workspace_id = 'ws-fault'",
        )
      ).rows[0]?.n,
    ).toBe(0);
    expect(await store.pipeline.listRuns()).toEqual([]);
    expect((await store.locks.getLockState('ws-fault')).live).toBe(false);
    expect((await store.pipeline.runPipeline('ws-fault', RUN_REQUEST)).fencing_token).toBe(2);
  });

  it('a migration whose connection dies halfway is resumed by the next run', async () => {
    const fresh = await createTestDatabase();
    const freshName = new URL(fresh).pathname.slice(1);
    const migrating = await openPgClient(fresh);
    const slow: SchemaMigration = {
      version: 1,
      name: 'slow',
      sql: 'CREATE TABLE t_slow (id int); SELECT pg_sleep(30); CREATE INDEX t_slow_id ON t_slow (id);',
    };
    try {
      const attempt = migrate(migrating, { migrations: [slow] });
      await terminateSleeper(admin, freshName);
      await expect(attempt).rejects.toThrow();
      const quick = { ...slow, sql: slow.sql.replace('SELECT pg_sleep(30);', '') };
      // An edited migration would be refused, but nothing of the killed one was recorded.
      expect(await migrate(migrating, { migrations: [quick] })).toMatchObject({
        applied_before: [],
        applied: [1],
      });
    } finally {
      await migrating.close();
    }
  });
});

const bin = findPostgresBin();

describePostgres('server restart', () => {
  let server: ThrowawayPostgres | undefined;
  beforeAll(async () => {
    if (!bin) throw new Error('PostgreSQL binaries are needed to restart a server');
    server = await startThrowawayPostgres(bin);
  });
  afterAll(() => server?.stop());

  it('locks and lineage survive a restart, and the pool reconnects by itself', async () => {
    if (!server) throw new Error('no server');
    const store = await createSqlGovkitStore({ client: await openPgClient(server.url) });
    try {
      const grant = await store.locks.acquireRunLock('ws-1', 'alice', 600);
      const reportId = `rep-${randomUUID()}`;
      await store.lineage.captureReport(captureInput({ report_generation_id: reportId }));

      await server.restart();
      // Let the pool see its old sockets close (the restart above blocked the event loop).
      await new Promise((resolve) => setTimeout(resolve, 200));

      expect(await store.locks.getLockState('ws-1')).toMatchObject({
        live: true,
        lock_id: grant.lock_id,
        fencing_token: 1,
      });
      expect((await store.locks.acquireRunLock('ws-1', 'bob')).acquired).toBe(false);
      expect((await store.lineage.getByReportId(reportId)).report_generation_id).toBe(reportId);
    } finally {
      await store.close();
    }
  });
});
