/**
 * Durable stores: lock round trips, a 10 MB lineage capture, and indexed lineage search over
 * 1,000,000 records, on PostgreSQL and on PGlite, beside the in-memory engines.
 *
 * Run from the repository root (starts a throwaway PostgreSQL cluster unless GOVKIT_PG_URL is set):
 *   node scripts/bench.mjs --durable
 *
 * Wall clock via `performance.now()`; figures are medians of repeated runs after a warm-up. The
 * million search rows go straight in with one `INSERT … SELECT generate_series` (no blobs): the
 * benchmark measures the search, not the load.
 */
import { cpus } from 'node:os';
import { createManualClock, createSequentialIdGenerator } from '@govkit/sdk/engines';
import pg from 'pg';
import { createPgClient } from '../src/client/pg-client';
import { openPgliteClient } from '../src/client/pglite-client';
import type { SqlClient } from '../src/client/sql-client';
import { LINEAGE_LIST_COLUMNS } from '../src/lineage/lineage-rows';
import { createMemoryGovkitStore } from '../src/memory-store';
import { migrate } from '../src/migrations/migrate';
import type { GovkitStore } from '../src/services';
import { createSqlGovkitStore } from '../src/sql-store';
import { findPostgresBin, startThrowawayPostgres } from '../src/testing/throwaway-postgres';

const SEARCH_ROWS = Number(process.env.GOVKIT_BENCH_LINEAGE_ROWS) || 1_000_000;
const LOCK_SECONDS = Number(process.env.GOVKIT_BENCH_LOCK_SECONDS) || 3;
const LEADS = 10_000;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

/** acquire+release pairs per second with `clients` concurrent clients, each on its own workspace. */
async function lockRoundTrips(stores: GovkitStore[], clients: number): Promise<number> {
  let done = 0;
  const deadline = performance.now() + LOCK_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const store = stores[i % stores.length] as GovkitStore;
      while (performance.now() < deadline) {
        const grant = await store.locks.acquireRunLock(`ws-bench-${i}`, `client-${i}`, 60);
        if (!grant.acquired) throw new Error('a client lost its own workspace lock');
        await store.locks.releaseRunLock(grant.lock_id ?? '');
        done += 1;
      }
    }),
  );
  return done / LOCK_SECONDS;
}

/** ~10 MB of JSON raw inputs that do not compress to nothing (pseudo-random hex rows). */
function tenMegabyteInput(reportId: string) {
  let state = 42;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    return state.toString(16).padStart(8, '0');
  };
  const rows = Array.from({ length: 145_000 }, (_, i) => ({
    i,
    a: next(),
    b: next(),
    c: next(),
    d: next(),
  }));
  return {
    report_generation_id: reportId,
    lead_id: 'lead-big',
    pipeline_run_id: 'run-big',
    template_version_id: 'v1',
    pipeline_start_time: '2026-02-03T10:00:00.000Z',
    pipeline_end_time: '2026-02-03T10:01:00.000Z',
    pipeline_logs: { events: [], summary: {} },
    raw_inputs: { rows },
  };
}

async function captureTimes(store: GovkitStore, label: string): Promise<string> {
  const times: number[] = [];
  for (let i = 0; i < 4; i += 1) {
    const input = tenMegabyteInput(`rep-big-${label}-${i}`);
    const started = performance.now();
    await store.lineage.captureReport(input);
    if (i > 0) times.push(performance.now() - started);
  }
  const bytes = JSON.stringify(tenMegabyteInput('x').raw_inputs).length;
  return `| ${label} | ${fmt(bytes / 1_048_576)} MB | ${fmt(median(times), 0)} | ${fmt(Math.min(...times), 0)} | ${fmt(Math.max(...times), 0)} |`;
}

/** The million rows: 10,000 leads, 1,000 pipeline runs, 20 templates, one row a minute back. */
async function loadSearchRows(client: SqlClient): Promise<number> {
  const started = performance.now();
  await client.query(
    `INSERT INTO report_generations (id, lead_id, pipeline_run_id, template_version_id, created_at)
     SELECT 'bench-rep-' || n, 'lead-' || (n % ${LEADS}), 'run-' || (n % 1000), 'v' || (n % 20),
            timestamptz '2026-02-03T10:00:00Z' - n * interval '1 minute'
     FROM generate_series(1, $1) AS n`,
    [SEARCH_ROWS],
  );
  await client.query(
    `INSERT INTO report_lineage (id, report_generation_id, lead_id, pipeline_run_id, template_version_id,
       pipeline_start_time, pipeline_end_time, pipeline_logs, raw_inputs_size_bytes, compression_ratio, created_at)
     SELECT 'bench-lin-' || n, 'bench-rep-' || n, 'lead-' || (n % ${LEADS}), 'run-' || (n % 1000), 'v' || (n % 20),
            '2026-02-03T09:00:00Z', '2026-02-03T09:01:00Z', '{}'::jsonb, 0, 0,
            timestamptz '2026-02-03T10:00:00Z' - n * interval '1 minute'
     FROM generate_series(1, $1) AS n`,
    [SEARCH_ROWS],
  );
  await client.query('ANALYZE report_generations');
  await client.query('ANALYZE report_lineage');
  return (performance.now() - started) / 1000;
}

