import { describe, expect, it } from 'vitest';
import { refusalOf } from '../shared/fixtures/refusal';
import { createExportWorld, eventTypesSince } from './fixtures/export-world';
import { ACTORS } from './fixtures/seed-001-world';

const review = { name: 'QA', required_role: 'reviewer', sla_hours: 24 };
const ladder = [review, { required_role: 'approver' }];

function publishedTemplate(w: ReturnType<typeof createExportWorld>) {
  return w.templates.create(ACTORS.admin, {
    template_key: 'qa',
    name: 'QA ladder',
    default_stage_sla_hours: 48,
    stage_blueprint: [
      {
        name: 'Review',
        required_role: 'reviewer',
        sla_hours: 12,
        metadata: { assignee_id: ACTORS.assignee },
      },
      { name: 'Sign-off', required_role: 'manager' },
    ],
    publish: true,
  });
}

describe('createNarrativeExport', () => {
  it('renders the dossier, opens one approver stage and records stage_started, created, awaiting', () => {
    const w = createExportWorld();
    w.events.append({
      execution_id: 'exec-1',
      event_type: 'step.completed',
      payload: { index: 0 },
    });
    const from = w.events.list().length;
    const x = w.exports.create(ACTORS.runner, 'exec-1', {
      notes: 'Batch 7',
      metadata: { batch: 7 },
    });
    expect(x).toMatchObject({
      execution_id: 'exec-1',
      version: 1,
      format: 'markdown',
      event_count: 1,
      approval_status: 'pending',
      approval_stage_count: 1,
      artifact_status: 'queued',
      requested_by: { id: ACTORS.runner, email: 'runner@lab.test', is_admin: false },
      notes: 'Batch 7',
      generated_at: '2025-01-06T09:00:00.000Z',
    });
    expect(x.content).toContain('### 1. step.completed');
    expect(x.approval_stages[0]).toMatchObject({
      sequence_index: 1,
      required_role: 'approver',
      status: 'in_progress',
      due_at: null,
    });
    expect(x.current_stage?.id).toBe(x.approval_stages[0]?.id);
    expect(x.metadata).toMatchObject({
      batch: 7,
      packaging_queue_state: { state: 'awaiting_approval' },
    });
    expect(eventTypesSince(w, from)).toEqual([
      'narrative_export.approval.stage_started',
      'narrative_export.created',
      'narrative_export.packaging.awaiting_approval',
    ]);
  });

  it('numbers versions per execution and lists newest first', () => {
    const w = createExportWorld();
    const v1 = w.exports.create(ACTORS.runner, 'exec-1');
    w.clock.advance(60_000);
    const v2 = w.exports.create(ACTORS.member, 'exec-1');
    const other = w.exports.create(ACTORS.manager, 'exec-2');
    expect([v1.version, v2.version, other.version]).toEqual([1, 2, 1]);
    expect(w.exports.list(ACTORS.runner, 'exec-1').exports.map((x) => x.version)).toEqual([2, 1]);
  });

  it('builds request ladders with SLA due dates, assignees and delegates', () => {
    const w = createExportWorld();
    const x = w.exports.create(ACTORS.runner, 'exec-1', {
      approval_stages: [
        { ...review, assignee_id: ACTORS.assignee, delegate_id: ACTORS.delegate },
        { required_role: 'approver' },
      ],
    });
    expect(x.approval_stages.map((s) => [s.sequence_index, s.status, s.due_at])).toEqual([
      [1, 'in_progress', '2025-01-07T09:00:00.000Z'],
      [2, 'pending', null],
    ]);
    expect(x.approval_stages[0]?.assignee?.id).toBe(ACTORS.assignee);
    expect(x.approval_stages[0]?.delegated_to?.id).toBe(ACTORS.delegate);
    expect(
      refusalOf(() =>
        w.exports.create(ACTORS.runner, 'exec-1', {
          approval_stages: [{ required_role: 'r', assignee_id: 'ghost' }],
        }),
      ),
    ).toEqual([404, 'Approval stage references unknown users']);
  });

  it('seeds the ladder from a published snapshot and audits the binding', () => {
    const w = createExportWorld();
    const t = publishedTemplate(w);
    const x = w.exports.create(ACTORS.runner, 'exec-1', {
      workflow_template_id: t.id,
      workflow_template_snapshot_id: t.published_snapshot_id,
    });
    expect(x).toMatchObject({
      workflow_template_id: t.id,
      workflow_template_snapshot_id: t.published_snapshot_id,
      workflow_template_key: 'qa',
      workflow_template_version: 1,
    });
    expect(x.workflow_template_snapshot.status).toBe('published');
    expect(x.approval_stages.map((s) => [s.name, s.required_role, s.sla_hours])).toEqual([
      ['Review', 'reviewer', 12],
      ['Sign-off', 'manager', 48],
    ]);
    expect(x.approval_stages[0]?.assignee?.id).toBe(ACTORS.assignee);
    expect(w.templates.auditLog(t.id).at(-1)).toMatchObject({
      action: 'export.snapshot.bound',
      detail: { export_id: x.id, execution_id: 'exec-1' },
    });
  });

  it('refuses bad template bindings in BioLabs order, changing nothing', () => {
    const w = createExportWorld();
    const t = publishedTemplate(w);
    const other = w.templates.create(ACTORS.admin, {
      template_key: 'other',
      name: 'O',
      publish: true,
    });
    const snap = t.published_snapshot_id as string;
    const before = [w.exports.deps.store.list(), w.events.list(), w.templates.store.listAudit()];
    expect(
      refusalOf(() => w.exports.create(ACTORS.runner, 'exec-1', { workflow_template_id: t.id })),
    ).toEqual([400, 'Workflow template exports require a published snapshot']);
    expect(
      refusalOf(() =>
        w.exports.create(ACTORS.runner, 'exec-1', { workflow_template_snapshot_id: 'nope' }),
      ),
    ).toEqual([404, 'Workflow template snapshot not found']);
    expect(
      refusalOf(() =>
        w.exports.create(ACTORS.runner, 'exec-1', {
          workflow_template_id: other.id,
          workflow_template_snapshot_id: snap,
        }),
      ),
    ).toEqual([400, 'Snapshot does not belong to supplied workflow template']);
    expect(
      refusalOf(() =>
        w.exports.create(ACTORS.runner, 'exec-1', {
          workflow_template_snapshot_id: snap,
          approval_stages: ladder,
        }),
      ),
    ).toEqual([400, 'Published templates cannot be overridden during export']);
    expect([w.exports.deps.store.list(), w.events.list(), w.templates.store.listAudit()]).toEqual(
      before,
    );
    w.templates.archive(ACTORS.admin, t.id);
    expect(
      refusalOf(() =>
        w.exports.create(ACTORS.runner, 'exec-1', { workflow_template_snapshot_id: snap }),
      ),
    ).toEqual([409, 'Workflow template must be published']);
  });

  it('refuses draft snapshots (400) and malformed blueprints (422)', () => {
    const w = createExportWorld();
    const t = publishedTemplate(w);
    const snapshot = w.templates.getSnapshot(t.published_snapshot_id as string);
    if (!snapshot) throw new Error('no snapshot');
    w.templates.store.putSnapshot({ ...snapshot, id: 'snap-draft', status: 'draft' });
    expect(
      refusalOf(() =>
        w.exports.create(ACTORS.runner, 'exec-1', { workflow_template_snapshot_id: 'snap-draft' }),
      ),
    ).toEqual([400, 'Only published snapshots can seed exports']);
    const broken = { ...snapshot.snapshot_payload, stage_blueprint: [{ name: 'no role' }] };
    w.templates.store.putSnapshot({
      ...snapshot,
      id: 'snap-bad',
      snapshot_payload: broken as never,
    });
    expect(
      refusalOf(() =>
        w.exports.create(ACTORS.runner, 'exec-1', { workflow_template_snapshot_id: 'snap-bad' }),
      ),
    ).toEqual([422, 'Invalid stage blueprint in workflow snapshot']);
    const notList = { ...snapshot.snapshot_payload, stage_blueprint: { a: 1 } };
    w.templates.store.putSnapshot({
      ...snapshot,
      id: 'snap-obj',
      snapshot_payload: notList as never,
    });
    expect(
      refusalOf(() =>
        w.exports.create(ACTORS.runner, 'exec-1', { workflow_template_snapshot_id: 'snap-obj' }),
      )[0],
    ).toBe(422);
  });

  it('refuses unknown executions (404) and users without execution access (403)', () => {
    const w = createExportWorld();
    expect(refusalOf(() => w.exports.create(ACTORS.runner, 'nope'))).toEqual([
      404,
      'Execution not found',
    ]);
    expect(refusalOf(() => w.exports.create(ACTORS.outsider, 'exec-1'))).toEqual([
      403,
      'Not authorized for execution workspace',
    ]);
    expect(refusalOf(() => w.exports.create(ACTORS.member, 'exec-solo'))[0]).toBe(403);
    expect(refusalOf(() => w.exports.list(ACTORS.outsider, 'exec-1'))[0]).toBe(403);
    expect(w.exports.deps.store.list()).toEqual([]);
  });

  it('reports the gate without recording it on a dry run', () => {
    const w = createExportWorld();
    const from = w.events.list().length;
    const x = w.exports.create(ACTORS.runner, 'exec-1', {}, { dryRun: true });
    expect(x.metadata.packaging_queue_state).toMatchObject({
      state: 'awaiting_approval',
      context: { dry_run: true },
    });
    expect(w.exports.deps.store.get(x.id)?.metadata.packaging_queue_state).toBeUndefined();
    expect(eventTypesSince(w, from)).not.toContain('narrative_export.packaging.awaiting_approval');
  });
});
