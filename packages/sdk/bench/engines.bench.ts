// `pnpm bench engines`: the pure engines at scale, each beside what a user would write instead,
// measured in the same process:
// - decision replay stats over 1,000,000 decisions (counts + top N, exact p50/p95/p99, a cached
//   answer) beside a straightforward `Array.prototype.sort` implementation over the same rows;
// - governance analytics over a large override world, cold beside cached;
// - lineage compression of 10 MB at gzip level 6 beside node:zlib, and the capped streaming
//   decompression beside plain `gunzipSync`.
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  reportSection,
  spread,
  type Timing,
  timeRuns,
  timeRunsAsync,
} from '../../../scripts/bench/bench-report';
import type { BenchRow } from '../../../scripts/bench/bench-types';
import { gunzip } from '../src/client/download';
import { createAnalyticsWorld } from '../src/engines/analytics/fixtures/analytics-world';
import { createGovernanceAnalyticsEngine } from '../src/engines/analytics/governance-analytics-engine';
import { OVERRIDE_RECOMMENDATION_EVENT_TYPE } from '../src/engines/governance/event-types';
import { lineageGzip } from '../src/engines/lineage/lineage-compression';
import {
  overrideRequest,
  WORLD_USERS as U,
} from '../src/engines/overrides/fixtures/override-world';
import { computeBlockedReasons } from '../src/engines/replay/compute-blocked-reasons';
import { computeDecisionLag } from '../src/engines/replay/compute-decision-lag';
import { createReplayEngine } from '../src/engines/replay/replay-engine';
import { createInMemoryReplayStore } from '../src/engines/replay/replay-store';
import { createManualClock } from '../src/engines/shared/clock';
import { decisions, NOW_MS, prng, TASKS } from './decision-world';

const DECISIONS = Number(process.env.GOVKIT_BENCH_DECISIONS) || 1_000_000;
const OVERRIDES = Number(process.env.GOVKIT_BENCH_OVERRIDES) || 2_000;
const RAW_BYTES = Number(process.env.GOVKIT_BENCH_RAW_BYTES) || 10 * 1024 * 1024;
const RUNS = Number(process.env.GOVKIT_BENCH_RUNS) || 9;
const fmtCount = (n: number) => n.toLocaleString('en-US');

// Goals hold at the sizes; a smaller run (the GOVKIT_BENCH_* variables) reports no goal.
const FULL_SIZE = DECISIONS === 1_000_000 && OVERRIDES === 2_000 && RAW_BYTES === 10 * 1024 * 1024;
const rows: BenchRow[] = [];
const row = (figure: string, t: Timing, baseline?: { label: string; t: Timing }, goal?: number) =>
  rows.push({
    figure,
    value: t.median,
    unit: 'ms',
    baseline: baseline && { label: baseline.label, value: baseline.t.median },
    goal: goal === undefined || !FULL_SIZE ? undefined : { op: '<=', value: goal },
    detail: spread(t),
  });

