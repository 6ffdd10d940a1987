import { describe, expect, it } from 'vitest';
import { seedDecisionSnapshot } from '../../schemas/replay/fixtures/seed-doc-examples';
import { refusal } from '../shared/fixtures/refusal';
import {
  createTestReplayEngine,
  minutesAgo,
  snapshotInput,
  TEST_NOW,
} from './fixtures/replay-fixtures';
import type { ReplayEngine } from './replay-engine';

function setup(): ReplayEngine {
  const { engine } = createTestReplayEngine();
  engine.upsertTask({ task_id: 'task-1' });
  return engine;
}

/** Everything observable about a task and the stats, to prove a refusal changed nothing. */
function observe(engine: ReplayEngine) {
  return JSON.stringify([
    engine.taskSummary('task-1'),
    engine.decisionTrace('task-1', { limit: 500 }),
    engine.decisionTypes({ window: '30d' }),
    engine.decisionLag({ window: '30d' }),
    engine.store.decisions.size,
  ]);
}

describe('ReplayEngine commands', () => {
  it('upserts tasks on the clock, keeping created_at and title on update', () => {
    const { engine, clock } = createTestReplayEngine();
    const created = engine.upsertTask({ task_id: 't', title: 'Build' });
    expect(created).toEqual({
      task_id: 't',
      status: 'created',
      title: 'Build',
      created_at: TEST_NOW,
      updated_at: TEST_NOW,
      metadata: {},
    });
    clock.advance(60_000);
    const updated = engine.upsertTask({ task_id: 't', status: 'BLOCKED' });
    expect(updated).toMatchObject({ status: 'BLOCKED', title: 'Build', created_at: TEST_NOW });
    expect(updated.updated_at).toBe('2024-01-28T12:01:00.000Z');
  });

  it('records a decision as a SUPERVISOR_ audit with the columns filled', () => {
    const engine = setup();
    const row = engine.recordDecision({
      task_id: 'task-1',
      snapshot: snapshotInput('RETRY', { eventTs: minutesAgo(1), decisionId: 'd-1' }),
    });
    expect(row).toMatchObject({
      audit_id: 1,
      event_type: 'SUPERVISOR_RETRY_RECOMMENDED',
      decision_id: 'd-1',
      created_at: TEST_NOW,
      source_event_ts: minutesAgo(1),
      supervisor_processed_at: TEST_NOW,
    });
    expect(engine.decisionLag()).toMatchObject({ count: 1, p50: 60 });
    expect(engine.decisionTypes().decision_types).toEqual({ RETRY: 1 });
  });

  it('writes each decision type under the audit type the original supervisor uses', () => {
    const engine = setup();
    const types = ['ALLOW', 'PAUSE', 'BLOCK', 'RETRY', 'REQUIRE_REVIEW'] as const;
    const written = types.map(
      (type) =>
        engine.recordDecision({ task_id: 'task-1', snapshot: snapshotInput(type) }).event_type,
    );
    expect(written).toEqual([
      'SUPERVISOR_ALLOWED',
      'SUPERVISOR_PAUSED',
      'SUPERVISOR_BLOCKED',
      'SUPERVISOR_RETRY_RECOMMENDED',
      'SUPERVISOR_DECISION',
    ]);
  });

  it('keeps the snapshot exactly as given, defaults applied', () => {
    const engine = setup();
    const row = engine.recordDecision({
      task_id: 'task-1',
      snapshot: seedDecisionSnapshot as never,
    });
    expect(row.payload).toEqual({ decision_snapshot: seedDecisionSnapshot });
  });

  it('records events and inbox rows, replacing inbox rows by event id', () => {
    const engine = setup();
    expect(engine.recordEvent({ task_id: 'task-1', event_type: 'TASK_CREATED' })).toEqual({
      event_id: 1,
      task_id: 'task-1',
      event_type: 'TASK_CREATED',
      payload: {},
      created_at: TEST_NOW,
    });
    engine.recordInboxItem({ event_id: 'e1', task_id: 'task-1', event_type: 'TASK_CREATED' });
    expect(engine.taskSummary('task-1').inbox_backlog).toBe(1);
    engine.recordInboxItem({
      event_id: 'e1',
      task_id: 'task-1',
      event_type: 'TASK_CREATED',
      status: 'completed',
    });
    expect(engine.taskSummary('task-1').inbox_backlog).toBe(0);
  });
});

