import { describe, expect, it } from 'vitest';
import { REMOTE_ASSIST_RATE_LIMITED_MESSAGE } from '../../schemas/run-governance/remote-assist';
import { createManualClock } from '../shared/clock';
import { refusal } from '../shared/fixtures/refusal';
import { createSequentialIdGenerator } from '../shared/id-generator';
import { createRemoteAssistEngine } from './remote-assist';

const START = '2026-06-01T09:00:00.000Z';
const MINUTE = 60_000;

function world() {
  const clock = createManualClock(START);
  const engine = createRemoteAssistEngine({ clock, ids: createSequentialIdGenerator() });
  return { clock, engine };
}

const body = (overrides: Record<string, unknown> = {}) => ({
  contact_name: '  Dana Whitfield ',
  contact_email: 'dana@example.com',
  export_target: 'QuickBooks invoices',
  message: 'The CSV export has no header row.',
  ...overrides,
});

describe('remote assist engine (seed 003 Part F)', () => {
  it('files a validated, trimmed request and lists a workspace newest first', () => {
    const { clock, engine } = world();
    const first = engine.create('user-1', 'ws-1', body());
    expect(first).toMatchObject({
      workspace_id: 'ws-1',
      contact_name: 'Dana Whitfield',
      source: 'upload_page',
      status: 'open',
      requested_by: 'user-1',
      created_at: START,
    });
    clock.advance(MINUTE);
    const second = engine.create(null, 'ws-1', body({ source: 'remote_assist_page' }));
    engine.create(null, 'ws-2', body());
    const listed = engine.list('ws-1');
    expect(listed.items.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(listed.total).toBe(2);
    expect(engine.list('ws-1', { limit: 1 })).toMatchObject({
      total: 2,
      items: [{ id: second.id }],
    });
    expect(engine.list('ws-unknown')).toEqual({ workspace_id: 'ws-unknown', items: [], total: 0 });
  });

  it('refuses bad input with a 422 and stores nothing', () => {
    const { engine } = world();
    for (const bad of [
      body({ contact_email: 'not-an-email' }),
      body({ message: 'short' }),
      body({ contact_name: '   ' }),
      body({ export_target: '' }),
      body({ source: 'elsewhere' }),
      body({ extra: true }),
    ]) {
      const error = refusal(() => engine.create(null, 'ws-1', bad));
      expect(error.status).toBe(422);
      expect(error.detail).toMatch(/^Invalid remote assist request: /);
    }
    expect(refusal(() => engine.create(null, ' ', body())).status).toBe(422);
    expect(engine.store.list()).toEqual([]);
  });

  it('allows five requests per workspace per rolling hour, then 429 with when to retry', () => {
    const { clock, engine } = world();
    for (let i = 0; i < 5; i += 1) {
      engine.create(null, 'ws-1', body());
      clock.advance(10 * MINUTE);
    }
    // 50 minutes in: the first request ages out at 60 minutes, 10 minutes from now.
    const error = refusal(() => engine.create(null, 'ws-1', body()));
    expect(error).toMatchObject({
      status: 429,
      code: 'remote_assist_rate_limited',
      detail: REMOTE_ASSIST_RATE_LIMITED_MESSAGE,
      data: { retry_after_seconds: 600 },
    });
    expect(engine.store.listByWorkspace('ws-1')).toHaveLength(5);
    // Another workspace has its own budget.
    expect(engine.create(null, 'ws-2', body()).workspace_id).toBe('ws-2');
    clock.advance(10 * MINUTE);
    expect(engine.create(null, 'ws-1', body()).workspace_id).toBe('ws-1');
  });

  it('honours a configured limit', () => {
    const clock = createManualClock(START);
    const engine = createRemoteAssistEngine({
      clock,
      ids: createSequentialIdGenerator(),
      rateLimit: { max: 1, windowSeconds: 60 },
    });
    engine.create(null, 'ws-1', body());
    expect(refusal(() => engine.create(null, 'ws-1', body())).data).toEqual({
      retry_after_seconds: 60,
    });
    clock.advance(MINUTE);
    expect(() => engine.create(null, 'ws-1', body())).not.toThrow();
  });
});
