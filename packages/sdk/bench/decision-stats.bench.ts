/**
 * Decision replay stats over 1,000,000 supervisor decisions.
 *
 * Run from the repository root:
 *   pnpm tsx packages/sdk/bench/decision-stats.bench.ts
 *
 * Builds a deterministic world (seeded PRNG, fixed clock), then times each stats query of the
 * replay engine per window: median, min and max of several runs after warm-up, wall clock via
 * `performance.now()`. Prints a markdown table for BENCHMARKS.md and exits.
 *
 * Rows go straight into the store (`insertAudit`), not through the engine's validated
 * `recordAudit`: the benchmark measures the stats, and the build time shown is the store plus its
 * columnar index maintenance.
 */
import { cpus, totalmem } from 'node:os';
import { createReplayEngine } from '../src/engines/replay/replay-engine';
import { createInMemoryReplayStore } from '../src/engines/replay/replay-store';
import { createManualClock } from '../src/engines/shared/clock';
import type { ReplayWindow } from '../src/schemas/replay/replay-params';
import type { NewReplayAuditRecord } from '../src/schemas/replay/replay-records';

const DECISIONS = Number(process.env.GOVKIT_BENCH_DECISIONS) || 1_000_000;
const TASKS = 50_000;
const RUNS = 9;
const WARMUP = 2;
const NOW_MS = Date.UTC(2024, 0, 28, 12);
// Decisions span 30 days minus an hour, so the 30d window holds all of them.
const SPAN_MS = 30 * 24 * 3_600_000 - 3_600_000;

/** mulberry32: small, fast and deterministic. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// Cumulative shares of the audit types the real supervisor writes.
const TYPE_SHARES: [string, number][] = [
  ['SUPERVISOR_ALLOWED', 0.8],
  ['SUPERVISOR_BLOCKED', 0.88],
  ['SUPERVISOR_PAUSED', 0.93],
  ['SUPERVISOR_RETRY_RECOMMENDED', 0.97],
  ['SUPERVISOR_DECISION', 0.99],
  ['SUPERVISOR_ERROR', 1],
];

const REASON_SNAPSHOTS = Array.from({ length: 25 }, (_, i) => ({
  decision_snapshot: { findings: [{ kind: 'REDLINE', severity: 'HIGH', code: `REASON_${i}` }] },
}));

function isoMicro(ms: number, micros: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}${String(micros).padStart(3, '0')}+00:00`;
}

function* decisions(count: number): Generator<NewReplayAuditRecord> {
  const random = prng(0x5eed);
  for (let i = 0; i < count; i++) {
    // Ascending time with up to 2 s of jitter, so some appends arrive slightly out of order.
    const ms = Math.floor(NOW_MS - SPAN_MS + (SPAN_MS * i) / count - random() * 2000);
    const roll = random();
    const eventType = TYPE_SHARES.find(([, share]) => roll < share)?.[0] ?? 'SUPERVISOR_ALLOWED';
    // Log-uniform lag between 1 ms and ~100 s.
    const lagMs = 10 ** (random() * 5);
    const sqlite = random() < 0.1;
    const createdAt = sqlite
      ? new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
      : isoMicro(ms, Math.floor(random() * 1000));
    const blocked = eventType === 'SUPERVISOR_BLOCKED';
    yield {
      task_id: `task-${Math.floor(random() ** 2 * TASKS)}`,
      level: 'info',
      event_type: eventType,
      payload: blocked ? (REASON_SNAPSHOTS[Math.floor(random() * 25)] ?? null) : null,
      created_at: createdAt,
      decision_id: null,
      source_event_ts: new Date(ms - lagMs).toISOString(),
      supervisor_processed_at: new Date(ms).toISOString(),
    };
  }
}

function time(fn: () => unknown): { median: number; min: number; max: number } {
  for (let i = 0; i < WARMUP; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    median: samples[Math.floor(samples.length / 2)] ?? Number.NaN,
    min: samples[0] ?? Number.NaN,
    max: samples[samples.length - 1] ?? Number.NaN,
  };
}

const fmt = (ms: number) => ms.toFixed(1);

function main(): void {
  const store = createInMemoryReplayStore();
  const engine = createReplayEngine({ clock: createManualClock(NOW_MS), store });
  const generateStart = performance.now();
  const generated = [...decisions(DECISIONS)];
  const generateMs = performance.now() - generateStart;
  const buildStart = performance.now();
  for (const row of generated) store.insertAudit(row);
  const buildMs = performance.now() - buildStart;

  const rows: string[] = [];
  const windows: ReplayWindow[] = ['24h', '7d', '30d'];
  for (const window of windows) {
    const inWindow = engine.decisionTypes({ window }).total;
    const queries: [string, string, () => unknown][] = [
      ['blocked-reasons', `window=${window}&top_n=20`, () => engine.blockedReasons({ window })],
      ['decision-types', `window=${window}`, () => engine.decisionTypes({ window })],
      ['decision-lag', `window=${window}&pctl=99`, () => engine.decisionLag({ window, pctl: 99 })],
    ];
    for (const [name, params, fn] of queries) {
      const t = time(fn);
      rows.push(
        `| ${name} | \`${params}\` | ${inWindow.toLocaleString('en-US')} | ${fmt(t.median)} | ${fmt(t.min)} | ${fmt(t.max)} |`,
      );
    }
  }

  const lag = engine.decisionLag({ window: '30d', pctl: 99 });
  console.log(
    `Decision replay stats: ${DECISIONS.toLocaleString('en-US')} decisions, ${TASKS.toLocaleString('en-US')} tasks`,
  );
  console.log(
    `Node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
  );
  console.log(
    `Generate rows: ${fmt(generateMs)} ms; store insert + columnar index: ${fmt(buildMs)} ms (${fmt((buildMs * 1000) / DECISIONS)} µs/decision)`,
  );
  console.log(
    `30d lag: p50=${lag.p50?.toFixed(3)} s, p95=${lag.p95?.toFixed(3)} s, p99=${lag.value?.toFixed(3)} s`,
  );
  console.log(`Median of ${RUNS} runs after ${WARMUP} warm-up runs, wall clock (performance.now).`);
  console.log('');
  console.log('| stats query | params | decisions in window | median ms | min ms | max ms |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(row);
}

main();
