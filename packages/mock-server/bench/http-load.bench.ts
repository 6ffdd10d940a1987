// `pnpm bench http-load`: HTTP throughput of the standalone mock server (the real CLI, route-table
// dispatcher) against a plain-MSW baseline with ~200 handlers, both on 127.0.0.1 in a child
// process, driven by a keep-alive agent at fixed concurrency. Bounded by request count and time.
import { type ChildProcess, spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { compileRouteTable } from '../src/router/route-table';

const PACKAGE_DIR = join(import.meta.dirname, '..');
const CONCURRENCY = 32;
const WARMUP = 1_000;
const REQUESTS = Number(process.env.GOVKIT_BENCH_REQUESTS) || 10_000;
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

function startServer(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@govkit/source', ...args],
    {
      cwd: PACKAGE_DIR,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        // Keep draining stdout so a chatty server never blocks on a full pipe.
        child.stdout?.removeAllListeners('data');
        child.stdout?.resume();
        resolve({ child, url: match[1] as string });
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function send(agent: Agent, url: string, method = 'GET', body?: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      url,
      { agent, method, headers: { 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function load(name: string, urls: string[], total: number): Promise<Result> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const deadline = performance.now() + TIME_LIMIT_MS;
  const started = performance.now();
  const worker = async () => {
    while (next < total && performance.now() < deadline) {
      const url = urls[next++ % urls.length] as string;
      const t0 = performance.now();
      try {
        const { status } = await send(agent, url);
        if (status >= 500) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
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

async function measure(name: string, args: string[], paths: (url: string) => Promise<string[]>) {
  const { child, url } = await startServer(args);
  try {
    const urls = await paths(url);
    await load(`${name} (warm-up)`, urls, WARMUP);
    return await load(name, urls, REQUESTS);
  } finally {
    await stop(child);
  }
}

const WORKSPACES = [
  'ws-northwind-hvac',
  'ws-smokehouse-bbq',
  'ws-brightline-electric',
  'ws-greenleaf-landscaping',
];

const results: Result[] = [];
results.push(
  await measure(
    'govkit mock server (route table, CLI)',
    ['src/cli.ts', '--port', '0', '--quiet'],
    async (url) => {
      // One real run so the mix includes a 200 run read next to lock reads and a 404.
      const agent = new Agent({ keepAlive: false });
      const created = await send(
        agent,
        `${url}/api/workspaces/ws-bench/runs`,
        'POST',
        '{"owner":"bench"}',
      );
      const runId = (JSON.parse(created.text) as { run_id: string }).run_id;
      return [
        ...WORKSPACES.map((ws) => `${url}/api/workspaces/${ws}/lock`),
        `${url}/api/runs/${runId}`,
        `${url}/api/runs/run-missing`,
      ];
    },
  ),
);
results.push(
  await measure('plain MSW, 200 http.get handlers', ['bench/plain-msw-server.ts'], async (url) => [
    ...WORKSPACES.map((ws) => `${url}/api/workspaces/${ws}/lock`),
    `${url}/api/runs/run-1`,
    `${url}/api/runs/run-missing`,
  ]),
);

console.log(
  `HTTP load: ${REQUESTS} requests per target (after ${WARMUP} warm-up), concurrency ${CONCURRENCY}, keep-alive, 127.0.0.1\n`,
);
console.log('| target | requests | errors | req/s | p50 ms | p95 ms | p99 ms |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  console.log(
    `| ${r.name} | ${r.requests} | ${r.errors} | ${Math.round(r.requests / r.seconds)} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.p99.toFixed(2)} |`,
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
  const paths = Array.from(
    { length: 64 },
    (_, i) => `/api/domain-${(i * 7) % 50}/items-${(i * 7) % size}/x-${i}/detail`,
  );
  let found = 0;
  const t0 = performance.now();
  for (let i = 0; i < 200_000; i += 1) if (table.lookup('GET', paths[i % 64] as string)) found += 1;
  const ns = ((performance.now() - t0) * 1e6) / 200_000;
  console.log(`| ${size} | ${ns.toFixed(0)} |${found === 0 ? ' (no match!)' : ''}`);
}
