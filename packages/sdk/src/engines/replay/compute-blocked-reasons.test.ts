import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockedReasonsStatsSchema } from '../../schemas/replay/replay-stats';
import { parseContract } from '../../schemas/shared/parse-mode';
import {
  createTestReplayEngine,
  hoursAgo,
  minutesAgo,
  snapshotInput,
} from './fixtures/replay-fixtures';
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

function block(engine: ReplayEngine, task_id: string, created_at: string, code?: string) {
  engine.recordDecision({
    task_id,
    snapshot: snapshotInput('BLOCK', code === undefined ? {} : { code }),
    created_at,
  });
}

describe('blocked reasons', () => {
  it('ranks tasks by blocks in the window, then by newest block, with the newest reason code', () => {
    const engine = setup();
    block(engine, 't1', hoursAgo(30), 'OLD_1');
    block(engine, 't1', hoursAgo(2), 'NEW_1');
    block(engine, 't2', hoursAgo(5), 'A');
    block(engine, 't2', hoursAgo(3), 'B');
    block(engine, 't3', hoursAgo(200), 'OUTSIDE_7D');
    engine.recordDecision({
      task_id: 't3',
      snapshot: snapshotInput('PAUSE'),
      created_at: hoursAgo(1),
    });
    const stats = engine.blockedReasons({ window: '24h' });
    expect(stats).toEqual({
      window: '24h',
      top_n: 20,
      blocked_tasks: [
        { task_id: 't2', block_count: 2, last_blocked_at: hoursAgo(3), reason_code: 'B' },
        { task_id: 't1', block_count: 1, last_blocked_at: hoursAgo(2), reason_code: 'NEW_1' },
      ],
    });
    expect(parseContract(BlockedReasonsStatsSchema, stats, { mode: 'strict' })).toEqual(stats);
  });

  it('defaults to 7d and honours every window', () => {
    const engine = setup();
    block(engine, 't1', hoursAgo(100));
    block(engine, 't2', hoursAgo(500));
    expect(engine.blockedReasons().blocked_tasks.map((t) => t.task_id)).toEqual(['t1']);
    expect(engine.blockedReasons({ window: '30d' }).blocked_tasks).toHaveLength(2);
    expect(engine.blockedReasons({ window: '24h' }).blocked_tasks).toEqual([]);
  });

  it('cuts at top_n, breaking equal counts by the newest block', () => {
    const engine = setup(['a', 'b', 'c', 'd']);
    block(engine, 'a', minutesAgo(40));
    block(engine, 'b', minutesAgo(10));
    block(engine, 'c', minutesAgo(30));
    block(engine, 'd', minutesAgo(20));
    block(engine, 'd', minutesAgo(50));
    const stats = engine.blockedReasons({ top_n: '3' });
    expect(stats.top_n).toBe(3);
    expect(stats.blocked_tasks.map((t) => [t.task_id, t.block_count])).toEqual([
      ['d', 2],
      ['b', 1],
      ['c', 1],
    ]);
  });

  it('matches a naive ranking for any decisions and top_n (property)', () => {
    const decision = fc.record({
      task: fc.integer({ min: 0, max: 8 }),
      blocked: fc.boolean(),
      minutes: fc.integer({ min: 0, max: 60 * 24 * 10 }),
    });
    fc.assert(
      fc.property(
        fc.array(decision, { maxLength: 80 }),
        fc.integer({ min: 1, max: 10 }),
        (rows, topN) => {
          const engine = setup(Array.from({ length: 9 }, (_, i) => `t${i}`));
          const recorded = rows.map((row, order) => {
            engine.recordDecision({
              task_id: `t${row.task}`,
              snapshot: snapshotInput(row.blocked ? 'BLOCK' : 'ALLOW', { code: `C${order}` }),
              created_at: minutesAgo(row.minutes),
            });
            return { ...row, order };
          });
          const inWindow = recorded.filter((r) => r.blocked && r.minutes <= 7 * 24 * 60);
          const byTask = new Map<number, { count: number; newest: (typeof inWindow)[0] }>();
          for (const r of inWindow) {
            const entry = byTask.get(r.task);
            const newer =
              !entry ||
              r.minutes < entry.newest.minutes ||
              (r.minutes === entry.newest.minutes && r.order > entry.newest.order);
            byTask.set(r.task, {
              count: (entry?.count ?? 0) + 1,
              newest: newer ? r : (entry?.newest ?? r),
            });
          }
          const expected = [...byTask.entries()]
            .sort(
              ([, x], [, y]) =>
                y.count - x.count ||
                x.newest.minutes - y.newest.minutes ||
                y.newest.order - x.newest.order,
            )
            .slice(0, topN)
            .map(([task, { count, newest }]) => [`t${task}`, count, `C${newest.order}`]);
          const actual = engine
            .blockedReasons({ top_n: topN })
            .blocked_tasks.map((t) => [t.task_id, t.block_count, t.reason_code]);
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: runs },
    );
  });

  it.each([{ window: '1h' }, { top_n: 0 }, { top_n: 101 }, { top_n: '2.5' }, { extra: 1 }])(
    'answers 400 for %j',
    (params) => {
      expectRefusal(() => setup().blockedReasons(params as never), 400);
    },
  );
});
