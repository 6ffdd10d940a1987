import { describe, expect, it } from 'vitest';
import { ACTORS, createSeed001World } from '../exports/fixtures/seed-001-world';
import { refusal } from '../shared/fixtures/refusal';
import { createWorkflowTemplateEngine } from './workflow-template-engine';

function setup() {
  const world = createSeed001World();
  const engine = createWorkflowTemplateEngine(world);
  return { ...world, engine };
}

const body = {
  template_key: 'qa',
  name: 'QA ladder',
  stage_blueprint: [{ required_role: 'reviewer', sla_hours: 24 }],
};

describe('workflow template versioning', () => {
  it('creates a draft version 1 with a created audit row', () => {
    const { engine } = setup();
    const t = engine.create(ACTORS.admin, body);
    expect(t).toMatchObject({ version: 1, status: 'draft', is_latest: true, forked_from_id: null });
    expect(t.published_snapshot_id).toBeNull();
    expect(engine.auditLog(t.id).map((e) => e.action)).toEqual(['template.created']);
  });

  it('versions by template_key and retires the previous latest', () => {
    const { engine } = setup();
    const v1 = engine.create(ACTORS.admin, body);
    const v2 = engine.create(ACTORS.admin, { ...body, name: 'QA v2' });
    expect(v2).toMatchObject({ version: 2, is_latest: true, forked_from_id: v1.id });
    expect(engine.retrieve(ACTORS.admin, v1.id).is_latest).toBe(false);
    expect(engine.list(ACTORS.admin).map((t) => t.id)).toEqual([v2.id]);
    expect(engine.list(ACTORS.admin, { include_all: true }).map((t) => t.version)).toEqual([2, 1]);
  });

  it('forks take the parent key whatever key the body names', () => {
    const { engine } = setup();
    const parent = engine.create(ACTORS.admin, body);
    const fork = engine.create(ACTORS.admin, {
      ...body,
      template_key: 'other',
      forked_from_id: parent.id,
    });
    expect(fork).toMatchObject({ template_key: 'qa', version: 2, forked_from_id: parent.id });
    const missing = refusal(() => engine.create(ACTORS.admin, { ...body, forked_from_id: 'nope' }));
    expect([missing.status, missing.detail]).toEqual([404, 'Parent template not found']);
  });

  it('publish captures a *published* snapshot (BioLabs froze the draft status)', () => {
    const { engine } = setup();
    const t = engine.create(ACTORS.admin, body);
    const published = engine.publish(ACTORS.admin, t.id);
    expect(published.status).toBe('published');
    const snapshot = engine.getSnapshot(published.published_snapshot_id ?? '');
    expect(snapshot?.status).toBe('published');
    expect(snapshot?.snapshot_payload.status).toBe('published');
    expect(snapshot?.snapshot_payload.stage_blueprint[0]?.required_role).toBe('reviewer');
    expect(engine.auditLog(t.id).map((e) => e.action)).toEqual([
      'template.created',
      'template.snapshot.created',
      'template.published',
    ]);
    // Idempotent: a second publish changes nothing and records nothing.
    expect(engine.publish(ACTORS.admin, t.id)).toEqual(published);
    expect(engine.auditLog(t.id)).toHaveLength(3);
  });

  it('publish: true at create gives a published template with its snapshot', () => {
    const { engine } = setup();
    const t = engine.create(ACTORS.admin, { ...body, publish: true });
    expect(t.status).toBe('published');
    expect(t.published_at).not.toBeNull();
    expect(engine.getSnapshot(t.published_snapshot_id ?? '')?.template_id).toBe(t.id);
  });

  it('republishing an older draft keeps one latest version per key', () => {
    const { engine } = setup();
    const v1 = engine.create(ACTORS.admin, body);
    const v2 = engine.create(ACTORS.admin, body);
    engine.publish(ACTORS.admin, v1.id);
    const all = engine.list(ACTORS.admin, { include_all: true });
    expect(all.filter((t) => t.is_latest).map((t) => t.id)).toEqual([v1.id]);
    expect(all.find((t) => t.id === v2.id)?.is_latest).toBe(false);
  });

  it('archive is final: not republishable, not listed, idempotent', () => {
    const { engine } = setup();
    const t = engine.create(ACTORS.admin, { ...body, publish: true });
    const archived = engine.archive(ACTORS.admin, t.id);
    expect(archived).toMatchObject({ status: 'archived', is_latest: false });
    expect(engine.archive(ACTORS.admin, t.id)).toEqual(archived);
    const err = refusal(() => engine.publish(ACTORS.admin, t.id));
    expect([err.status, err.detail]).toEqual([400, 'Archived templates cannot be republished']);
    expect(engine.list(ACTORS.admin)).toEqual([]);
    expect(engine.auditLog(t.id).at(-1)?.action).toBe('template.archived');
  });

  it('lists by key ascending then version descending', () => {
    const { engine } = setup();
    engine.create(ACTORS.admin, { ...body, template_key: 'zeta' });
    engine.create(ACTORS.admin, { ...body, template_key: 'alpha' });
    engine.create(ACTORS.admin, { ...body, template_key: 'alpha' });
    const rows = engine.list(ACTORS.admin, { include_all: 'true' as unknown as boolean });
    expect(rows.map((t) => `${t.template_key}@${t.version}`)).toEqual([
      'alpha@2',
      'alpha@1',
      'zeta@1',
    ]);
  });

  it('answers 404 for unknown templates and 422 for invalid bodies', () => {
    const { engine } = setup();
    expect(refusal(() => engine.retrieve(ACTORS.admin, 'nope')).detail).toBe('Template not found');
    expect(refusal(() => engine.create(ACTORS.admin, { template_key: '', name: 'x' })).status).toBe(
      422,
    );
  });
});

