import { mkdtemp, readdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';
import { captureIo } from '../testing/capture-io';

// A server that answers like govkit but sends bytes the CLI must refuse: what a corrupted store
// or a tampering proxy would deliver.
let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

async function serve(routes: Record<string, { type: string; body: Buffer | string }>) {
  const listening = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (!route) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"detail":"Not Found"}');
      return;
    }
    res.writeHead(200, { 'content-type': route.type });
    res.end(route.body);
  });
  server = listening;
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
}

async function run(args: string[], baseUrl: string) {
  const cwd = await mkdtemp(join(tmpdir(), 'govkit-verify-'));
  const captured = captureIo({ env: { GOVKIT_BASE_URL: baseUrl }, cwd });
  const code = await runCli(args, captured.io);
  return { code, stderr: captured.stderr(), files: await readdir(cwd) };
}

const LINEAGE = '/api/lineage/lin-1/download';

describe('verified downloads', () => {
  it('refuses a lineage bundle that is not gzip and keeps no file', async () => {
    const url = await serve({ [LINEAGE]: { type: 'application/gzip', body: '{"not":"gzip"}' } });
    const { code, stderr, files } = await run(['lineage', 'download', 'lin-1'], url);
    expect(code).toBe(1);
    expect(stderr).toContain('not gzip');
    expect(files).toEqual([]);
  });

  it('refuses a truncated gzip and a gzip that does not hold JSON', async () => {
    const whole = gzipSync(Buffer.from(JSON.stringify({ a: 'x'.repeat(1000) })));
    const truncated = await run(
      ['lineage', 'download', 'lin-1'],
      await serve({
        [LINEAGE]: { type: 'application/gzip', body: whole.subarray(0, whole.length - 12) },
      }),
    );
    expect(truncated.code).toBe(1);
    expect(truncated.stderr).toContain('not valid gzip');
    expect(truncated.files).toEqual([]);
    server?.close();
    const notJson = await run(
      ['lineage', 'download', 'lin-1'],
      await serve({ [LINEAGE]: { type: 'application/gzip', body: gzipSync('plain text') } }),
    );
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain('does not hold JSON');
  });

  it('refuses an export artifact whose bytes do not match the stored checksum', async () => {
    const base = '/api/experiment-console/sessions/exec-1/exports/narrative';
    const list = {
      exports: [
        {
          id: 'nexp-1',
          execution_id: 'exec-1',
          version: 1,
          generated_at: '2026-01-01T00:00:00Z',
          event_count: 0,
          content: '',
          approval_status: 'approved',
          requested_by: { id: 'u', name: 'U', email: 'u@example.com' },
          artifact_status: 'ready',
          artifact_checksum: 'a'.repeat(64),
          created_at: '2026-01-01T00:00:00Z',
          updated_at: '2026-01-01T00:00:00Z',
        },
      ],
    };
    const url = await serve({
      [base]: { type: 'application/json', body: JSON.stringify(list) },
      [`${base}/nexp-1/artifact`]: { type: 'application/zip', body: Buffer.from('PK tampered') },
    });
    const { code, stderr, files } = await run(['exports', 'download', 'exec-1', 'nexp-1'], url);
    expect(stderr).toContain(`expected sha256 ${'a'.repeat(64)}`);
    expect(code).toBe(1);
    expect(files).toEqual([]);
  });
});
