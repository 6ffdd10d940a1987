// `pnpm bench http-load`: HTTP throughput and latency of the standalone mock server (the real CLI:
// one MSW dispatcher over the route table) against a plain-MSW baseline with ~200 `http.get`
// handlers, each in its own child process on 127.0.0.1, driven by a keep-alive agent.
//
// Measurements, all bounded by request count and time, loopback only:
// - saturation: 32 concurrent requests in a closed loop (max req/s; latency there is queueing,
//   by Little's law ≈ 32 / throughput);
// - fixed rate: 1,000 req/s offered on a schedule (open loop), latency measured from each
//   request's scheduled time, so queueing delay counts;
// - the same fixed rate with a mix that writes (lock acquire/release, override actions, export
//   approvals) beside the read-only mix;
// - the timeline SSE stream with 100 concurrent subscribers: frames delivered per second and the
//   lag of one lock event from the request that causes it to its arrival at every subscriber.
import { Agent, request } from 'node:http';
import { reportSection } from '../../../scripts/bench/bench-report';
import type { BenchRow } from '../../../scripts/bench/bench-types';
import { compileRouteTable } from '../src/router/route-table';
import { send, startServer, stop } from './bench-server';

const CONCURRENCY = 32;
const WARMUP = 1_000;
const REQUESTS = Number(process.env.GOVKIT_BENCH_REQUESTS) || 10_000;
const RATE = 1_000;
const TIME_LIMIT_MS = 20_000;

interface Result {
  name: string;
  /** Answers by status, e.g. { '200': 900, '404': 100 } (fixed-rate rows only). */
  statuses: Record<string, number>;
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
}

function summarize(
  name: string,
  latencies: number[],
  errors: number,
  seconds: number,
  statuses: Record<string, number> = {},
): Result {
  latencies.sort((a, b) => a - b);
  const rank = (p: number) => latencies[Math.max(0, Math.ceil(p * latencies.length) - 1)] ?? 0;
  return {
    name,
    statuses,
    requests: latencies.length,
    errors,
    seconds,
    p50: rank(0.5),
    p95: rank(0.95),
    p99: rank(0.99),
  };
}

