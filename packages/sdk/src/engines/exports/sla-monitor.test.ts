import { describe, expect, it } from 'vitest';
import { createExportWorld, eventTypesSince } from './fixtures/export-world';
import { ACTORS } from './fixtures/seed-001-world';

describe('SLA monitor', () => {
  it('escalates an overdue stage once per activation and notifies assignee and delegate', () => {
    const notices: unknown[] = [];
    const w = createExportWorld({ notify: (n) => notices.push(n) });
    const x = w.exports.create(ACTORS.runner, 'exec-1', {
      approval_stages: [
        {
          required_role: 'reviewer',
          sla_hours: 2,
          assignee_id: ACTORS.assignee,
          delegate_id: ACTORS.delegate,
        },
      ],
    });
    w.clock.advance(2 * 3_600_000 - 1);
    expect(w.exports.checkOverdueStages()).toEqual([]);
    w.clock.advance(1);
    const from = w.events.list().length;
    const overdue = w.exports.checkOverdueStages();
    expect(overdue).toEqual([
      {
        export_id: x.id,
        execution_id: 'exec-1',
        stage_id: x.approval_stages[0]?.id,
        sequence_index: 1,
        due_at: '2025-01-06T11:00:00.000Z',
        notified_user_ids: [ACTORS.assignee, ACTORS.delegate],
      },
    ]);
    expect(eventTypesSince(w, from)).toEqual([
      'narrative_export.approval.stage_overdue',
      'narrative_export.approval.stage_escalated',
    ]);
    const stage = w.exports.deps.store.get(x.id)?.approval_stages[0];
    expect(stage).toMatchObject({
      overdue_notified_at: '2025-01-06T11:00:00.000Z',
      metadata: { overdue: true, overdue_since: '2025-01-06T11:00:00.000Z' },
    });
    expect(stage?.actions.at(-1)?.action_type).toBe('escalated');
    expect(notices).toEqual([
      expect.objectContaining({
        title: 'Approval stage overdue',
        priority: 'urgent',
        user_ids: [ACTORS.assignee, ACTORS.delegate],
      }),
    ]);
    w.clock.advance(3_600_000);
    expect(w.exports.checkOverdueStages()).toEqual([]);
    // A reset starts a new activation, which may be escalated again.
    w.exports.reset(ACTORS.admin, 'exec-1', x.id, stage?.id as string);
    expect(w.exports.deps.store.get(x.id)?.approval_stages[0]?.metadata).toEqual({});
    w.clock.advance(2 * 3_600_000);
    expect(w.exports.checkOverdueStages()).toHaveLength(1);
  });
});
