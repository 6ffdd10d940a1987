import { describe, expect, it } from 'vitest';
import { ACTORS, createSeed001World } from '../exports/fixtures/seed-001-world';
import { refusalOf } from '../shared/fixtures/refusal';
import { createBaselineEngine } from './baseline-engine';

function setup() {
  const world = createSeed001World();
  return { ...world, baselines: createBaselineEngine(world) };
}

const submission = {
  execution_id: 'exec-1',
  name: 'Reference run',
  description: 'first',
  reviewer_ids: [ACTORS.reviewer],
  labels: [{ key: 'site', value: 'north' }],
};

function published(baselines: ReturnType<typeof setup>['baselines'], name = 'b') {
  const b = baselines.submit(ACTORS.runner, { ...submission, name });
  baselines.review(ACTORS.reviewer, b.id, { decision: 'approve' });
  return baselines.publish(ACTORS.reviewer, b.id, { notes: 'go' });
}

describe('baseline submission', () => {
  it('binds the protocol template and its team and records `submitted`', () => {
    const { baselines } = setup();
    const b = baselines.submit(ACTORS.runner, submission);
    expect(b).toMatchObject({
      status: 'submitted',
      template_id: 'proto-1',
      team_id: 'team-lab',
      is_current: false,
      version_number: null,
      submitted_by_id: ACTORS.runner,
      labels: [{ key: 'site', value: 'north' }],
    });
    expect(b.events.map((e) => [e.action, e.detail, e.notes])).toEqual([
      ['submitted', { execution_id: 'exec-1' }, 'first'],
    ]);
  });
  it('refuses unknown executions, reviewers and outsiders', () => {
    const { baselines } = setup();
    expect(
      refusalOf(() => baselines.submit(ACTORS.runner, { ...submission, execution_id: 'x' })),
    ).toEqual([404, 'Execution not found']);
    expect(
      refusalOf(() => baselines.submit(ACTORS.runner, { ...submission, reviewer_ids: ['ghost'] })),
    ).toEqual([404, 'Reviewer not found']);
    expect(refusalOf(() => baselines.submit(ACTORS.outsider, submission))).toEqual([
      403,
      'Not authorized for execution workspace',
    ]);
    expect(baselines.store.list()).toEqual([]);
  });
});

describe('baseline review and publication', () => {
  it('reviews (rejected may be re-reviewed) and publishes with versions', () => {
    const { baselines } = setup();
    const b = baselines.submit(ACTORS.runner, submission);
    expect(
      baselines.review(ACTORS.reviewer, b.id, { decision: 'reject', notes: 'no' }).status,
    ).toBe('rejected');
    const approved = baselines.review(ACTORS.admin, b.id, { decision: 'approve' });
    expect(approved).toMatchObject({ status: 'approved', reviewed_by_id: ACTORS.admin });
    expect(
      refusalOf(() => baselines.review(ACTORS.reviewer, b.id, { decision: 'approve' })),
    ).toEqual([400, 'Baseline not awaiting review']);
    const pub = baselines.publish(ACTORS.reviewer, b.id, { notes: 'ship' });
    expect(pub).toMatchObject({
      status: 'published',
      is_current: true,
      version_number: 1,
      publish_notes: 'ship',
    });
    expect(pub.events.map((e) => e.action)).toEqual([
      'published',
      'review.approve',
      'review.reject',
      'submitted',
    ]);
    expect(pub.events[0]?.detail).toEqual({ version_number: 1, template_id: 'proto-1' });
  });
  it('refuses publishing before approval and reviewing by non-reviewers', () => {
    const { baselines } = setup();
    const b = baselines.submit(ACTORS.runner, submission);
    expect(refusalOf(() => baselines.publish(ACTORS.reviewer, b.id))).toEqual([
      400,
      'Baseline must be approved before publishing',
    ]);
    expect(refusalOf(() => baselines.review(ACTORS.runner, b.id, { decision: 'approve' }))).toEqual(
      [403, 'Reviewer access required'],
    );
    expect(
      refusalOf(() => baselines.review(ACTORS.reviewer, 'nope', { decision: 'approve' })),
    ).toEqual([404, 'Baseline not found']);
  });
  it('moves is_current to the newest publication of the protocol template', () => {
    const { baselines } = setup();
    const first = published(baselines, 'one');
    const second = published(baselines, 'two');
    expect(second.version_number).toBe(2);
    expect(baselines.get(first.id)?.is_current).toBe(false);
    expect(baselines.get(first.id)?.status).toBe('published');
    expect(
      baselines.store
        .list()
        .filter((b) => b.is_current)
        .map((b) => b.id),
    ).toEqual([second.id]);
  });
});

