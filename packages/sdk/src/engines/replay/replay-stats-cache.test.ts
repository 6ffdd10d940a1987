import { describe, expect, it, vi } from 'vitest';
import { DecisionIndex } from './decision-index';
import { createTestReplayEngine, minutesAgo, snapshotInput } from './fixtures/replay-fixtures';
import { ReplayStatsCache } from './replay-stats-cache';

function engineWithDecisions() {
  const world = createTestReplayEngine();
  world.engine.upsertTask({ task_id: 'task-1' });
  const block = (minutes: number, code: string) =>
    world.engine.recordDecision({
      task_id: 'task-1',
      snapshot: snapshotInput('BLOCK', { code, eventTs: minutesAgo(minutes + 1) }),
      created_at: minutesAgo(minutes),
    });
  return { ...world, block };
}

describe('ReplayStatsCache', () => {
  it('computes once per parameters, window start and index size', () => {
    const cache = new ReplayStatsCache();
    const index = new DecisionIndex();
    const compute = vi.fn(() => ({ answer: 1 }));
    expect(cache.answer('q', index, '24h', 0, compute)).toEqual({ answer: 1 });
    expect(cache.answer('q', index, '24h', 0, compute)).toEqual({ answer: 1 });
    expect(compute).toHaveBeenCalledTimes(1);
    cache.answer('other', index, '24h', 0, compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('hands out copies, so editing an answer cannot change the next one', () => {
    const cache = new ReplayStatsCache();
    const index = new DecisionIndex();
    const first = cache.answer('q', index, '24h', 0, () => ({ list: [1, 2] }));
    first.list.push(3);
    const second = cache.answer('q', index, '24h', 0, () => ({ list: [9] }));
    expect(second).toEqual({ list: [1, 2] });
    second.list.pop();
    expect(cache.answer('q', index, '24h', 0, () => ({ list: [9] }))).toEqual({ list: [1, 2] });
  });

  it('keeps the most recently used answers up to its capacity', () => {
    const cache = new ReplayStatsCache(2);
    const index = new DecisionIndex();
    const compute = vi.fn(() => 0);
    cache.answer('a', index, '24h', 0, compute);
    cache.answer('b', index, '24h', 0, compute);
    cache.answer('a', index, '24h', 0, compute); // hit: a becomes the newest
    cache.answer('c', index, '24h', 0, compute); // evicts b
    expect(cache.size).toBe(2);
    expect(compute).toHaveBeenCalledTimes(3);
    cache.answer('a', index, '24h', 0, compute);
    expect(compute).toHaveBeenCalledTimes(3);
    cache.answer('b', index, '24h', 0, compute);
    expect(compute).toHaveBeenCalledTimes(4);
  });
});

describe('ReplayEngine stats through the cache', () => {
  it('answers a new decision at once, with no stale answer', () => {
    const { engine, block } = engineWithDecisions();
    block(10, 'R1');
    expect(engine.blockedReasons({ window: '24h' }).blocked_tasks[0]?.block_count).toBe(1);
    expect(engine.decisionTypes({ window: '24h' }).total).toBe(1);
    block(5, 'R2');
    expect(engine.blockedReasons({ window: '24h' }).blocked_tasks[0]).toMatchObject({
      block_count: 2,
      reason_code: 'R2',
    });
    expect(engine.decisionTypes({ window: '24h' }).total).toBe(2);
    expect(engine.decisionLag({ window: '24h' }).count).toBe(2);
  });

  it('drops a decision that leaves the window as the clock moves', () => {
    const { engine, clock, block } = engineWithDecisions();
    block(60 * 23, 'OLD');
    block(10, 'NEW');
    expect(engine.decisionTypes({ window: '24h' }).total).toBe(2);
    clock.advance(2 * 3_600_000);
    expect(engine.decisionTypes({ window: '24h' }).total).toBe(1);
    expect(engine.decisionLag({ window: '24h', pctl: 99 }).count).toBe(1);
  });

  it('keeps parameters apart and still refuses bad ones', () => {
    const { engine, block } = engineWithDecisions();
    block(10, 'R1');
    expect(engine.decisionLag({ window: '24h', pctl: 50 }).percentile).toBe(50);
    expect(engine.decisionLag({ window: '24h', pctl: 99 }).percentile).toBe(99);
    expect(engine.blockedReasons({ window: '24h', top_n: 1 }).top_n).toBe(1);
    expect(() => engine.decisionLag({ window: '24h', pctl: 101 })).toThrow();
    expect(() => engine.decisionTypes({ window: '1y' as '24h' })).toThrow();
  });
});
