import { describe, expect, it } from 'vitest';
import { createStore } from '../store/create-store';
import { REPLAY_DECISIONS_PER_SCALE, SEEDED_REPLAY, seedReplay } from './replay';
import { decisionAgeAt, LONG_TRACE_TASK_ID, REPLAY_LEAN_DECISIONS } from './replay-bulk';
import { DAY_MS, isoAt } from './replay-snapshots';

function replayWorld(seed: number, scale: number, options?: Parameters<typeof seedReplay>[3]) {
  const store = createStore({ seed, seedData: false });
  seedReplay(store, store.random('seed:replay'), scale, options);
  return store;
}

describe('seedReplay', () => {
  it('builds the same world from the same seed, and another from another seed', () => {
    const a = replayWorld(7, 1);
    const b = replayWorld(7, 1);
    const c = replayWorld(8, 1);
    expect(a.replay.snapshot()).toEqual(b.replay.snapshot());
    const trace = (store: typeof a) =>
      store.replay.engine.decisionTrace(LONG_TRACE_TASK_ID, { limit: 500 });
    expect(trace(a)).toEqual(trace(b));
    expect(trace(a)).not.toEqual(trace(c));
    // The curated part does not depend on the seed.
    expect(a.replay.engine.taskSummary('task-123')).toEqual(
      c.replay.engine.taskSummary('task-123'),
    );
  });

  it('seeds nothing at scale 0', () => {
    expect(replayWorld(1, 0).replay.taskIds()).toEqual([]);
  });

  it('grows with scale and honours the decisions / traceItems overrides', () => {
    const small = replayWorld(1, 0.5);
    const large = replayWorld(1, 2);
    expect(large.replay.store.decisions.size).toBeGreaterThan(
      small.replay.store.decisions.size + REPLAY_DECISIONS_PER_SCALE,
    );
    const sized = replayWorld(1, 1, { decisions: 2000, traceItems: 250 });
    const longItems =
      sized.replay.store.listAudits(LONG_TRACE_TASK_ID).length +
      sized.replay.store.listEvents(LONG_TRACE_TASK_ID).length;
    expect(longItems).toBe(250);
    const curated = replayWorld(1, 1, { decisions: 0, traceItems: 0 });
    expect(sized.replay.store.decisions.size - curated.replay.store.decisions.size).toBe(
      2000 + 250 / 5,
    );
    expect(curated.replay.taskIds()).toContain('task-123');
    expect(curated.replay.taskIds()).not.toContain(LONG_TRACE_TASK_ID);
  });

  it('dates everything relative to the store clock, so the windows differ', () => {
    const store = createStore({ now: '2031-06-01T00:00:00Z', seedData: false });
    seedReplay(store, store.random('seed:replay'), 1);
    const { engine } = store.replay;
    const summary = engine.taskSummary(SEEDED_REPLAY.docTaskId);
    expect(summary.last_decision_ts).toBe('2031-05-31T22:30:00.000Z');
    const totals = (['24h', '7d', '30d'] as const).map(
      (window) => engine.decisionTypes({ window }).total,
    );
    expect(totals[0]).toBeGreaterThan(100);
    expect(totals[1]).toBeGreaterThan(2 * (totals[0] as number));
    expect(totals[2]).toBeGreaterThan(totals[1] as number);
    // Some decisions are older than 30 days: "all time" is bigger still.
    expect(store.replay.store.decisions.size).toBeGreaterThan(totals[2] as number);
  });

  it('keeps every curated shape findable', () => {
    const { engine } = replayWorld(1, 1).replay;
    for (const taskId of Object.values(SEEDED_REPLAY.variants)) {
      expect(() => engine.taskSummary(taskId)).not.toThrow();
    }
    expect(engine.decision('dec-001').decision_snapshot).toMatchObject({ policy: 'default' });
    expect(engine.decision('dec_legacy_01').decision_snapshot).toMatchObject({
      decision_type: 'allow',
    });
  });

  it('stores lean ALLOW rows only in very large worlds', () => {
    const store = replayWorld(1, 1, { decisions: REPLAY_LEAN_DECISIONS + 1, traceItems: 0 });
    const rows = store.replay.store.listAudits('task-bg-00001');
    const allows = rows.filter((row) => row.event_type === 'SUPERVISOR_ALLOWED');
    expect(allows.length).toBeGreaterThan(0);
    expect(allows.every((row) => row.payload === null && row.decision_id !== null)).toBe(true);
    const normal = replayWorld(1, 1).replay.store.listAudits('task-bg-00001');
    expect(normal.every((row) => row.payload !== null)).toBe(true);
  });
});

describe('decisionAgeAt', () => {
  it('is monotone and puts 12 % in 24 h, 42 % in 7 days, 92 % in 30 days', () => {
    expect(decisionAgeAt(0.12)).toBe(DAY_MS);
    expect(decisionAgeAt(0.42)).toBe(7 * DAY_MS);
    expect(decisionAgeAt(0.92)).toBe(30 * DAY_MS);
    for (let q = 0; q < 1; q += 0.01) {
      expect(decisionAgeAt(q + 0.01)).toBeGreaterThan(decisionAgeAt(q));
    }
  });
});

describe('isoAt', () => {
  it('formats exactly like Date#toISOString', () => {
    const instants = [0, 1, 999, DAY_MS - 1, DAY_MS, 1_768_478_400_123, 253_402_300_799_999];
    for (let i = 0; i < 500; i++) instants.push(Math.floor(((i * 7919) % 500) * 1e10 + i * 37));
    for (const ms of instants) expect(isoAt(ms)).toBe(new Date(ms).toISOString());
    expect(isoAt(-1)).toBe(new Date(-1).toISOString());
  });
});
