// `pnpm bench http-load`: HTTP throughput and latency of the standalone mock server (the real CLI:
// one MSW dispatcher over the route table) against a plain-MSW baseline with ~200 `http.get`
// handlers, each in its own child process on 127.0.0.1, driven by a keep-alive agent.
//
// Two measurements, both bounded by request count and time:
// - saturation: 32 concurrent requests in a closed loop (max req/s; latency there is queueing,
//   by Little's law ≈ 32 / throughput);
// - fixed rate: 1,000 req/s offered on a schedule (open loop), latency measured from each
//   request's scheduled time, so queueing delay counts.
import { Agent } from 'node:http';
import { compileRouteTable } from '../src/router/route-table';
import { send, startServer, stop } from './bench-server';

const CONCURRENCY = 32;
const WARMUP = 1_000;
const REQUESTS = Number(process.env.GOVKIT_BENCH_REQUESTS) || 10_000;
const RATE = 1_000;
const TIME_LIMIT_MS = 20_000;

interface Result {
  name: string;
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
}

function summarize(name: string, latencies: number[], errors: number, seconds: number): Result {
  latencies.sort((a, b) => a - b);
  const rank = (p: number) => latencies[Math.max(0, Math.ceil(p * latencies.length) - 1)] ?? 0;
  return {
    name,
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

/** Open loop: request i is due at start + i / RATE, whether or not earlier ones have answered. */
async function fixedRate(name: string, urls: string[], total: number): Promise<Result> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
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
      const url = urls[i % urls.length] as string;
      outstanding += 1;
      send(agent, url).then(
        ({ status }) => {
          if (status >= 500) errors += 1;
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
  return summarize(name, latencies, errors, (performance.now() - started) / 1000);
}

const WORKSPACES = [
  'ws-northwind-hvac',
  'ws-smokehouse-bbq',
  'ws-brightline-electric',
  'ws-greenleaf-landscaping',
];

const results: Result[] = [];
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
    await saturate('warm-up', urls, WARMUP);
    results.push(await saturate('govkit mock server, saturation (32 concurrent)', urls, REQUESTS));
    results.push(await fixedRate(`govkit mock server, fixed ${RATE} req/s`, urls, REQUESTS));
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
console.log('| target | requests | errors | req/s | p50 ms | p95 ms | p99 ms |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const rate = Math.round(r.requests / r.seconds);
  console.log(
    `| ${r.name} | ${r.requests} | ${r.errors} | ${rate} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.p99.toFixed(2)} |`,
  );
}

// Lookup cost vs table size, in-process: the trie must not slow down as routes are added.
console.log('\nRoute-table lookup (in-process, 200,000 lookups):\n');
console.log('| routes | ns per lookup |');
console.log('| ---: | ---: |');
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
  const ns = ((performance.now() - t0) * 1e6) / 200_000;
  console.log(`| ${size} | ${ns.toFixed(0)} |${found === 200_000 ? '' : ' (missed routes!)'}`);
}
