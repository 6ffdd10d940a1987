import { describe, expect, it } from 'vitest';
import { refusalOf } from '../shared/fixtures/refusal';
import { createExportWorld, eventTypesSince } from './fixtures/export-world';
import { ACTORS } from './fixtures/seed-001-world';

const approve = { status: 'approved' as const, signature: 'signed' };
const reject = { status: 'rejected' as const, signature: 'signed' };

function threeStages(w = createExportWorld()) {
  const x = w.exports.create(ACTORS.runner, 'exec-1', {
    approval_stages: [
      { name: 'Review', required_role: 'reviewer', sla_hours: 4 },
      { name: 'Assigned', required_role: 'owner', assignee_id: ACTORS.assignee, sla_hours: 8 },
      { name: 'Sign', required_role: 'approver' },
    ],
  });
  const stage = (i: number) =>
    w.exports.deps.store.get(x.id)?.approval_stages[i] as (typeof x.approval_stages)[number];
  return { w, x, stage };
}

describe('approve', () => {
  it('walks the ladder with signatures and finalises, emitting one event per transition', () => {
    const { w, x, stage } = threeStages();
    let from = w.events.list().length;
    w.clock.advance(3_600_000);
    const after1 = w.exports.approve(ACTORS.lead, 'exec-1', x.id, {
      ...approve,
      notes: 'ok',
      metadata: { via: 'ui' },
    });
    expect(after1.approval_stages.map((s) => s.status)).toEqual([
      'approved',
      'in_progress',
      'pending',
    ]);
    expect(after1.current_stage?.id).toBe(stage(1).id);
    expect(after1.approval_stages[1]?.due_at).toBe('2025-01-06T18:00:00.000Z');
    expect(after1.approval_stages[0]?.actions[0]).toMatchObject({
      action_type: 'approved',
      signature: 'signed',
      notes: 'ok',
      metadata: { via: 'ui' },
      actor: { id: ACTORS.lead },
    });
    expect(eventTypesSince(w, from)).toEqual([
      'narrative_export.approval.stage_completed',
      'narrative_export.approval.stage_started',
    ]);
    w.exports.approve(ACTORS.assignee, 'exec-1', x.id, approve);
    from = w.events.list().length;
    const done = w.exports.approve(ACTORS.approver, 'exec-1', x.id, {
      ...approve,
      signature: 'final',
    });
    expect(done).toMatchObject({
      approval_status: 'approved',
      approval_signature: 'final',
      approved_by: { id: ACTORS.approver },
      approved_at: '2025-01-06T10:00:00.000Z',
      approval_completed_at: '2025-01-06T10:00:00.000Z',
      current_stage: null,
    });
    expect(eventTypesSince(w, from)).toEqual([
      'narrative_export.approval.stage_completed',
      'narrative_export.approval.finalized',
      'narrative_export.packaging.queued',
    ]);
    expect(refusalOf(() => w.exports.approve(ACTORS.admin, 'exec-1', x.id, approve))).toEqual([
      409,
      'No active approval stage available',
    ]);
  });

  it('enforces required_role, assignee and delegate (BioLabs did not)', () => {
    const { w, x } = threeStages();
    const denied = [403, 'User not authorized for this stage'];
    // Stage 1 needs `reviewer` or a higher tier of the execution's team.
    for (const actor of [
      ACTORS.runner,
      ACTORS.observer,
      ACTORS.member,
      ACTORS.approver,
      ACTORS.assignee,
    ]) {
      expect(refusalOf(() => w.exports.approve(actor, 'exec-1', x.id, approve))).toEqual(denied);
    }
    w.exports.approve(ACTORS.reviewer, 'exec-1', x.id, approve);
    // Stage 2 is assigned: even its role's holders may not sign it.
    expect(refusalOf(() => w.exports.approve(ACTORS.owner, 'exec-1', x.id, approve))).toEqual(
      denied,
    );
    w.exports.delegate(ACTORS.assignee, 'exec-1', x.id, x.approval_stages[1]?.id as string, {
      delegate_id: ACTORS.delegate,
    });
    expect(
      w.exports.approve(ACTORS.delegate, 'exec-1', x.id, approve).approval_stages[1]?.status,
    ).toBe('approved');
    // Stage 3's literal role `approver` is not a team tier: owners do not outrank it.
    expect(refusalOf(() => w.exports.approve(ACTORS.owner, 'exec-1', x.id, approve))).toEqual(
      denied,
    );
  });

  it('checks the named stage, the approver and signing on behalf', () => {
    const { w, x, stage } = threeStages();
    expect(
      refusalOf(() =>
        w.exports.approve(ACTORS.admin, 'exec-1', x.id, { ...approve, stage_id: 'nope' }),
      ),
    ).toEqual([404, 'Approval stage not found']);
    expect(
      refusalOf(() =>
        w.exports.approve(ACTORS.admin, 'exec-1', x.id, { ...approve, stage_id: stage(1).id }),
      ),
    ).toEqual([409, 'Approval stage is not active']);
    expect(
      refusalOf(() =>
        w.exports.approve(ACTORS.admin, 'exec-1', x.id, { ...approve, approver_id: 'ghost' }),
      ),
    ).toEqual([404, 'Approver not found']);
    expect(
      refusalOf(() =>
        w.exports.approve(ACTORS.lead, 'exec-1', x.id, {
          ...approve,
          approver_id: ACTORS.reviewer,
        }),
      ),
    ).toEqual([403, 'Only administrators may sign on behalf of another user']);
    const onBehalf = w.exports.approve(ACTORS.admin, 'exec-1', x.id, {
      ...approve,
      approver_id: ACTORS.outsider,
    });
    expect(onBehalf.approval_stages[0]?.actions[0]?.actor.id).toBe(ACTORS.outsider);
    expect(refusalOf(() => w.exports.approve(ACTORS.admin, 'exec-2', x.id, approve))).toEqual([
      404,
      'Narrative export not found',
    ]);
    expect(
      refusalOf(() =>
        w.exports.approve(ACTORS.admin, 'exec-1', x.id, { status: 'approved', signature: '' }),
      )[0],
    ).toBe(422);
  });

  it('rejects: later stages reset, export rejected, ladder closed', () => {
    const { w, x } = threeStages();
    w.exports.approve(ACTORS.reviewer, 'exec-1', x.id, approve);
    const from = w.events.list().length;
    const rejected = w.exports.approve(ACTORS.assignee, 'exec-1', x.id, {
      ...reject,
      notes: 'missing data',
    });
    expect(rejected.approval_stages.map((s) => s.status)).toEqual([
      'approved',
      'rejected',
      'reset',
    ]);
    expect(rejected).toMatchObject({
      approval_status: 'rejected',
      approved_by: { id: ACTORS.assignee },
      current_stage: null,
    });
    expect(eventTypesSince(w, from)).toEqual([
      'narrative_export.approval.stage_completed',
      'narrative_export.approval.rejected',
    ]);
    expect(refusalOf(() => w.exports.approve(ACTORS.admin, 'exec-1', x.id, approve))).toEqual([
      409,
      'No active approval stage available',
    ]);
  });
});