/** Closed loop: CONCURRENCY workers, each sends its next request when the last one answered. */
async function saturate(name: string, urls: string[], total: number): Promise<Result> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + TIME_LIMIT_MS;
  const worker = async () => {
    while (next < total && performance.now() < deadline) {
      const url = urls[next++ % urls.length] as string;
      const t0 = performance.now();
      try {
        if ((await send(agent, url)).status >= 500) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
  return summarize(name, latencies, errors, (performance.now() - started) / 1000);
}

/** One request of a mix: the i-th request of the run; resolves with its status. */
type MixRequest = (agent: Agent, i: number) => Promise<number>;

const getEach =
  (urls: string[]): MixRequest =>
  async (agent, i) =>
    (await send(agent, urls[i % urls.length] as string)).status;

/** Open loop: request i is due at start + i / RATE, whether or not earlier ones have answered. */
async function fixedRate(name: string, mix: MixRequest, total: number): Promise<Result> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  // Count outstanding requests instead of keeping their promises: holding 10,000 promises would
  // grow the generator's heap and its own GC pauses would be measured as server latency.
  let outstanding = 0;
  let drained: () => void = () => {};
  const settle = () => {
    outstanding -= 1;
    if (outstanding === 0) drained();
  };
  const started = performance.now();
  for (let i = 0; i < total && performance.now() - started < TIME_LIMIT_MS; ) {
    const now = performance.now();
    for (; i < total && started + (i * 1000) / RATE <= now; i += 1) {
      const due = started + (i * 1000) / RATE;
      outstanding += 1;
      mix(agent, i).then(
        (status) => {
          if (status >= 500) errors += 1;
          const kind = String(status);
          statuses[kind] = (statuses[kind] ?? 0) + 1;
          latencies.push(performance.now() - due);
          settle();
        },
        () => {
          errors += 1;
          settle();
        },
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  if (outstanding > 0) await new Promise<void>((resolve) => (drained = resolve));
  agent.destroy();
  return summarize(name, latencies, errors, (performance.now() - started) / 1000, statuses);
}

const WORKSPACES = [
  'ws-northwind-hvac',
  'ws-smokehouse-bbq',
  'ws-brightline-electric',
  'ws-greenleaf-landscaping',
];
const SUBSCRIBERS = 100;
const STREAM_SECONDS = Number(process.env.GOVKIT_BENCH_STREAM_SECONDS) || 10;
// The seeded execution whose override is cooling down: its stream ticks every second.
const STREAM_EXECUTION = 'exec-override-002';
const OVERRIDES = '/api/governance/recommendations/override';

/**
 * The mix with writes, per 10 requests: 5 reads (as the read-only mix), 2 lock writes (acquire,
 * then release of an earlier grant, over 50 workspaces), 2 override actions (accept and decline
 * of seeded recommendations, with lineage) and
 * 1 export approval (`?dry_run=true`: signature, permission and ladder checks, nothing stored).
 * Accept and decline answer an already-recorded action with the stored one (idempotent), so after
 * the first of each they run validation, lineage and permission checks and the lookup.
 */
function writeMix(url: string, reads: MixRequest, exportPath: string): MixRequest {
  // Grants waiting for their release, oldest first: a release always names a lock that was granted.
  const granted: string[] = [];
  const asUser = (user: string) => ({ 'x-govkit-user': user });
  const lineage = { scenario_id: 'scenario-faster-signoff', metadata: {} };
  return async (agent, i) => {
    switch (i % 10) {
      case 5: {
        const workspace = `ws-mix-${Math.floor(i / 10) % 50}`;
        const answer = await send(
          agent,
          `${url}/api/workspaces/${workspace}/lock`,
          'POST',
          '{"owner":"bench"}',
        );
        if (answer.status === 201)
          granted.push((JSON.parse(answer.text) as { lock_id: string }).lock_id);
        return answer.status;
      }
      case 6: {
        const lockId = granted.shift();
        return lockId
          ? (await send(agent, `${url}/api/locks/${lockId}`, 'DELETE')).status
          : reads(agent, i);
      }
      case 7:
        return (
          await send(
            agent,
            `${url}${OVERRIDES}/streak_cooldown:user-manager/accept`,
            'POST',
            JSON.stringify({
              execution_id: 'exec-override-001',
              action: 'cooldown',
              metadata: {},
              lineage,
            }),
            asUser('user-lead'),
          )
        ).status;
      case 8:
        return (
          await send(
            agent,
            `${url}${OVERRIDES}/blocker_churn_escalation:user-manager/decline`,
            'POST',
            JSON.stringify({
              execution_id: 'exec-override-001',
              action: 'escalate',
              notes: 'not now',
              metadata: {},
              lineage,
            }),
            asUser('user-reviewer'),
          )
        ).status;
      case 9:
        return (
          await send(
            agent,
            `${url}${exportPath}?dry_run=true`,
            'POST',
            JSON.stringify({ status: 'approved', signature: 'Bench Admin' }),
            asUser('user-admin'),
          )
        ).status;
      default:
        return reads(agent, i);
    }
  };
}

interface StreamResult {
  frames: number;
  seconds: number;
  ticks: number;
  /** Arrival times (performance.now) of every `lock_event` frame at every subscriber. */
  lockArrivals: number[];
  /** When the request that causes the lock events was sent. */
  triggeredAt: number;
  subscribers: number;
  failed: number;
}

/** `SUBSCRIBERS` SSE clients on the timeline stream for `seconds`; counts frames and their lag. */
function subscribe(
  url: string,
  seconds: number,
  trigger: () => Promise<unknown>,
): Promise<StreamResult> {
  const agent = new Agent({ keepAlive: false, maxSockets: SUBSCRIBERS + 10 });
  const result: StreamResult = {
    frames: 0,
    seconds,
    ticks: 0,
    lockArrivals: [],
    triggeredAt: Number.NaN,
    subscribers: 0,
    failed: 0,
  };
  const requests: ReturnType<typeof request>[] = [];
  const path = `${url}/api/experiment-console/governance/timeline/stream?execution_id=${STREAM_EXECUTION}`;
  for (let s = 0; s < SUBSCRIBERS; s++) {
    const req = request(
      path,
      { agent, headers: { accept: 'text/event-stream', 'x-govkit-user': 'user-admin' } },
      (res) => {
        if (res.statusCode !== 200) {
          result.failed += 1;
          res.resume();
          return;
        }
        result.subscribers += 1;
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end !== -1) {
            const event = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            end = buffer.indexOf('\n\n');
            const data = event
              .split('\n')
              .filter((line) => line.startsWith('data:'))
              .map((line) => line.slice(5))
              .join('\n');
            if (!data) continue;
            const frame = JSON.parse(data) as { type: string; generated_at?: string | null };
            result.frames += 1;
            if (frame.type === 'cooldown_tick') result.ticks += 1;
            if (frame.type === 'lock_event') result.lockArrivals.push(performance.now());
          }
        });
        res.on('error', () => undefined);
      },
    );
    req.on('error', () => {
      result.failed += 1;
    });
    req.end();
    requests.push(req);
  }
  // Once every subscriber is in, one request causes two lock events (acquired, released) that
  // every stream must deliver: their arrival minus the request's send time is the lag.
  setTimeout(
    () => {
      result.triggeredAt = performance.now();
      void trigger();
    },
    (seconds * 1000) / 3,
  );
  return new Promise((resolve) =>
    setTimeout(() => {
      for (const req of requests) req.destroy();
      agent.destroy();
      resolve(result);
    }, seconds * 1000),
  );
}

const results: Result[] = [];
let stream: StreamResult | undefined;
{
  const { child, url } = await startServer(['src/cli.ts', '--port', '0', '--quiet']);
  try {
    // One real run, so the mix has a 200 run read next to lock reads and a 404.
    const created = await send(
      new Agent(),
      `${url}/api/workspaces/ws-bench/runs`,
      'POST',
      '{"owner":"bench"}',
    );
    const runId = (JSON.parse(created.text) as { run_id: string }).run_id;
    const urls = [
      ...WORKSPACES.map((ws) => `${url}/api/workspaces/${ws}/lock`),
      `${url}/api/runs/${runId}`,
      `${url}/api/runs/run-missing`,
    ];
    // A pending export of the seeded qPCR execution, for the approval dry runs.
    const exportsPath = '/api/experiment-console/sessions/exec-qpcr-001/exports/narrative';
    const list = await send(new Agent(), `${url}${exportsPath}`, 'GET', undefined, {
      'x-govkit-user': 'user-admin',
    });
    type Listed = { exports?: { id: string; approval_status: string }[] };
    const items = (JSON.parse(list.text) as Listed).exports ?? [];
    const pending = items.find((x) => x.approval_status === 'pending') ?? items[0];
    if (!pending) throw new Error(`no seeded export to approve: ${list.text.slice(0, 200)}`);
    await saturate('warm-up', urls, WARMUP);
    results.push(await saturate('govkit mock server, saturation (32 concurrent)', urls, REQUESTS));
    results.push(
      await fixedRate(`govkit mock server, fixed ${RATE} req/s, reads`, getEach(urls), REQUESTS),
    );
    results.push(
      await fixedRate(
        `govkit mock server, fixed ${RATE} req/s, mix with writes`,
        writeMix(url, getEach(urls), `${exportsPath}/${pending.id}/approve`),
        REQUESTS,
      ),
    );
    // Reversing the seeded reversible escalate takes and releases its reversal lock.
    stream = await subscribe(url, STREAM_SECONDS, () =>
      send(
        new Agent(),
        `${url}${OVERRIDES}/cadence_overload:user-reviewer/reverse`,
        'POST',
        JSON.stringify({ execution_id: STREAM_EXECUTION, metadata: {} }),
        { 'x-govkit-user': 'user-admin' },
      ),
    );
  } finally {
    await stop(child);
  }
}
{
  const { child, url } = await startServer(['bench/plain-msw-server.ts']);
  try {
    const urls = [
      ...WORKSPACES.map((ws) => `${url}/api/workspaces/${ws}/lock`),
      `${url}/api/runs/run-1`,
      `${url}/api/runs/run-missing`,
    ];
    await saturate('warm-up', urls, WARMUP);
    results.push(
      await saturate('plain MSW, 200 handlers, saturation (32 concurrent)', urls, REQUESTS),
    );
  } finally {
    await stop(child);
  }
}

console.log(
  `HTTP load: up to ${REQUESTS} requests per row (after ${WARMUP} warm-up, ${TIME_LIMIT_MS / 1000} s cap), keep-alive, 127.0.0.1\n`,
);
console.log('| target | requests | errors | statuses | req/s | p50 ms | p95 ms | p99 ms |');
console.log('| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const rate = Math.round(r.requests / r.seconds);
  console.log(
    `| ${r.name} | ${r.requests} | ${r.errors} | ${JSON.stringify(r.statuses)} | ${rate} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.p99.toFixed(2)} |`,
  );
}

// Lookup cost vs table size, in-process: the trie must not slow down as routes are added.
const lookups: { size: number; ns: number }[] = [];
for (const size of [10, 100, 1_000]) {
  const routes = Array.from({ length: size }, (_, i) => ({
    method: 'GET',
    path: `/api/domain-${i % 50}/items-${i}/{item_id}/detail`,
  }));
  const table = compileRouteTable(routes);
  const paths = Array.from({ length: 64 }, (_, i) => {
    const k = (i * 7) % size;
    return `/api/domain-${k % 50}/items-${k}/x-${i}/detail`;
  });
  let found = 0;
  const t0 = performance.now();
  for (let i = 0; i < 200_000; i += 1) {
    if (table.lookup('GET', paths[i % 64] as string)?.kind === 'match') found += 1;
  }
  if (found !== 200_000) throw new Error(`route table missed ${200_000 - found} lookups`);
  lookups.push({ size, ns: ((performance.now() - t0) * 1e6) / 200_000 });
}

const [saturation, fixed, mixed, msw] = results as [Result, Result, Result, Result];
const rate = (r: Result) => r.requests / r.seconds;
const answered = (r: Result) =>
  `${r.requests.toLocaleString('en-US')} answered ${JSON.stringify(r.statuses)}, ${r.errors} errors`;
const rows: BenchRow[] = [
  {
    figure: 'throughput, saturation (32 concurrent)',
    value: rate(saturation),
    unit: 'req/s',
    baseline: { label: 'plain MSW, 200 handlers', value: rate(msw) },
    goal: { op: '>=', value: 1_000 },
    detail: `p50 ${saturation.p50.toFixed(1)} · p99 ${saturation.p99.toFixed(1)} ms (MSW p99 ${msw.p99.toFixed(0)} ms)`,
  },
  {
    figure: `p99 latency at a fixed ${RATE.toLocaleString('en-US')} req/s, reads`,
    value: fixed.p99,
    unit: 'ms',
    baseline: { label: 'plain MSW saturated (cannot reach the rate)', value: msw.p99 },
    goal: { op: '<=', value: 10 },
    detail: `p50 ${fixed.p50.toFixed(2)} · p95 ${fixed.p95.toFixed(2)} ms; ${answered(fixed)}`,
  },
  {
    figure: `p99 latency at a fixed ${RATE.toLocaleString('en-US')} req/s, mix with writes`,
    value: mixed.p99,
    unit: 'ms',
    baseline: { label: 'read-only mix, same run', value: fixed.p99 },
    goal: { op: '<=', value: 10 },
    detail: `p50 ${mixed.p50.toFixed(2)} · p95 ${mixed.p95.toFixed(2)} ms; ${answered(mixed)}`,
  },
];
if (stream) {
  const { triggeredAt } = stream;
  const lags = stream.lockArrivals.map((at) => at - triggeredAt).sort((x, y) => x - y);
  const pick = (p: number) => lags[Math.max(0, Math.ceil(p * lags.length) - 1)] ?? Number.NaN;
  rows.push(
    {
      figure: `timeline SSE, ${SUBSCRIBERS} subscribers for ${stream.seconds} s: frames delivered per second`,
      value: stream.frames / stream.seconds,
      unit: 'frames/s',
      detail: `${stream.subscribers} connected, ${stream.failed} refused; ${stream.ticks} cooldown ticks (one per subscriber per second), ${lags.length} lock events`,
    },
    {
      figure: `timeline SSE, ${SUBSCRIBERS} subscribers: lock event lag (reversal request sent → frame at each subscriber), p99`,
      value: pick(0.99),
      unit: 'ms',
      detail: `p50 ${pick(0.5).toFixed(1)} · max ${(lags.at(-1) ?? Number.NaN).toFixed(1)} ms over ${lags.length} frames (expected ${2 * SUBSCRIBERS})`,
    },
  );
}
for (const { size, ns } of lookups) {
  rows.push({
    figure: `route-table lookup, ${size.toLocaleString('en-US')} routes (in-process)`,
    value: ns,
    unit: 'ns',
    detail: '200,000 lookups of a five-segment path',
  });
}

reportSection({
  id: 'http-load',
  title: 'Mock server over HTTP',
  command: 'pnpm bench http-load',
  method: [
    'Each server runs in its own child process on 127.0.0.1 and is driven from the bench process',
    'through keep-alive `http.Agent`s. Targets: **the real CLI** (`src/cli.ts --port 0 --quiet`, seeded',
    'store, compiled route table) and **plain MSW** with 200 `http.get` handlers (198 decoys, then the',
    'two routes called; same node:http adapter). Reads cycle over four lock inspectors, one run read',
    '(200) and an unknown run (404). The mix with writes replaces half of them with lock',
    'acquire/release pairs, override accept/decline with lineage (the first of each is stored, repeats',
    'answer the stored action) and an export approval dry run. Each row: 1,000 warm-up requests, then up to',
    `${REQUESTS.toLocaleString('en-US')} requests or ${TIME_LIMIT_MS / 1000} s. _Saturation_: 32 requests always in flight (its latency is mostly`,
    `queueing). _Fixed rate_: ${RATE.toLocaleString('en-US')} req/s offered on a schedule, latency from each request's scheduled`,
    `time. _SSE_: ${SUBSCRIBERS} clients open the timeline stream of an execution with a cooling-down override`,
    `(one \`cooldown_tick\` per second each) for ${STREAM_SECONDS} s; a third of the way in, one reversal request makes`,
    "every stream send two `lock_event` frames; lag is each arrival minus the request's send time.",
  ].join('\n'),
  rows,
});
