import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SEEDED_REPLAY } from '@govkit/mock-server';
import { type RunningMockServer, startMockServer } from '@govkit/mock-server/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The real bin, as `npx govkit` runs it: from a checkout it starts the sources through tsx.
const BIN = fileURLToPath(new URL('../bin/govkit.mjs', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runBin(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    // A clean environment: no colour forcing or CI hints leak in from the test runner.
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let server: RunningMockServer;
beforeAll(async () => {
  server = await startMockServer();
}, 60_000);
afterAll(() => server.close());

describe('the govkit bin (child process)', () => {
  it('prints help with examples and exits 0', async () => {
    const { code, stdout } = await runBin(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: govkit');
    expect(stdout).toContain('Examples:');
    expect(stdout).toContain('Exit codes: 0 ok, 1');
  }, 60_000);

  it('talks to the API from GOVKIT_BASE_URL and prints JSON', async () => {
    const { code, stdout, stderr } = await runBin(['summary', 'task-123', '--json'], {
      GOVKIT_BASE_URL: server.url,
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      task_id: 'task-123',
      blocked_reason_code: 'REDLINE_001',
    });
  }, 60_000);

  it('streams a long trace through a pipe as NDJSON, uncoloured', async () => {
    const { code, stdout } = await runBin(
      ['trace', SEEDED_REPLAY.longTraceTaskId, '--ndjson', '--page-size', '250'],
      { GOVKIT_BASE_URL: server.url },
    );
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1000);
    expect(stdout).not.toContain('\u001b[');
  }, 60_000);

  it('exits 1 with the detail on stderr for an API error, 2 for bad usage', async () => {
    const missing = await runBin(['decision', 'no-such-decision', '--base-url', server.url]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('404');
    const usage = await runBin(['stats', 'decision-lag', '--window', 'forever']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('forever');
  }, 60_000);
});
