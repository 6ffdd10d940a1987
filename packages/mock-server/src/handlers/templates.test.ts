import {
  BadRequestError,
  ConflictError,
  type GovkitClient,
  NotFoundError,
  PermissionDeniedError,
} from '@govkit/sdk';
import { describe, expect, it } from 'vitest';
import { findSeededTemplate, SEEDED_TEMPLATE_KEYS } from '../seed/templates';
import { HARNESS_TRANSPORTS } from '../testing/mock-api-harness';
import { refusalExpectation, useMockApiHarness } from '../testing/use-mock-api-harness';

// Contract tests: workflow templates and assignments (admin only) with the real SDK client.
describe.each(HARNESS_TRANSPORTS)('workflow templates over %s', (transport) => {
  const api = useMockApiHarness(transport);
  const seeded = (key: string, version?: number) => findSeededTemplate(api.store, key, version);
  const expectRefused = refusalExpectation(api);

  it('lists the latest non-archived versions, or every version with include_all', async () => {
    const latest = await api.client.templates.list();
    expect(latest.map((t) => [t.template_key, t.version, t.status])).toEqual([
      ['batch-review-01', 1, 'draft'],
      ['batch-review-02', 1, 'draft'],
      ['culture-gmp', 1, 'published'],
      ['qpcr-release', 3, 'draft'],
      ['sequencing-signoff', 1, 'draft'],
    ]);
    const all = await api.client.templates.list({ include_all: true });
    expect(all).toHaveLength(8);
    expect(all.filter((t) => t.template_key === 'qpcr-release').map((t) => t.version)).toEqual([
      3, 2, 1,
    ]);
    expect(all.find((t) => t.template_key === 'legacy-signoff')?.status).toBe('archived');
    expect(seeded(SEEDED_TEMPLATE_KEYS.qpcr, 3).forked_from_id).toBe(
      seeded(SEEDED_TEMPLATE_KEYS.qpcr, 1).id,
    );
  });

  it('retrieves a template, 404 for an unknown one', async () => {
    const v2 = seeded(SEEDED_TEMPLATE_KEYS.qpcr, 2);
    await expect(api.client.templates.retrieve(v2.id)).resolves.toEqual(v2);
    await expectRefused(
      api.client.templates.retrieve('template-nope'),
      NotFoundError,
      404,
      'Template not found',
    );
  });

  it('creates (201) a published template with a published snapshot, then its next version', async () => {
    const created = await api.client.templates.create({
      template_key: 'stability-study',
      name: 'Stability study',
      stage_blueprint: [{ required_role: 'reviewer', sla_hours: 12 }],
      publish: true,
    });
    expect(created).toMatchObject({ version: 1, status: 'published', is_latest: true });
    const snapshot = api.store.templates.engine.getSnapshot(created.published_snapshot_id ?? '');
    expect(snapshot).toMatchObject({
      status: 'published',
      snapshot_payload: { status: 'published' },
    });
    const next = await api.client.templates.create({
      template_key: 'stability-study',
      name: 'Stability study v2',
    });
    expect(next).toMatchObject({ version: 2, status: 'draft', forked_from_id: created.id });
    await expect(api.client.templates.retrieve(created.id)).resolves.toMatchObject({
      is_latest: false,
    });
    const fork = await api.client.templates.create({
      template_key: 'ignored-key',
      name: 'Culture fork',
      forked_from_id: seeded(SEEDED_TEMPLATE_KEYS.culture).id,
    });
    expect(fork).toMatchObject({ template_key: 'culture-gmp', version: 2 });
    await expectRefused(
      api.client.templates.create({ template_key: 'x', name: 'X', forked_from_id: 'nope' }),
      NotFoundError,
      404,
      'Parent template not found',
    );
    const response = await api.fetch('/api/governance/templates', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ template_key: 'x', name: '   ' }),
    });
    expect(response.status).toBe(422);
  });

  it('publishes a draft once (a published snapshot), archives, and refuses to republish', async () => {
    const draft = seeded(SEEDED_TEMPLATE_KEYS.draft);
    const published = await api.client.templates.publish(draft.id);
    expect(published).toMatchObject({ status: 'published', is_latest: true });
    expect(published.published_at).toBe(new Date(api.store.clock.now()).toISOString());
    const before = api.store.version;
    await expect(api.client.templates.publish(draft.id)).resolves.toEqual(published);
    expect(api.store.version).toBe(before);
    const archived = await api.client.templates.archive(draft.id);
    expect(archived).toMatchObject({ status: 'archived', is_latest: false });
    await expect(api.client.templates.archive(draft.id)).resolves.toEqual(archived);
    await expectRefused(
      api.client.templates.publish(draft.id),
      BadRequestError,
      400,
      'Archived templates cannot be republished',
    );
    await expectRefused(
      api.client.templates.archive('nope'),
      NotFoundError,
      404,
      'Template not found',
    );
  });

  it('assigns a template (201), lists oldest first, refuses duplicates and deletes (204)', async () => {
    const culture = seeded(SEEDED_TEMPLATE_KEYS.culture);
    const seededRows = await api.client.templates.assignments.list(culture.id);
    expect(seededRows).toMatchObject([
      { protocol_template_id: 'protocol-culture', metadata: { rollout: 'pilot' } },
    ]);
    const created = await api.client.templates.assignments.create(culture.id, {
      team_id: 'team-governance',
    });
    expect(created).toMatchObject({ template_id: culture.id, created_by_id: 'user-admin' });
    const rows = await api.client.templates.assignments.list(culture.id);
    expect(rows.map((r) => r.id)).toEqual([seededRows[0]?.id, created.id]);
    await expectRefused(
      api.client.templates.assignments.create(culture.id, { team_id: 'team-governance' }),
      ConflictError,
      409,
      'Assignment already exists for target',
    );
    await expectRefused(
      api.client.templates.assignments.create(culture.id, {}),
      BadRequestError,
      400,
      'Assignment requires a team_id or protocol_template_id',
    );
    await expectRefused(
      api.client.templates.assignments.create(seeded(SEEDED_TEMPLATE_KEYS.archived).id, {
        team_id: 'team-governance',
      }),
      BadRequestError,
      400,
      'Cannot assign archived templates',
    );
    await expectRefused(
      api.client.templates.assignments.create(culture.id, { team_id: 'team-nope' }),
      NotFoundError,
      404,
      'Team not found',
    );
    await expect(api.client.templates.assignments.delete(created.id)).resolves.toBeUndefined();
    await expectRefused(
      api.client.templates.assignments.delete(created.id),
      NotFoundError,
      404,
      'Assignment not found',
    );
  });

  it('answers 403 "Admin privileges required" to everyone else, on every route', async () => {
    const manager = api.client.withOptions({ headers: { 'x-govkit-user': 'user-manager' } });
    const id = seeded(SEEDED_TEMPLATE_KEYS.qpcr, 2).id;
    const assignment = api.store.templates.engine.store.listAssignments()[0]?.id ?? '';
    const calls: Array<(c: GovkitClient) => Promise<unknown>> = [
      (c) => c.templates.list(),
      (c) => c.templates.retrieve(id),
      (c) => c.templates.create({ template_key: 'k', name: 'N' }),
      (c) => c.templates.publish(id),
      (c) => c.templates.archive(id),
      (c) => c.templates.assignments.list(id),
      (c) => c.templates.assignments.create(id, { team_id: 'team-governance' }),
      (c) => c.templates.assignments.delete(assignment),
    ];
    for (const call of calls) {
      await expectRefused(call(manager), PermissionDeniedError, 403, 'Admin privileges required');
    }
  });
});
