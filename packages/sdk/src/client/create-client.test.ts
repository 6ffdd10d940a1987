import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, GovkitClient } from './create-client';
import { AbortError, NotFoundError, ResponseValidationError } from './errors';
import { sendJson, startTestServer, type TestServer } from './fixtures/test-server';
import type { ClientWarning } from './request-options';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const summary = {
  task_id: 'task-123',
  status: 'blocked',
  last_decision_type: 'BLOCKED',
  last_decision_ts: '2024-01-28T10:30:00Z',
  blocked_reason_code: null,
  inbox_backlog: 2,
  decision_count: 5,
};

describe('createClient', () => {
  it('requires a baseURL', () => {
    expect(() => createClient({ baseURL: '' })).toThrow(/baseURL/);
  });

  it('calls the resource tree against the base URL (with a path prefix)', async () => {
    server.handle((_req, res) => sendJson(res, 200, summary));
    const client = createClient({ baseURL: `${server.baseURL}/prefix/` });
    const out = await client.replay.tasks.summary('task-123');
    expect(out.task_id).toBe('task-123');
    expect(server.requests[0]?.path).toBe('/prefix/api/governance/tasks/task-123/summary');
  });

  it('withOptions derives a client and leaves the original unchanged', async () => {
    server.handle((_req, res) => sendJson(res, 200, { ...summary, surprise: true }));
    const warnings: ClientWarning[] = [];
    const base = createClient({
      baseURL: server.baseURL,
      auth: 'first',
      onWarning: (w) => warnings.push(w),
    });
    const strict = base.withOptions({ validation: 'strict', auth: 'second' });
    expect(strict).toBeInstanceOf(GovkitClient);
    expect(strict).not.toBe(base);

    await expect(strict.replay.tasks.summary('task-123')).rejects.toBeInstanceOf(
      ResponseValidationError,
    );
    expect(server.requests[0]?.headers.authorization).toBe('Bearer second');

    const lenient = await base.replay.tasks.summary('task-123');
    expect(lenient).toMatchObject({ surprise: true });
    expect(server.requests[1]?.headers.authorization).toBe('Bearer first');
    expect(warnings.map((w) => w.code)).toEqual(['unknown_field']);
    expect(base.clientOptions.validation).toBeUndefined();
  });

  it('uses a custom fetch', async () => {
    const seen: string[] = [];
    const client = createClient({
      baseURL: 'http://govkit.invalid',
      fetch: async (input) => {
        seen.push(String(input instanceof Request ? input.url : input));
        return new Response(JSON.stringify({ detail: 'Task not found: t' }), { status: 404 });
      },
    });
    await expect(client.replay.tasks.summary('t')).rejects.toBeInstanceOf(NotFoundError);
    expect(seen).toEqual(['http://govkit.invalid/api/governance/tasks/t/summary']);
  });

  it('per-request options reach the wire and a signal aborts the call', async () => {
    server.handle((_req, res) => sendJson(res, 200, summary));
    const client = createClient({ baseURL: server.baseURL });
    await client.replay.tasks.summary('t', { headers: { 'x-trace': 'abc' }, idempotencyKey: 'k' });
    expect(server.requests[0]?.headers['x-trace']).toBe('abc');
    expect(server.requests[0]?.headers['idempotency-key']).toBe('k');
    await expect(
      client.replay.tasks.summary('t', { signal: AbortSignal.abort() }),
    ).rejects.toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });
});
