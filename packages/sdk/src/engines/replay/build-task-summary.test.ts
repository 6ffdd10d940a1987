import { describe, expect, it } from 'vitest';
import { TaskGovernanceSummarySchema } from '../../schemas/replay/task-governance-summary';
import { parseContract } from '../../schemas/shared/parse-mode';
import { createTestReplayEngine, minutesAgo, snapshotInput } from './fixtures/replay-fixtures';

function setup(status = 'RUNNING') {
  const { engine } = createTestReplayEngine();
  engine.upsertTask({ task_id: 'task-123', status });
  return engine;
}

describe('buildTaskSummary', () => {
  it('refuses an unknown task with the contract detail', () => {
    const engine = setup();
    expect(() => engine.taskSummary('task-9')).toThrow(
      expect.objectContaining({ status: 404, detail: 'Task not found: task-9', code: 'not_found' }),
    );
  });

  it('summarises a task without decisions', () => {
    const summary = setup('created').taskSummary('task-123');
    expect(summary).toEqual({
      task_id: 'task-123',
      status: 'created',
      last_decision_type: null,
      last_decision_ts: null,
      blocked_reason_code: null,
      inbox_backlog: 0,
      decision_count: 0,
    });
  });

  it('reproduces the seed example', () => {
    const engine = setup('BLOCKED');
    engine.recordDecision({
      task_id: 'task-123',
      snapshot: snapshotInput('ALLOW'),
      created_at: '2024-01-28T09:00:00Z',
    });
    for (const [i, type] of (['PAUSE', 'RETRY', 'ALLOW'] as const).entries()) {
      engine.recordDecision({
        task_id: 'task-123',
        snapshot: snapshotInput(type),
        created_at: `2024-01-28T10:0${i}:00Z`,
      });
    }
    engine.recordDecision({
      task_id: 'task-123',
      snapshot: snapshotInput('BLOCK', { code: 'REDLINE_001' }),
      created_at: '2024-01-28T10:30:00Z',
    });
    for (const [i, status] of (['pending', 'pending', 'processing', 'failed'] as const).entries()) {
      engine.recordInboxItem({
        event_id: `evt-${i}`,
        task_id: 'task-123',
        event_type: 'TASK_STEP',
        status,
      });
    }
    const summary = engine.taskSummary('task-123');
    expect(summary).toEqual({
      task_id: 'task-123',
      status: 'BLOCKED',
      last_decision_type: 'BLOCK',
      last_decision_ts: '2024-01-28T10:30:00Z',
      blocked_reason_code: 'REDLINE_001',
      inbox_backlog: 2,
      decision_count: 5,
    });
    expect(parseContract(TaskGovernanceSummarySchema, summary, { mode: 'strict' })).toEqual(
      summary,
    );
  });

  it('picks the newest decision by time, not by insertion, and normalises its type', () => {
    const engine = setup();
    engine.recordAudit({
      task_id: 'task-123',
      event_type: 'SUPERVISOR_RETRY_RECOMMENDED',
      created_at: '2024-01-28 10:00:00',
    });
    engine.recordAudit({
      task_id: 'task-123',
      event_type: 'SUPERVISOR_ALLOWED',
      created_at: '2024-01-28T09:59:59.999999+00:00',
    });
    const summary = engine.taskSummary('task-123');
    expect(summary.last_decision_type).toBe('RETRY');
    expect(summary.last_decision_ts).toBe('2024-01-28T10:00:00Z');
  });

  it('breaks equal times by audit id and counts errors and reviews as decisions', () => {
    const engine = setup();
    const at = minutesAgo(5);
    engine.recordAudit({ task_id: 'task-123', event_type: 'SUPERVISOR_ALLOWED', created_at: at });
    engine.recordAudit({ task_id: 'task-123', event_type: 'SUPERVISOR_DECISION', created_at: at });
    engine.recordAudit({
      task_id: 'task-123',
      event_type: 'SUPERVISOR_ERROR',
      created_at: minutesAgo(6),
    });
    engine.recordAudit({ task_id: 'task-123', event_type: 'TASK_NOTE', created_at: minutesAgo(1) });
    const summary = engine.taskSummary('task-123');
    expect(summary.last_decision_type).toBe('REQUIRE_REVIEW');
    expect(summary.decision_count).toBe(3);
  });

  it('gives a reason code for lower-case blocked too, and none when not blocked', () => {
    const engine = setup('blocked');
    engine.recordDecision({
      task_id: 'task-123',
      snapshot: snapshotInput('BLOCK', { code: 'OLD' }),
      created_at: minutesAgo(10),
    });
    engine.recordDecision({
      task_id: 'task-123',
      snapshot: snapshotInput('BLOCK', { code: 'NEW' }),
      created_at: minutesAgo(5),
    });
    engine.recordDecision({ task_id: 'task-123', snapshot: snapshotInput('ALLOW', { code: 'X' }) });
    expect(engine.taskSummary('task-123').blocked_reason_code).toBe('NEW');
    engine.upsertTask({ task_id: 'task-123', status: 'RUNNING' });
    expect(engine.taskSummary('task-123').blocked_reason_code).toBeNull();
  });

  it('gives no reason code for a legacy blocking payload (it has no finding codes)', () => {
    const engine = setup('BLOCKED');
    engine.recordAudit({
      task_id: 'task-123',
      event_type: 'SUPERVISOR_BLOCKED',
      payload: {
        decision_id: 'd1',
        decision_type: 'block',
        findings: [{ category: 'redline', severity: 'high', description: 'x' }],
      },
    });
    expect(engine.taskSummary('task-123')).toMatchObject({
      last_decision_type: 'BLOCK',
      blocked_reason_code: null,
    });
  });
});
