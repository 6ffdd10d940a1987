import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMockServer, startMockServer } from '../http/start-mock-server';

// The seed 002 document's curl examples, requested exactly as written (with plain `fetch`, no
// SDK) against the standalone server of a default world: each answers 200 with the documented
// fields and types.
describe('seed 002 curl examples against the standalone server', () => {
  let server: RunningMockServer;
  const errors: unknown[] = [];
  beforeAll(async () => {
    server = await startMockServer({
      port: 0,
      validateResponses: true,
      onError: (error) => errors.push(error),
    });
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await server.close();
  });

  async function get(path: string, status = 200): Promise<Record<string, unknown>> {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status, path).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/json');
    return (await response.json()) as Record<string, unknown>;
  }

  const nullable = (type: string) => (value: unknown) => value === null || typeof value === type;

  it('GET /api/governance/tasks/task-123/summary', async () => {
    const body = await get('/api/governance/tasks/task-123/summary');
    expect(body).toMatchObject({
      task_id: 'task-123',
      status: 'BLOCKED',
      last_decision_type: 'BLOCK',
      last_decision_ts: expect.any(String),
      blocked_reason_code: 'REDLINE_001',
      inbox_backlog: 2,
      decision_count: 5,
    });
    expect(Number.isNaN(Date.parse(body.last_decision_ts as string))).toBe(false);
  });

  it('GET …/decision-trace?limit=50 and without parameters', async () => {
    for (const path of [
      '/api/governance/tasks/task-123/decision-trace?limit=50',
      '/api/governance/tasks/task-123/decision-trace',
    ]) {
      const body = await get(path);
      expect(body).toMatchObject({ task_id: 'task-123', count: expect.any(Number) });
      expect(nullable('string')(body.next_cursor)).toBe(true);
      const items = body.trace_items as Array<Record<string, unknown>>;
      expect(items).toHaveLength(body.count as number);
      for (const item of items) expectTraceItem(item);
      expect(items.find((item) => item.decision_id === 'dec-001')).toMatchObject({
        kind: 'audit',
        event_type: 'SUPERVISOR_BLOCKED',
        decision_snapshot: { decision_id: 'dec-001' },
      });
    }
  });

  it("GET …/decision-trace?limit=50&cursor=<next_cursor> (the document's next-page form)", async () => {
    const base = '/api/governance/tasks/task-trace-long/decision-trace?limit=50';
    const first = await get(base);
    expect(first.count).toBe(50);
    expect(first.next_cursor).toEqual(expect.any(String));
    const next = await get(`${base}&cursor=${encodeURIComponent(first.next_cursor as string)}`);
    expect(next.count).toBe(50);
    // No item of page one comes back on page two.
    const key = (item: Record<string, unknown>) =>
      item.kind === 'audit' ? `a${item.audit_id}` : `e${item.event_id}`;
    const seen = new Set((first.trace_items as Array<Record<string, unknown>>).map(key));
    expect(
      (next.trace_items as Array<Record<string, unknown>>).filter((item) => seen.has(key(item))),
    ).toEqual([]);
    for (const item of next.trace_items as Array<Record<string, unknown>>) expectTraceItem(item);
    // The document's literal cursor is the original system's `<ts>_<id>` form; govkit's cursors
    // are opaque, and an unknown one is refused instead of silently restarting at page one.
    const refused = await get(
      '/api/governance/tasks/task-123/decision-trace?limit=50&cursor=2024-01-28T10:20:00Z_456',
      400,
    );
    expect(refused).toMatchObject({ detail: 'Invalid cursor' });
  });

  it('GET /api/governance/decisions/dec-001', async () => {
    const body = await get('/api/governance/decisions/dec-001');
    expect(body).toMatchObject({
      decision_id: 'dec-001',
      decision_snapshot: {
        decision_id: 'dec-001',
        policy: 'default',
        event: {
          event_id: 'evt-001',
          event_type: 'TASK_CREATED',
          source: 'eventbus',
          ts: expect.any(String),
        },
        inputs: { task_status: 'PENDING', context: {} },
        findings: [
          {
            kind: 'REDLINE',
            severity: 'HIGH',
            code: 'REDLINE_001',
            message: 'Dangerous operation detected',
            evidence: { tool: 'file_delete', path: '/etc/passwd' },
          },
        ],
        decision: { decision_type: 'BLOCK', reason: 'Redline violation' },
        actions: [{ action_type: 'BLOCK_TASK', status: 'OK' }],
        metrics: { decision_time_ms: 123 },
      },
    });
  });

  it('GET /api/governance/stats/blocked-reasons?window=7d&top_n=10', async () => {
    const body = await get('/api/governance/stats/blocked-reasons?window=7d&top_n=10');
    expect(body).toMatchObject({ window: '7d', top_n: 10 });
    const rows = body.blocked_tasks as Array<Record<string, unknown>>;
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.length).toBeLessThanOrEqual(10);
    for (const row of rows) {
      expect(row).toMatchObject({
        task_id: expect.any(String),
        block_count: expect.any(Number),
        last_blocked_at: expect.any(String),
      });
      expect(nullable('string')(row.reason_code)).toBe(true);
    }
    expect(rows.slice(0, 2)).toMatchObject([
      { task_id: 'task-456', block_count: 15, reason_code: 'REDLINE_001' },
      { task_id: 'task-789', block_count: 8, reason_code: 'CONFLICT_API_LIMIT' },
    ]);
  });

  it('GET /api/governance/stats/decision-types?window=24h', async () => {
    const body = await get('/api/governance/stats/decision-types?window=24h');
    expect(body).toMatchObject({ window: '24h', total: expect.any(Number) });
    const counts = Object.values(body.decision_types as Record<string, unknown>);
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) expect(count).toEqual(expect.any(Number));
    expect(counts.reduce((a, b) => (a as number) + (b as number), 0)).toBe(body.total);
  });

  it('GET /api/governance/stats/decision-lag?window=24h&pctl=95 (and without pctl)', async () => {
    for (const path of [
      '/api/governance/stats/decision-lag?window=24h&pctl=95',
      '/api/governance/stats/decision-lag?window=24h',
    ]) {
      const body = await get(path);
      expect(body).toMatchObject({
        window: '24h',
        percentile: 95,
        p50: expect.any(Number),
        p95: expect.any(Number),
        count: expect.any(Number),
      });
      expect(body.p50 as number).toBeLessThanOrEqual(body.p95 as number);
    }
  });

  it('answers errors as {"detail": "..."}', async () => {
    await expect(get('/api/governance/tasks/task-000/summary', 404)).resolves.toEqual({
      detail: 'Task not found: task-000',
      code: 'not_found',
    });
  });
});

// Documented trace item fields. Ids may be numbers or strings (the document shows `audit_id` as a
// string and `event_id` as a number; the real system sent the reverse; govkit sends strings).
function expectTraceItem(item: Record<string, unknown>): void {
  expect(item.ts).toEqual(expect.any(String));
  expect(['audit', 'event']).toContain(item.kind);
  expect(item.event_type).toEqual(expect.any(String));
  if (item.kind === 'audit') {
    expect(['string', 'number']).toContain(typeof item.audit_id);
    expect(item.decision_id === null || typeof item.decision_id === 'string').toBe(true);
    expect(item.decision_snapshot === null || typeof item.decision_snapshot === 'object').toBe(
      true,
    );
  } else {
    expect(['string', 'number']).toContain(typeof item.event_id);
    expect(item.payload).toEqual(expect.any(Object));
  }
}