describe('ReplayEngine refusals change nothing', () => {
  const cases: [string, (engine: ReplayEngine) => unknown, number, string | RegExp][] = [
    [
      'a decision for an unknown task',
      (e) => e.recordDecision({ task_id: 'ghost', snapshot: snapshotInput('ALLOW') }),
      404,
      'Task not found: ghost',
    ],
    [
      'an audit for an unknown task',
      (e) => e.recordAudit({ task_id: 'ghost', event_type: 'SUPERVISOR_ALLOWED' }),
      404,
      'Task not found: ghost',
    ],
    [
      'an event for an unknown task',
      (e) => e.recordEvent({ task_id: 'ghost', event_type: 'TASK_CREATED' }),
      404,
      'Task not found: ghost',
    ],
    [
      'an inbox row for an unknown task',
      (e) => e.recordInboxItem({ event_id: 'x', task_id: 'ghost', event_type: 'TASK_CREATED' }),
      404,
      'Task not found: ghost',
    ],
    [
      'a decision id that already exists',
      (e) =>
        e.recordDecision({
          task_id: 'task-1',
          snapshot: snapshotInput('BLOCK', { decisionId: 'd-1' }),
        }),
      409,
      'Decision already recorded: d-1',
    ],
    [
      'an audit whose decision_id column already exists',
      (e) => e.recordAudit({ task_id: 'task-1', event_type: 'X', decision_id: 'd-1' }),
      409,
      'Decision already recorded: d-1',
    ],
    [
      'an unparsable created_at',
      (e) =>
        e.recordAudit({ task_id: 'task-1', event_type: 'SUPERVISOR_ALLOWED', created_at: 'soon' }),
      422,
      'Invalid timestamp: soon',
    ],
    [
      'an unparsable snapshot event time',
      (e) =>
        e.recordDecision({
          task_id: 'task-1',
          snapshot: snapshotInput('ALLOW', { eventTs: 'later' }),
        }),
      422,
      'Invalid timestamp: later',
    ],
    [
      'an unknown decision type',
      (e) => e.recordDecision({ task_id: 'task-1', snapshot: snapshotInput('MAYBE' as never) }),
      422,
      /^Invalid input: snapshot\.decision\.decision_type/,
    ],
    [
      'an unknown input field',
      (e) => e.recordEvent({ task_id: 'task-1', event_type: 'X', color: 'red' } as never),
      422,
      /^Invalid input/,
    ],
  ];

  it.each(cases)('refuses %s', (_name, command, status, detail) => {
    const { engine } = createTestReplayEngine();
    engine.upsertTask({ task_id: 'task-1', status: 'BLOCKED' });
    engine.recordDecision({
      task_id: 'task-1',
      snapshot: snapshotInput('BLOCK', { decisionId: 'd-1', code: 'R' }),
    });
    engine.recordEvent({
      task_id: 'task-1',
      event_type: 'TASK_CREATED',
      created_at: minutesAgo(3),
    });
    const before = observe(engine);
    const error = refusal(() => command(engine));
    expect(error.status).toBe(status);
    if (typeof detail === 'string') expect(error.detail).toBe(detail);
    else expect(error.detail).toMatch(detail);
    expect(observe(engine)).toBe(before);
  });

  it('does not consume a generated id when it refuses', () => {
    const { engine } = createTestReplayEngine();
    engine.upsertTask({ task_id: 'task-1' });
    refusal(() =>
      engine.recordDecision({
        task_id: 'task-1',
        created_at: 'bad',
        snapshot: snapshotInput('ALLOW'),
      }),
    );
    expect(
      engine.recordDecision({ task_id: 'task-1', snapshot: snapshotInput('ALLOW') }).decision_id,
    ).toBe('dec-000001');
  });
});
