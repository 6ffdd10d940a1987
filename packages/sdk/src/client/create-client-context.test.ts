import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from './create-client';
import { createClientContext } from './create-client-context';
import { replayTasksSummary } from './endpoints/replay';
import { NotFoundError, ResponseValidationError } from './errors';
import { sendJson, startTestServer, type TestServer } from './fixtures/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const summary = {
  task_id: 'task-1',
  status: 'blocked',
  last_decision_type: 'BLOCKED',
  last_decision_ts: '2024-01-28T10:30:00Z',
  blocked_reason_code: null,
  inbox_backlog: 2,
  decision_count: 5,
};

describe('standalone endpoint functions', () => {
  it('call the endpoint over a context without the client tree', async () => {
    server.handle((_req, res) => sendJson(res, 200, summary));
    const context = createClientContext({ baseURL: server.baseURL, auth: 'tok' });
    await expect(replayTasksSummary(context, 'task 1/é')).resolves.toMatchObject({
      task_id: 'task-1',
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
    await expect(replayTasksSummary(context, 'task-1')).rejects.toBeInstanceOf(
      ResponseValidationError,
    );
    server.handle((_req, res) => sendJson(res, 404, { detail: 'Task not found: x' }));
    await expect(replayTasksSummary(context, 'x')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('accept a client core, so the client and the functions share one transport', async () => {
    server.handle((_req, res) => sendJson(res, 200, summary));
    const client = createClient({ baseURL: server.baseURL, headers: { 'x-app': 'host' } });
    await replayTasksSummary(client.core, 'task-1');
    expect(server.requests[0]?.headers['x-app']).toBe('host');
  });
});