describe('baseline rollback', () => {
  it('is admin-only and needs a published baseline', () => {
    const { baselines } = setup();
    const b = published(baselines);
    expect(refusalOf(() => baselines.rollback(ACTORS.reviewer, b.id, { reason: 'bad' }))).toEqual([
      403,
      'Admin access required for rollback',
    ]);
    const draft = baselines.submit(ACTORS.runner, submission);
    expect(refusalOf(() => baselines.rollback(ACTORS.admin, draft.id, { reason: 'bad' }))).toEqual([
      400,
      'Only published baselines can be rolled back',
    ]);
  });
  it('reinstates a prior version and records rolled_back plus restored', () => {
    const { baselines } = setup();
    const v1 = published(baselines, 'one');
    const v2 = published(baselines, 'two');
    const rolled = baselines.rollback(ACTORS.admin, v2.id, {
      reason: 'regression',
      target_version_id: v1.id,
    });
    expect(rolled).toMatchObject({
      status: 'rolled_back',
      is_current: false,
      rollback_of_id: v1.id,
    });
    expect(rolled.events[0]).toMatchObject({
      action: 'rolled_back',
      detail: { reason: 'regression', target_version_id: v1.id },
    });
    const restored = baselines.get(v1.id);
    expect(restored).toMatchObject({ status: 'published', is_current: true, rolled_back_at: null });
    expect(restored?.events[0]).toMatchObject({
      action: 'restored',
      detail: { rolled_back_from: v2.id },
    });
    // Version numbers never repeat after a rollback (BioLabs counted only published rows).
    expect(published(baselines, 'three').version_number).toBe(3);
  });
  it('refuses unknown or foreign restore targets without changing anything', () => {
    const { baselines } = setup();
    const v1 = published(baselines, 'one');
    const other = baselines.submit(ACTORS.runner, { ...submission, execution_id: 'exec-solo' });
    const before = [baselines.store.list(), baselines.store.listEvents()];
    expect(
      refusalOf(() =>
        baselines.rollback(ACTORS.admin, v1.id, { reason: 'x', target_version_id: 'nope' }),
      ),
    ).toEqual([404, 'Target baseline not found']);
    expect(
      refusalOf(() =>
        baselines.rollback(ACTORS.admin, v1.id, { reason: 'x', target_version_id: other.id }),
      )[0],
    ).toBe(400);
    expect(
      refusalOf(() =>
        baselines.rollback(ACTORS.admin, v1.id, { reason: 'x', target_version_id: v1.id }),
      )[0],
    ).toBe(400);
    expect([baselines.store.list(), baselines.store.listEvents()]).toEqual(before);
  });
});

describe('baseline visibility and listing', () => {
  it('lists newest first, drops invisible baselines and checks execution filters', () => {
    const { baselines, clock } = setup();
    const a = baselines.submit(ACTORS.runner, submission);
    clock.advance(1000);
    const b = baselines.submit(ACTORS.runner, {
      ...submission,
      execution_id: 'exec-solo',
      reviewer_ids: [],
    });
    expect(baselines.list(ACTORS.admin).items.map((x) => x.id)).toEqual([b.id, a.id]);
    expect(baselines.list(ACTORS.member).items.map((x) => x.id)).toEqual([a.id]);
    expect(baselines.list(ACTORS.outsider).items).toEqual([]);
    expect(
      baselines.list(ACTORS.admin, { template_id: 'proto-solo' }).items.map((x) => x.id),
    ).toEqual([b.id]);
    expect(refusalOf(() => baselines.list(ACTORS.outsider, { execution_id: 'exec-1' }))[0]).toBe(
      403,
    );
    expect(refusalOf(() => baselines.list(ACTORS.admin, { execution_id: 'nope' }))[0]).toBe(404);
    expect(refusalOf(() => baselines.retrieve(ACTORS.outsider, a.id))[0]).toBe(403);
  });
  it('lets a listed reviewer without execution access see and review', () => {
    const { baselines } = setup();
    const b = baselines.submit(ACTORS.runner, { ...submission, reviewer_ids: [ACTORS.assignee] });
    expect(baselines.retrieve(ACTORS.assignee, b.id).id).toBe(b.id);
    expect(baselines.review(ACTORS.assignee, b.id, { decision: 'approve' }).status).toBe(
      'approved',
    );
  });
});

describe('override effects (seed 000 gateway hooks)', () => {
  it('replaces reviewers and records the override event', () => {
    const { baselines } = setup();
    const b = baselines.submit(ACTORS.runner, submission);
    const out = baselines.applyOverrideEffect(b.id, {
      reviewer_ids: [ACTORS.reviewer, ACTORS.lead],
      action: 'override_reassign',
      detail: { reviewer_ids_after: [ACTORS.reviewer, ACTORS.lead] },
      performed_by_id: ACTORS.admin,
    });
    expect(out.reviewer_ids).toEqual([ACTORS.reviewer, ACTORS.lead]);
    expect(out.events[0]?.action).toBe('override_reassign');
    expect(
      refusalOf(() =>
        baselines.applyOverrideEffect('nope', {
          action: 'override_cooldown',
          detail: {},
          performed_by_id: ACTORS.admin,
        }),
      )[0],
    ).toBe(404);
  });
});