describe('delegate and reset', () => {
  it('delegates pending and active stages, honouring due_at', () => {
    const { w, x, stage } = threeStages();
    const out = w.exports.delegate(ACTORS.owner, 'exec-1', x.id, stage(1).id, {
      delegate_id: ACTORS.delegate,
      due_at: '2025-02-01T00:00:00Z',
      notes: 'vacation',
    });
    expect(out.approval_stages[1]).toMatchObject({
      status: 'delegated',
      delegated_to: { id: ACTORS.delegate },
      due_at: '2025-02-01T00:00:00.000Z',
    });
    expect(out.approval_stages[1]?.actions[0]).toMatchObject({
      action_type: 'delegated',
      delegation_target: { id: ACTORS.delegate },
      notes: 'vacation',
    });
    const active = w.exports.delegate(ACTORS.reviewer, 'exec-1', x.id, stage(0).id, {
      delegate_id: ACTORS.delegate,
    });
    expect(active.approval_stages[0]?.status).toBe('in_progress');
    expect(
      refusalOf(() =>
        w.exports.delegate(ACTORS.admin, 'exec-1', x.id, stage(0).id, { delegate_id: 'ghost' }),
      ),
    ).toEqual([404, 'Delegate not found']);
    expect(
      refusalOf(() =>
        w.exports.delegate(ACTORS.member, 'exec-1', x.id, stage(2).id, {
          delegate_id: ACTORS.member,
        }),
      ),
    ).toEqual([403, 'User not authorized for this stage']);
    w.exports.approve(ACTORS.delegate, 'exec-1', x.id, approve);
    expect(
      refusalOf(() =>
        w.exports.delegate(ACTORS.admin, 'exec-1', x.id, stage(0).id, { delegate_id: ACTORS.lead }),
      ),
    ).toEqual([409, 'Stage cannot be delegated']);
  });

  it('resets a rejected ladder for remediation and restarts the SLA clock', () => {
    const { w, x, stage } = threeStages();
    w.exports.approve(ACTORS.reviewer, 'exec-1', x.id, approve);
    w.exports.approve(ACTORS.assignee, 'exec-1', x.id, reject);
    w.clock.advance(7_200_000);
    expect(refusalOf(() => w.exports.reset(ACTORS.admin, 'exec-1', x.id, stage(2).id))).toEqual([
      409,
      'Earlier approval stages must be approved before a reset',
    ]);
    expect(refusalOf(() => w.exports.reset(ACTORS.member, 'exec-1', x.id, stage(1).id))[0]).toBe(
      403,
    );
    const from = w.events.list().length;
    const out = w.exports.reset(ACTORS.assignee, 'exec-1', x.id, stage(1).id, { notes: 'fixed' });
    expect(out.approval_stages.map((s) => s.status)).toEqual([
      'approved',
      'in_progress',
      'pending',
    ]);
    expect(out).toMatchObject({
      approval_status: 'pending',
      approved_by: null,
      approval_signature: null,
    });
    expect(out.approval_stages[1]?.due_at).toBe('2025-01-06T19:00:00.000Z');
    expect(out.current_stage?.id).toBe(stage(1).id);
    expect(eventTypesSince(w, from)).toEqual(['narrative_export.approval.stage_reset']);
  });

  it('never reopens a finalised export', () => {
    const w = createExportWorld();
    const x = w.exports.create(ACTORS.runner, 'exec-1');
    w.exports.approve(ACTORS.approver, 'exec-1', x.id, approve);
    expect(
      refusalOf(() =>
        w.exports.reset(ACTORS.admin, 'exec-1', x.id, x.approval_stages[0]?.id as string),
      ),
    ).toEqual([409, 'Approved narrative exports cannot be reset']);
  });
});
