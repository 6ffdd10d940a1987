import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecisionLagStatsSchema } from '../../schemas/replay/replay-stats';
import { parseContract } from '../../schemas/shared/parse-mode';
import { createTestReplayEngine, hoursAgo, snapshotInput } from './fixtures/replay-fixtures';
import type { ReplayEngine } from './replay-engine';

const runs = Number(process.env.GOVKIT_FC_RUNS) || 200;

function setup(tasks: string[] = ['t1', 't2', 't3']): ReplayEngine {
  const { engine } = createTestReplayEngine();
  for (const task_id of tasks) engine.upsertTask({ task_id });
  return engine;
}

function expectRefusal(fn: () => unknown, status: number) {
  expect(fn).toThrow(expect.objectContaining({ status }));
}

describe('decision lag', () => {
  function lagged(engine: ReplayEngine, seconds: number, createdHoursAgo = 1) {
    const created = Date.parse(hoursAgo(createdHoursAgo));
    engine.recordDecision({
      task_id: 't1',
      snapshot: snapshotInput('ALLOW', {
        eventTs: new Date(created - seconds * 1000).toISOString(),
      }),
      created_at: new Date(created).toISOString(),
    });
  }

  it('reports nearest-rank p50, p95 and the requested percentile in seconds', () => {
    const engine = setup();
    for (let i = 1; i <= 20; i++) lagged(engine, i / 10);
    const stats = engine.decisionLag({ pctl: 90 });
    expect(stats).toEqual({
      window: '24h',
      percentile: 90,
      p50: 1,
      p95: 1.9,
      value: 1.8,
      count: 20,
    });
    expect(parseContract(DecisionLagStatsSchema, stats, { mode: 'strict' })).toEqual(stats);
    expect(engine.decisionLag()).toMatchObject({ percentile: 95, value: 1.9 });
    expect(engine.decisionLag({ pctl: '99' }).value).toBe(2);
  });

  it('is null with no samples, and skips decisions with unknown or negative lag', () => {
    const engine = setup();
    expect(engine.decisionLag()).toEqual({
      window: '24h',
      percentile: 95,
      p50: null,
      p95: null,
      value: null,
      count: 0,
    });
    engine.recordAudit({
      task_id: 't1',
      event_type: 'SUPERVISOR_ALLOWED',
      created_at: hoursAgo(1),
    });
    lagged(engine, -5);
    lagged(engine, 3);
    expect(engine.decisionLag()).toMatchObject({ count: 1, p50: 3, p95: 3, value: 3 });
  });

  it('honours the window', () => {
    const engine = setup();
    lagged(engine, 1, 2);
    lagged(engine, 100, 48);
    expect(engine.decisionLag()).toMatchObject({ count: 1, p95: 1 });
    expect(engine.decisionLag({ window: '7d' })).toMatchObject({ count: 2, p95: 100, p50: 1 });
  });

  it('matches a naive sorted-array reference for any lags and pctl (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 600_000 }), { maxLength: 150 }),
        fc.integer({ min: 50, max: 99 }),
        (lagsMs, pctl) => {
          const engine = setup();
          for (const ms of lagsMs) lagged(engine, ms / 1000);
          const sorted = lagsMs.map((ms) => ms / 1000).sort((a, b) => a - b);
          const naive = (p: number) =>
            sorted.length === 0
              ? null
              : (sorted[Math.ceil((p / 100) * sorted.length - 1e-9) - 1] ?? null);
          const stats = engine.decisionLag({ pctl });
          expect(stats.count).toBe(sorted.length);
          for (const [actual, p] of [
            [stats.p50, 50],
            [stats.p95, 95],
            [stats.value, pctl],
          ] as const) {
            if (naive(p) === null) expect(actual).toBeNull();
            else expect(actual).toBeCloseTo(naive(p) as number, 6);
          }
        },
      ),
      { numRuns: runs },
    );
  });

  it.each([{ pctl: 49 }, { pctl: 100 }, { pctl: '95.5' }, { window: 'forever' }])(
    'answers 400 for %j',
    (params) => {
      expectRefusal(() => setup().decisionLag(params as never), 400);
    },
  );
});
