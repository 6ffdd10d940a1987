import { BadRequestError, NotFoundError, PermissionDeniedError } from '@govkit/sdk';
import { describe, expect, it } from 'vitest';
import { findSeededBaseline } from '../seed/baselines';
import { SEEDED_EXECUTIONS } from '../seed/lab-directory';
import { HARNESS_TRANSPORTS } from '../testing/mock-api-harness';
import { refusalExpectation, useMockApiHarness } from '../testing/use-mock-api-harness';

const { qpcr, culture, sequencing } = SEEDED_EXECUTIONS;

// Contract tests: the baseline lifecycle with its RBAC, with the real SDK client.
describe.each(HARNESS_TRANSPORTS)('baselines over %s', (transport) => {
  const api = useMockApiHarness(transport);
  const as = (userId: string) => api.client.withOptions({ auth: userId });
  const seeded = (scenario: Parameters<typeof findSeededBaseline>[1]) =>
    findSeededBaseline(api.store, scenario);
  const expectRefused = refusalExpectation(api);

  it('lists visible baselines newest first, filtered by execution or protocol template', async () => {
    const { items } = await api.client.baselines.list();
    expect(items).toHaveLength(api.store.baselines.engine.store.list().length);
    const created = items.map((b) => Date.parse(b.created_at));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const member = await as('user-member').baselines.list();
    expect(member.items.map((b) => b.id)).not.toContain(seeded('teamless_submitted').id);
    expect(member.items).toHaveLength(items.length - 1);
    const byExecution = await api.client.baselines.list({ execution_id: qpcr });
    expect(byExecution.items.map((b) => b.name)).toEqual(['qPCR baseline v3', 'qPCR baseline v1']);
    const byTemplate = await api.client.baselines.list({ template_id: 'protocol-qpcr' });
    const qpcrBaselines = api.store.baselines.engine.store
      .list()
      .filter((b) => b.template_id === 'protocol-qpcr');
    expect(qpcrBaselines.length).toBeGreaterThanOrEqual(4);
    expect(byTemplate.items.map((b) => b.id).sort()).toEqual(qpcrBaselines.map((b) => b.id).sort());
    await expectRefused(
      api.client.baselines.list({ execution_id: 'exec-nope' }),
      NotFoundError,
      404,
      'Execution not found',
    );
    await expectRefused(
      as('user-member').baselines.list({ execution_id: sequencing }),
      PermissionDeniedError,
      403,
      'Not authorized for execution workspace',
    );
  });

  it('retrieves a baseline with its events newest first; 404 unknown, 403 invisible', async () => {
    const restored = await as('user-observer').baselines.retrieve(seeded('restored_current').id);
    expect(restored).toMatchObject({ status: 'published', is_current: true, version_number: 2 });
    expect(restored.events.map((e) => e.action)).toEqual([
      'restored',
      'published',
      'review.approve',
      'submitted',
    ]);
    const rolledBack = await api.client.baselines.retrieve(seeded('rolled_back').id);
    expect(rolledBack).toMatchObject({
      status: 'rolled_back',
      is_current: false,
      rollback_of_id: restored.id,
      rolled_back_by_id: 'user-admin',
    });
    await expectRefused(
      api.client.baselines.retrieve('baseline-nope'),
      NotFoundError,
      404,
      'Baseline not found',
    );
    await expectRefused(
      as('user-member').baselines.retrieve(seeded('teamless_submitted').id),
      PermissionDeniedError,
      403,
      'Not authorized for execution workspace',
    );
  });

  it('runs the whole lifecycle: submit (201) → approve → publish (current) → rollback', async () => {
    const submitted = await as('user-member').baselines.submit({
      execution_id: qpcr,
      name: 'qPCR baseline v4',
      reviewer_ids: ['user-reviewer'],
      labels: [{ key: 'lot', value: 'L-77' }],
    });
    expect(submitted).toMatchObject({
      status: 'submitted',
      template_id: 'protocol-qpcr',
      team_id: 'team-governance',
      submitted_by_id: 'user-member',
      is_current: false,
      events: [{ action: 'submitted', detail: { execution_id: qpcr } }],
    });
    const approved = await as('user-reviewer').baselines.review(submitted.id, {
      decision: 'approve',
      notes: 'ok',
    });
    expect(approved).toMatchObject({ status: 'approved', reviewed_by_id: 'user-reviewer' });
    const published = await as('user-reviewer').baselines.publish(submitted.id, { notes: 'go' });
    expect(published).toMatchObject({ status: 'published', is_current: true, version_number: 4 });
    await expect(
      api.client.baselines.retrieve(seeded('restored_current').id),
    ).resolves.toMatchObject({ is_current: false });
    const rolled = await api.client.baselines.rollback(submitted.id, {
      reason: 'Regression',
      target_version_id: seeded('restored_current').id,
    });
    expect(rolled).toMatchObject({
      status: 'rolled_back',
      rollback_of_id: seeded('restored_current').id,
    });
    await expect(
      api.client.baselines.retrieve(seeded('restored_current').id),
    ).resolves.toMatchObject({ is_current: true });
  });

  it('refuses submissions: unknown execution 404, no access 403, unknown reviewer 404, bad body 422', async () => {
    const body = { execution_id: qpcr, name: 'x', reviewer_ids: [] };
    await expectRefused(
      api.client.baselines.submit({ ...body, execution_id: 'exec-nope' }),
      NotFoundError,
      404,
      'Execution not found',
    );
    await expectRefused(
      as('user-member').baselines.submit({ ...body, execution_id: sequencing }),
      PermissionDeniedError,
      403,
      'Not authorized for execution workspace',
    );
    await expectRefused(
      api.client.baselines.submit({ ...body, reviewer_ids: ['user-ghost'] }),
      NotFoundError,
      404,
      'Reviewer not found',
    );
    const response = await api.fetch('/api/governance/baselines/submissions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ execution_id: qpcr }),
    });
    expect(response.status).toBe(422);
  });

  it('guards reviews, publication and rollback', async () => {
    const submitted = seeded('submitted');
    await expectRefused(
      as('user-member').baselines.review(submitted.id, { decision: 'approve' }),
      PermissionDeniedError,
      403,
      'Reviewer access required',
    );
    await expectRefused(
      api.client.baselines.review(seeded('culture_current').id, { decision: 'reject' }),
      BadRequestError,
      400,
      'Baseline not awaiting review',
    );
    await expectRefused(
      api.client.baselines.publish(submitted.id),
      BadRequestError,
      400,
      'Baseline must be approved before publishing',
    );
    await expectRefused(
      as('user-lead').baselines.rollback(seeded('culture_current').id, { reason: 'r' }),
      PermissionDeniedError,
      403,
      'Admin access required for rollback',
    );
    await expectRefused(
      api.client.baselines.rollback(submitted.id, { reason: 'r' }),
      BadRequestError,
      400,
      'Only published baselines can be rolled back',
    );
    await expectRefused(
      api.client.baselines.rollback(seeded('culture_current').id, {
        reason: 'r',
        target_version_id: 'baseline-nope',
      }),
      NotFoundError,
      404,
      'Target baseline not found',
    );
  });

  it('re-reviews a rejected baseline and publishes an approved one as the new current', async () => {
    const rejected = seeded('rejected');
    const reviewed = await as('user-lead').baselines.review(rejected.id, { decision: 'approve' });
    expect(reviewed.status).toBe('approved');
    const published = await as('user-lead').baselines.publish(seeded('approved').id);
    expect(published).toMatchObject({ status: 'published', is_current: true, version_number: 2 });
    const { items } = await api.client.baselines.list({ execution_id: culture });
    expect(items.filter((b) => b.is_current).map((b) => b.id)).toEqual([published.id]);
  });
});