// --- Decision replay stats -------------------------------------------------------------------
{
  const store = createInMemoryReplayStore();
  const engine = createReplayEngine({ clock: createManualClock(NOW_MS), store });
  const started = performance.now();
  for (const decision of decisions(DECISIONS)) store.insertAudit(decision);
  console.log(
    `decision world: ${fmtCount(DECISIONS)} decisions in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  // The baseline's input: the same decisions as plain objects with time and lag already numbers
  // (generous to it: it pays no timestamp parsing), the way an app would hold them.
  const index = store.decisions;
  const { length, ts, type, task, lag, reason } = index.columns();
  const plain = Array.from({ length }, (_, i) => ({
    ts: ts[i] as number,
    type: index.typeName(type[i] as number),
    task: index.taskId(task[i] as number),
    lag: lag[i] as number,
    reason: reason[i] as number,
  }));
  const from = NOW_MS - 720 * 3_600_000;
  const naiveTopN = () => {
    const counts = new Map<string, number>();
    for (const d of plain) {
      if (d.ts >= from && d.type === 'BLOCKED') counts.set(d.task, (counts.get(d.task) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 20);
  };
  const naivePercentiles = () => {
    const lags = plain.filter((d) => d.ts >= from && !Number.isNaN(d.lag)).map((d) => d.lag);
    lags.sort((a, b) => a - b);
    return [50, 95, 99].map((p) => lags[Math.max(0, Math.ceil((p / 100) * lags.length) - 1)]);
  };
  // Same answers, or the comparison means nothing.
  const ours = computeDecisionLag(index, NOW_MS, { window: '30d', pctl: 99 });
  const theirs = naivePercentiles();
  if (ours.p50 !== theirs[0] || ours.p95 !== theirs[1] || ours.value !== theirs[2]) {
    throw new Error(`percentiles differ: ${JSON.stringify([ours, theirs])}`);
  }
  const runs = { runs: RUNS, warmup: 2 };
  const sortLabel = 'Array.prototype.sort over plain objects';
  const topN = timeRuns(
    () => computeBlockedReasons(index, NOW_MS, { window: '30d', top_n: 20 }),
    runs,
  );
  row(
    `counts + top 20 blocked tasks, ${fmtCount(DECISIONS)} decisions (30d), uncached`,
    topN,
    { label: sortLabel, t: timeRuns(naiveTopN, runs) },
    80,
  );
  const pct = timeRuns(() => computeDecisionLag(index, NOW_MS, { window: '30d', pctl: 99 }), runs);
  row(
    `exact p50/p95/p99 lag, ${fmtCount(DECISIONS)} decisions (30d), uncached`,
    pct,
    { label: sortLabel, t: timeRuns(naivePercentiles, runs) },
    120,
  );
  // Through the engine: the first call computes, the next ones are the cached answer.
  engine.decisionLag({ window: '30d', pctl: 99 });
  engine.blockedReasons({ window: '30d', top_n: 20 });
  const cachedRuns = { runs: 101, warmup: 5 };
  row(
    'cached answer: exact p50/p95/p99 lag (engine, same data)',
    timeRuns(() => engine.decisionLag({ window: '30d', pctl: 99 }), cachedRuns),
    { label: 'uncached engine', t: pct },
    1,
  );
  row(
    'cached answer: top 20 blocked tasks (engine, same data)',
    timeRuns(() => engine.blockedReasons({ window: '30d', top_n: 20 }), cachedRuns),
    { label: 'uncached engine', t: topN },
    1,
  );
}

// --- Governance analytics over a large override world ----------------------------------------
{
  const world = createAnalyticsWorld();
  world.publishPreview('exe-1');
  let executed = 0;
  let refused = 0;
  for (let i = 0; i < OVERRIDES; i++) {
    const recommendation = `cadence_overload:bench-${i}`;
    world.events.append({
      execution_id: 'exe-1',
      event_type: OVERRIDE_RECOMMENDATION_EVENT_TYPE,
      payload: {
        rule_key: 'cadence_overload',
        recommendation: { recommendation_id: recommendation, action: 'reassign' },
        reviewer_id: U.reviewer,
        opted_out: false,
      },
    });
    world.clock.advance(60_000);
    try {
      const action = (['reassign', 'cooldown', 'escalate'] as const)[i % 3] ?? 'reassign';
      world.overrides.execute(U.actor, recommendation, overrideRequest(action));
      executed += 1;
    } catch {
      refused += 1;
    }
  }
  console.log(
    `override world: ${fmtCount(world.events.list().length)} events, ${executed} overrides executed, ${refused} refused`,
  );
  const fresh = () =>
    createGovernanceAnalyticsEngine({
      directory: world.directory,
      events: world.events,
      clock: world.clock,
      sources: world.sources,
    });
  const cold = timeRuns(() => fresh().retrieve(U.admin), { runs: RUNS, warmup: 1 });
  const engine = fresh();
  engine.retrieve(U.admin);
  const cached = timeRuns(() => engine.retrieve(U.admin), { runs: 101, warmup: 5 });
  row(
    `governance analytics, ${fmtCount(world.events.list().length)} events (${fmtCount(executed)} overrides): cached`,
    cached,
    { label: 'cold (fresh engine)', t: cold },
  );
}

// --- Lineage compression and capped decompression --------------------------------------------
{
  // Pseudo-random JSON rows (ids, numbers, short words): compresses about as well as real raw
  // inputs, unlike a repeated string that gzip would shrink to nothing.
  const random = prng(0x11ea9e);
  const words = [
    'lead',
    'score',
    'pipeline',
    'region',
    'north',
    'south',
    'hvac',
    'bbq',
    'status',
    'open',
    'closed',
  ];
  const parts: string[] = [];
  let size = 2;
  for (let i = 0; size < RAW_BYTES; i++) {
    const part = JSON.stringify({
      id: `lead-${i}`,
      score: Math.round(random() * 1e6) / 1e3,
      tag: words[Math.floor(random() * words.length)],
      note: Array.from({ length: 6 }, () => words[Math.floor(random() * words.length)]).join(' '),
      at: new Date(NOW_MS - Math.floor(random() * 1e10)).toISOString(),
    });
    parts.push(part);
    size += part.length + 1;
  }
  const raw = new TextEncoder().encode(`[${parts.join(',')}]`);
  const mib = (raw.length / 1_048_576).toFixed(1);
  const runs = { runs: Math.min(RUNS, 7), warmup: 1 };
  const ours = timeRuns(() => lineageGzip(raw), runs);
  const zlib = timeRuns(() => gzipSync(raw, { level: 6 }), runs);
  const gz = lineageGzip(raw);
  row(
    `lineage compression, ${mib} MiB raw input, gzip level 6 (${(gz.length / 1_048_576).toFixed(1)} MiB out)`,
    ours,
    { label: 'node:zlib gzipSync level 6', t: zlib },
    200,
  );
  const capped = await timeRunsAsync(() => gunzip(gz, { maxBytes: 64 * 1_048_576 }), runs);
  const plainGunzip = timeRuns(() => gunzipSync(gz), runs);
  row(`capped streaming decompression (\`gunzip\`, 64 MiB cap) of the same ${mib} MiB`, capped, {
    label: 'node:zlib gunzipSync (no cap)',
    t: plainGunzip,
  });
}

reportSection({
  id: 'engines',
  title: 'Engines: replay stats, governance analytics, lineage compression',
  command: 'pnpm bench engines',
  method: [
    `**Replay stats**: ${fmtCount(DECISIONS)} supervisor decisions over ${fmtCount(TASKS)} tasks (seeded world, see`,
    '`packages/sdk/bench/decision-world.ts`) in the in-memory replay store and its columnar index;',
    'the 30-day window holds all of them. "Uncached" times the stats computations themselves',
    '(parameter validation included); the baseline is what an app would write: a loop over the same',
    'decisions held as plain objects (time and lag already numbers), a `Map` of counts and',
    '`Array.prototype.sort`, checked to give the same percentiles. "Cached" is a repeated call',
    'through the engine on unchanged data (answers are keyed by parameters, window start and index',
    'size, so an append or a decision leaving the window is never served stale).',
    `**Governance analytics**: the override world with ${fmtCount(OVERRIDES)} recommendations, each executed`,
    "(reassign / cooldown / escalate); cold is a fresh engine (empty cache) answering the admin's full",
    'report, cached the same engine asked again.',
    `**Lineage**: ${(RAW_BYTES / 1_048_576).toFixed(0)} MiB of pseudo-random JSON rows compressed by the lineage engine`,
    "(fflate, level 6, zero mtime) beside node:zlib at the same level; then the client's capped",
    'streaming `gunzip` (`DecompressionStream`, counting bytes against the cap) beside `gunzipSync`.',
    `Median of ${RUNS} runs (7 for the lineage rows, 101 for cached answers) after warm-up.`,
  ].join('\n'),
  rows,
});