async function searchTimes(
  store: GovkitStore,
  client: SqlClient,
  label: string,
): Promise<string[]> {
  const lines: string[] = [];
  const cases: [string, Record<string, string | number>][] = [
    ['lead_id (100 matches)', { lead_id: 'lead-4242', limit: 20 }],
    ['pipeline_run_id (1,000 matches)', { pipeline_run_id: 'run-77', limit: 100 }],
    ['newest 100, no filter', { limit: 100 }],
  ];
  for (const [name, params] of cases) {
    const times: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const started = performance.now();
      const page = await store.lineage.search(params);
      if (page.items.length === 0) throw new Error(`${name}: no rows`);
      if (i >= 2) times.push(performance.now() - started);
    }
    lines.push(
      `| ${label} | ${name} | ${fmt(median(times), 2)} | ${fmt(Math.min(...times), 2)} | ${fmt(Math.max(...times), 2)} |`,
    );
  }
  // The indexed lookup alone (the query the service runs before it writes its audit rows).
  const lookup: number[] = [];
  for (let i = 0; i < 22; i += 1) {
    const started = performance.now();
    const rows = await client.query(
      `SELECT ${LINEAGE_LIST_COLUMNS} FROM report_lineage WHERE lead_id = $1
       ORDER BY created_at DESC, id DESC LIMIT 21`,
      [`lead-${(4242 + i * 7) % LEADS}`],
    );
    if (rows.length === 0) throw new Error('lookup: no rows');
    if (i >= 2) lookup.push(performance.now() - started);
  }
  lines.unshift(
    `| ${label} | lead_id, indexed lookup only (SQL, 20 rows) | ${fmt(median(lookup), 2)} | ${fmt(Math.min(...lookup), 2)} | ${fmt(Math.max(...lookup), 2)} |`,
  );
  const plan = await client.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN ANALYZE SELECT ${LINEAGE_LIST_COLUMNS} FROM report_lineage WHERE lead_id = 'lead-4242'
     ORDER BY created_at DESC, id DESC LIMIT 21`,
  );
  lines.push(
    '',
    `EXPLAIN (${label}, lead_id filter):`,
    '',
    '```',
    ...plan.map((r) => r['QUERY PLAN']),
    '```',
    '',
  );
  return lines;
}

async function main() {
  console.log(
    `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}\n`,
  );

  // PostgreSQL: an existing server, or a throwaway cluster from Debian's binaries.
  let stopServer: (() => Promise<void>) | undefined;
  let url = process.env.GOVKIT_PG_URL;
  if (!url) {
    const bin = findPostgresBin();
    if (!bin) throw new Error('No PostgreSQL: install postgresql or set GOVKIT_PG_URL');
    const server = await startThrowawayPostgres(bin);
    url = server.url;
    stopServer = () => server.stop();
  }
  const admin = new pg.Pool({ connectionString: url, max: 1 });
  const pgPools = Array.from({ length: 32 }, () => new pg.Pool({ connectionString: url, max: 1 }));
  const pgClients = pgPools.map((pool) => createPgClient(pool));
  await migrate(createPgClient(admin));
  const pgStores = await Promise.all(
    pgClients.map((client) => createSqlGovkitStore({ client, migrate: false })),
  );
  const pglite = await openPgliteClient();
  const pgliteStore = await createSqlGovkitStore({ client: pglite });
  const memory = createMemoryGovkitStore({
    clock: createManualClock(0),
    ids: createSequentialIdGenerator(),
  });

  console.log('## Lock acquire + release round trips per second\n');
  console.log('| store | 1 client | 32 clients |');
  console.log('| --- | ---: | ---: |');
  for (const [label, stores] of [
    ['in-memory engine', [memory]],
    ['PGlite (one embedded connection)', [pgliteStore]],
    ['PostgreSQL (one connection per client)', pgStores],
  ] as const) {
    const one = await lockRoundTrips([...stores], 1);
    const many = await lockRoundTrips([...stores], 32);
    console.log(`| ${label} | ${fmt(one, 0)} | ${fmt(many, 0)} |`);
  }

  console.log('\n## Lineage capture of a 10 MB raw input (ms)\n');
  console.log('| store | raw input | median | min | max |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  console.log(await captureTimes(memory, 'in-memory engine'));
  console.log(await captureTimes(pgliteStore, 'PGlite'));
  console.log(await captureTimes(pgStores[0] as GovkitStore, 'PostgreSQL'));

  console.log(
    `\n## Lineage search over ${fmt(SEARCH_ROWS, 0)} records (ms, service call incl. audit rows)\n`,
  );
  const pgLoad = await loadSearchRows(createPgClient(admin));
  const pgliteLoad = await loadSearchRows(pglite);
  console.log(`Loading: PostgreSQL ${fmt(pgLoad)} s, PGlite ${fmt(pgliteLoad)} s\n`);
  console.log('| store | filter | median | min | max |');
  console.log('| --- | --- | ---: | ---: | ---: |');
  const pgLines = await searchTimes(
    pgStores[0] as GovkitStore,
    createPgClient(admin),
    'PostgreSQL',
  );
  const pgliteLines = await searchTimes(pgliteStore, pglite, 'PGlite');
  const table = (lines: string[]) => lines.filter((line) => line.startsWith('| '));
  const rest = (lines: string[]) => lines.filter((line) => !line.startsWith('| '));
  console.log([...table(pgLines), ...table(pgliteLines)].join('\n'));
  console.log([...rest(pgLines), ...rest(pgliteLines)].join('\n'));

  await Promise.all(pgPools.map((pool) => pool.end()));
  await admin.end();
  await pglite.close();
  await stopServer?.();
}

await main();
