import { describe, expect, it } from 'vitest';
import { DecisionTypesStatsSchema } from '../../schemas/replay/replay-stats';
import { parseContract } from '../../schemas/shared/parse-mode';
import { createTestReplayEngine, hoursAgo, snapshotInput } from './fixtures/replay-fixtures';
import type { ReplayEngine } from './replay-engine';

function setup(tasks: string[] = ['t1', 't2', 't3']): ReplayEngine {
  const { engine } = createTestReplayEngine();
  for (const task_id of tasks) engine.upsertTask({ task_id });
  return engine;
}

function expectRefusal(fn: () => unknown, status: number) {
  expect(fn).toThrow(expect.objectContaining({ status }));
}

describe('decision types', () => {
  it('counts every supervisor decision type in the window, past tense, total included', () => {
    const engine = setup();
    for (const type of ['ALLOW', 'ALLOW', 'BLOCK', 'PAUSE', 'RETRY', 'REQUIRE_REVIEW'] as const) {
      engine.recordDecision({
        task_id: 't1',
        snapshot: snapshotInput(type),
        created_at: hoursAgo(1),
      });
    }
    engine.recordAudit({ task_id: 't1', event_type: 'SUPERVISOR_ERROR', created_at: hoursAgo(2) });
    engine.recordAudit({ task_id: 't1', event_type: 'TASK_NOTE', created_at: hoursAgo(2) });
    engine.recordDecision({
      task_id: 't1',
      snapshot: snapshotInput('BLOCK'),
      created_at: hoursAgo(25),
    });
    const stats = engine.decisionTypes();
    expect(stats).toEqual({
      window: '24h',
      decision_types: { ALLOWED: 2, BLOCKED: 1, PAUSED: 1, RETRY: 1, DECISION: 1, ERROR: 1 },
      total: 7,
    });
    expect(parseContract(DecisionTypesStatsSchema, stats, { mode: 'strict' })).toEqual(stats);
    expect(engine.decisionTypes({ window: '7d' }).decision_types.BLOCKED).toBe(2);
  });

  it('is empty for an empty window', () => {
    expect(setup().decisionTypes({ window: '30d' })).toEqual({
      window: '30d',
      decision_types: {},
      total: 0,
    });
  });

  it('answers 422 for a bad window (the seed’s documented status)', () => {
    expectRefusal(() => setup().decisionTypes({ window: '90d' } as never), 422);
  });

  it('moves with the clock', () => {
    const { engine, clock } = createTestReplayEngine();
    engine.upsertTask({ task_id: 't1' });
    engine.recordDecision({ task_id: 't1', snapshot: snapshotInput('ALLOW') });
    expect(engine.decisionTypes().total).toBe(1);
    clock.advance(24 * 3_600_000);
    expect(engine.decisionTypes().total).toBe(1);
    clock.advance(1);
    expect(engine.decisionTypes().total).toBe(0);
  });
});