describe('template assignments', () => {
  it('assigns to teams and protocol templates, refuses duplicates and archived templates', () => {
    const { engine } = setup();
    const t = engine.create(ACTORS.admin, { ...body, publish: true });
    const a1 = engine.createAssignment(ACTORS.admin, t.id, { team_id: 'team-lab' });
    const a2 = engine.createAssignment(ACTORS.admin, t.id, {
      template_id: 'ignored',
      protocol_template_id: 'proto-1',
    });
    expect(a2.template_id).toBe(t.id);
    expect(engine.listAssignments(ACTORS.admin, t.id).map((a) => a.id)).toEqual([a1.id, a2.id]);
    const dup = refusal(() => engine.createAssignment(ACTORS.admin, t.id, { team_id: 'team-lab' }));
    expect([dup.status, dup.detail]).toEqual([409, 'Assignment already exists for target']);
    const none = refusal(() => engine.createAssignment(ACTORS.admin, t.id, {}));
    expect([none.status, none.detail]).toEqual([
      400,
      'Assignment requires a team_id or protocol_template_id',
    ]);
    expect(
      refusal(() => engine.createAssignment(ACTORS.admin, t.id, { team_id: 'ghost' })).status,
    ).toBe(404);
    engine.archive(ACTORS.admin, t.id);
    const archived = refusal(() =>
      engine.createAssignment(ACTORS.admin, t.id, { team_id: 'team-other' }),
    );
    expect([archived.status, archived.detail]).toEqual([400, 'Cannot assign archived templates']);
  });

  it('deletes assignments (404 when gone)', () => {
    const { engine } = setup();
    const t = engine.create(ACTORS.admin, body);
    const a = engine.createAssignment(ACTORS.admin, t.id, { team_id: 'team-lab' });
    engine.deleteAssignment(ACTORS.admin, a.id);
    expect(engine.listAssignments(ACTORS.admin, t.id)).toEqual([]);
    expect(refusal(() => engine.deleteAssignment(ACTORS.admin, a.id)).detail).toBe(
      'Assignment not found',
    );
  });
});

describe('template RBAC', () => {
  it('refuses every operation to non-admins (403) and unknown users (401), changing nothing', () => {
    const { engine } = setup();
    const t = engine.create(ACTORS.admin, { ...body, publish: true });
    const a = engine.createAssignment(ACTORS.admin, t.id, { team_id: 'team-lab' });
    const before = {
      templates: engine.store.listTemplates(),
      assignments: engine.store.listAssignments(),
      audit: engine.store.listAudit(),
    };
    const operations: Array<(actor: string) => unknown> = [
      (actor) => engine.list(actor),
      (actor) => engine.retrieve(actor, t.id),
      (actor) => engine.create(actor, body),
      (actor) => engine.publish(actor, t.id),
      (actor) => engine.archive(actor, t.id),
      (actor) => engine.listAssignments(actor, t.id),
      (actor) => engine.createAssignment(actor, t.id, { team_id: 'team-other' }),
      (actor) => engine.deleteAssignment(actor, a.id),
    ];
    const nonAdmins = Object.values(ACTORS).filter((id) => id !== ACTORS.admin);
    for (const op of operations) {
      for (const actor of nonAdmins) {
        const err = refusal(() => op(actor));
        expect([err.status, err.detail]).toEqual([403, 'Admin privileges required']);
      }
      expect(refusal(() => op('u-ghost')).status).toBe(401);
    }
    expect({
      templates: engine.store.listTemplates(),
      assignments: engine.store.listAssignments(),
      audit: engine.store.listAudit(),
    }).toEqual(before);
  });
});
