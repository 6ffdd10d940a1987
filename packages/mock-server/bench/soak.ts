// `pnpm bench --soak` (not part of the default `pnpm bench`): the real CLI under a mixed load of
// reads and writes at a fixed rate for GOVKIT_SOAK_MINUTES (default 10), sampling the server
// process's resident memory and the size of what it stores, so memory growth can be read beside
// data growth. Bounded by time; loopback only.
//
// Mix per 10 requests: 4 lock inspections, 2 template reads, 1 lineage stats, 1 unknown run
// (404), 1 template create (~600 bytes stored), 1 lock acquire or release on one of 20 soak
// workspaces. Latency is measured from each request's scheduled time (open loop); when 64
// requests are already outstanding, further slots are counted as shed instead of queued.
import { readFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { send, startServer, stop } from './bench-server';

const MINUTES = Number(process.env.GOVKIT_SOAK_MINUTES) || 10;
const RATE = Number(process.env.GOVKIT_SOAK_RATE) || 50;
// Open loop, but not unbounded: past this many outstanding requests a slot is counted as shed
// instead of piling more work on a server that is already behind.
const MAX_IN_FLIGHT = 64;
const SAMPLE_MS = Math.min(30_000, (MINUTES * 60_000) / 10);

interface Sample {
  seconds: number;
  rssMb: number;
  storedKb: number;
  templates: number;
  requests: number;
  errors: number;
  socketErrors: number;
  shed: number;
  p50: number;
  p99: number;
}

// Resident set size of the server process (Linux); the bench runs where the CI does.
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;

async function main(): Promise<void> {
  const { child, url } = await startServer(['src/cli.ts', '--port', '0', '--quiet']);
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const created: string[] = [];
  const held = new Map<string, string>();
  let sequence = 0;
  let requests = 0;
  let errors = 0;
  let socketErrors = 0;
  let shed = 0;
  let window: number[] = [];

  const templateBody = (n: number) =>
    JSON.stringify({
      template_key: `soak-${n}`,
      name: `Soak template ${n}`,
      description: 'x'.repeat(200),
      stage_blueprint: [{ required_role: 'reviewer', sla_hours: 12, metadata: { n } }],
    });

  async function one(n: number): Promise<number> {
    switch (n % 10) {
      case 0:
      case 1:
      case 2:
      case 3:
        return (await send(agent, `${url}/api/workspaces/ws-northwind-hvac/lock`)).status;
      case 4:
      case 5: {
        const id = created[n % Math.max(1, created.length)];
        const path = id ? `/api/governance/templates/${id}` : '/api/governance/templates';
        return (await send(agent, `${url}${path}`)).status;
      }
      case 6:
        return (await send(agent, `${url}/api/lineage/panel/stats`)).status;
      case 7:
        return (await send(agent, `${url}/api/runs/run-missing-${n}`)).status === 404 ? 200 : 500;
      case 8: {
        const answer = await send(
          agent,
          `${url}/api/governance/templates`,
          'POST',
          templateBody(n),
        );
        if (answer.status === 201) created.push((JSON.parse(answer.text) as { id: string }).id);
        return answer.status;
      }
      default: {
        const workspace = `ws-soak-${((n / 10) % 20) | 0}`;
        const lockId = held.get(workspace);
        if (lockId) {
          held.delete(workspace);
          return (await send(agent, `${url}/api/locks/${lockId}`, 'DELETE')).status;
        }
        const path = `${url}/api/workspaces/${workspace}/lock`;
        const answer = await send(agent, path, 'POST', JSON.stringify({ owner: 'user-admin' }));
        if (answer.status === 201)
          held.set(workspace, (JSON.parse(answer.text) as { lock_id: string }).lock_id);
        return answer.status === 409 ? 201 : answer.status;
      }
    }
  }

  const started = performance.now();
  const end = started + MINUTES * 60_000;
  const samples: Sample[] = [];
  const sample = async () => {
    const list = await send(agent, `${url}/api/governance/templates?include_all=true`);
    const sorted = [...window].sort((a, b) => a - b);
    samples.push({
      seconds: Math.round((performance.now() - started) / 1000),
      rssMb: rssMb(child.pid as number),
      storedKb: Math.round(Buffer.byteLength(list.text) / 1024),
      templates: (JSON.parse(list.text) as unknown[]).length,
      requests,
      errors,
      socketErrors,
      shed,
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
    });
    window = [];
    const last = samples[samples.length - 1] as Sample;
    console.log(
      `t=${last.seconds}s rss=${last.rssMb.toFixed(1)}MB stored=${last.storedKb}KB templates=${last.templates} requests=${last.requests} errors=${last.errors} socket_errors=${last.socketErrors} shed=${last.shed} p50=${last.p50.toFixed(1)}ms p99=${last.p99.toFixed(1)}ms`,
    );
  };

  await sample();
  // Samples run on their own timer so a slow sample never delays the request schedule.
  let sampling = Promise.resolve();
  const sampler = setInterval(() => {
    sampling = sampling.then(sample, () => undefined);
  }, SAMPLE_MS);
  const inFlight = new Set<Promise<void>>();
  while (performance.now() < end) {
    const scheduled = started + (sequence * 1000) / RATE;
    const wait = scheduled - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const n = sequence;
    sequence += 1;
    if (inFlight.size >= MAX_IN_FLIGHT) {
      shed += 1;
      continue;
    }
    const task = one(n).then(
      (status) => {
        requests += 1;
        if (status >= 500 || status === 0) errors += 1;
        window.push(performance.now() - scheduled);
      },
      () => {
        // A request that got no answer at all (reset, refused): the client side of an overload.
        requests += 1;
        socketErrors += 1;
      },
    );
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  }
  clearInterval(sampler);
  await sampling;
  await Promise.all(inFlight);
  await sample();
  agent.destroy();
  await stop(child);

  const first = samples[0] as Sample;
  const last = samples[samples.length - 1] as Sample;
  console.log(
    `\n${MINUTES} min at ${RATE} req/s: ${last.requests} requests, ${last.errors} 5xx, ${last.socketErrors} socket errors, ${last.shed} shed; ` +
      `rss ${first.rssMb.toFixed(1)} → ${last.rssMb.toFixed(1)} MB ` +
      `(+${(last.rssMb - first.rssMb).toFixed(1)} MB) beside stored templates ` +
      `${first.storedKb} → ${last.storedKb} KB (+${last.storedKb - first.storedKb} KB, ${last.templates} templates)`,
  );
}

await main();
