import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, GovkitClient } from './create-client';
import { createClientContext } from './create-client-context';
import { replayTasksSummary } from './endpoints/replay';
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

describe('standalone endpoint functions', () => {
  it('call the endpoint over a context without the client tree', async () => {
    server.handle((_req, res) => sendJson(res, 200, summary));
    const context = createClientContext({ baseURL: server.baseURL, auth: 'tok' });
    await expect(replayTasksSummary(context, 'task 1/é')).resolves.toMatchObject({
      task_id: 'task-123',
      last_decision_type: 'BLOCK', // normalised by the lenient schema, as the client does
    });
    expect(server.requests[0]?.path).toBe('/api/governance/tasks/task%201%2F%C3%A9/summary');
    expect(server.requests[0]?.headers.authorization).toBe('Bearer tok');
  });

  it('apply the same defaults, validation mode and errors as the client', async () => {
    expect(() => createClientContext({ baseURL: '' })).toThrow(/baseURL/);
    const context = createClientContext({ baseURL: server.baseURL, validation: 'strict' });
    expect(context.options).toMatchObject({ timeout: 60_000, maxRetries: 2 });
    server.handle((_req, res) => sendJson(res, 200, { ...summary, surprise: true }));
    await expect(replayTasksSummary(context, 'task-123')).rejects.toBeInstanceOf(
      ResponseValidationError,
    );
    server.handle((_req, res) => sendJson(res, 404, { detail: 'Task not found: x' }));
    await expect(replayTasksSummary(context, 'x')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('accept a client core, so the client and the functions share one transport', async () => {
    server.handle((_req, res) => sendJson(res, 200, summary));
    const client = createClient({ baseURL: server.baseURL, headers: { 'x-app': 'host' } });
    await replayTasksSummary(client.core, 'task-123');
    expect(server.requests[0]?.headers['x-app']).toBe('host');
  });
});
