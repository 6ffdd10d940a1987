import { describe, expect, it } from 'vitest';
import { DecisionDetailSchema } from '../../schemas/replay/decision-detail';
import { legacySupervisorPayload } from '../../schemas/replay/fixtures/real-system-variants';
import { seedDecisionSnapshot } from '../../schemas/replay/fixtures/seed-doc-examples';
import { parseContract } from '../../schemas/shared/parse-mode';
import { createTestReplayEngine, snapshotInput } from './fixtures/replay-fixtures';

function setup() {
  const { engine } = createTestReplayEngine();
  engine.upsertTask({ task_id: 'task-123' });
  return engine;
}

describe('findDecisionDetail', () => {
  it('refuses an unknown decision with the contract detail', () => {
    expect(() => setup().decision('dec-404')).toThrow(
      expect.objectContaining({ status: 404, detail: 'Decision not found: dec-404' }),
    );
  });

  it('returns the seed snapshot recorded through the engine unchanged', () => {
    const engine = setup();
    engine.recordDecision({ task_id: 'task-123', snapshot: seedDecisionSnapshot as never });
    const detail = engine.decision('dec-001');
    expect(detail).toEqual({ decision_id: 'dec-001', decision_snapshot: seedDecisionSnapshot });
    expect(parseContract(DecisionDetailSchema, detail, { mode: 'strict' })).toEqual(detail);
  });

  it('finds decisions by the decision_id column of any audit', () => {
    const engine = setup();
    engine.recordAudit({
      task_id: 'task-123',
      event_type: 'GUARDIAN_VERDICT',
      decision_id: 'dec-col',
      payload: { decision_snapshot: seedDecisionSnapshot },
    });
    expect(engine.decision('dec-col').decision_snapshot).toEqual(seedDecisionSnapshot);
  });

  it('falls back to the whole payload when it has no decision_snapshot key', () => {
    const engine = setup();
    engine.recordAudit({
      task_id: 'task-123',
      event_type: 'SUPERVISOR_BLOCKED',
      decision_id: 'dec_01HQ3ZK9',
      payload: legacySupervisorPayload,
    });
    const detail = engine.decision('dec_01HQ3ZK9');
    expect(detail.decision_snapshot).toEqual(legacySupervisorPayload);
    expect(parseContract(DecisionDetailSchema, detail, { mode: 'strict' })).toEqual(detail);
  });

  it('finds legacy supervisor decisions whose decision_id column was never filled', () => {
    const engine = setup();
    engine.recordAudit({
      task_id: 'task-123',
      event_type: 'SUPERVISOR_BLOCKED',
      payload: legacySupervisorPayload,
    });
    expect(engine.decision('dec_01HQ3ZK9').decision_snapshot).toEqual(legacySupervisorPayload);
  });

  it('returns the first audit carrying the id', () => {
    const engine = setup();
    engine.recordAudit({
      task_id: 'task-123',
      event_type: 'SUPERVISOR_ALLOWED',
      payload: { decision_snapshot: { ...seedDecisionSnapshot, decision_id: 'dup' } },
    });
    engine.recordAudit({
      task_id: 'task-123',
      event_type: 'SUPERVISOR_BLOCKED',
      payload: {
        decision_snapshot: { ...seedDecisionSnapshot, decision_id: 'dup', policy: 'late' },
      },
    });
    expect(engine.decision('dup').decision_snapshot).toMatchObject({ policy: 'default' });
  });

  it('keeps an explicit null snapshot', () => {
    const engine = setup();
    engine.recordAudit({
      task_id: 'task-123',
      event_type: 'TASK_NOTE',
      decision_id: 'dec-null',
      payload: { decision_snapshot: null },
    });
    expect(engine.decision('dec-null')).toEqual({
      decision_id: 'dec-null',
      decision_snapshot: null,
    });
  });

  it('generates ids for decisions recorded without one', () => {
    const engine = setup();
    const row = engine.recordDecision({ task_id: 'task-123', snapshot: snapshotInput('ALLOW') });
    expect(row.decision_id).toBe('dec-000001');
    expect(engine.decision('dec-000001').decision_snapshot).toMatchObject({
      decision_id: 'dec-000001',
    });
  });
});
