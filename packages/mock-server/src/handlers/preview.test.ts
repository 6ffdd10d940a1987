import {
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  PermissionDeniedError,
} from '@govkit/sdk';
import { type GovernanceAnalyticsReport, PREVIEW_SUMMARY_EVENT_TYPE } from '@govkit/sdk/schemas';
import { describe, expect, it } from 'vitest';
import { SEEDED_EXECUTIONS, SEEDED_PREVIEW_RESOURCES } from '../seed/lab-directory';
import { findSeededTemplate, SEEDED_TEMPLATE_KEYS } from '../seed/templates';
import { HARNESS_TRANSPORTS } from '../testing/mock-api-harness';
import { rejectionOf, useMockApiHarness } from '../testing/use-mock-api-harness';

const { qpcr, sequencing, unlinked } = SEEDED_EXECUTIONS;
const failure = rejectionOf;

// Contract tests: experiment preview end to end (BioLabs answered 500), and the summary event it
// feeds to governance analytics.
describe.each(HARNESS_TRANSPORTS)('experiment preview over %s', (transport) => {
  const api = useMockApiHarness(transport);
  const as = (userId: string) => api.client.withOptions({ auth: userId });
  const qpcrV2 = () => findSeededTemplate(api.store, SEEDED_TEMPLATE_KEYS.qpcr, 2);

  it('simulates the snapshot ladder against the execution and emits governance.preview.summary', async () => {
    const template = qpcrV2();
    const snapshotId = template.published_snapshot_id ?? '';
    const result = await as('user-member').preview.create(qpcr, {
      workflow_template_snapshot_id: snapshotId,
    });
    expect(result).toMatchObject({
      execution_id: qpcr,
      snapshot_id: snapshotId,
      baseline_snapshot_id: snapshotId,
      generated_at: new Date(api.store.clock.now()).toISOString(),
      template_name: 'qPCR release',
      template_version: 2,
      resource_warnings: [],
    });
    expect(result.narrative_preview.startsWith('# Governance Preview')).toBe(true);
    // Step 4 of exec-qpcr-001 is blocked and maps to the third (release) stage.
    expect(result.stage_insights.map((s) => [s.index, s.status, s.mapped_step_indexes])).toEqual([
      [0, 'ready', [0, 1]],
      [1, 'ready', [2, 3]],
      [2, 'blocked', [4, 5]],
    ]);
    expect(result.stage_insights[2]?.blockers).toEqual(['Awaiting reagent lot release']);
    expect(result.stage_insights[0]).toMatchObject({
      assignee_id: 'user-reviewer',
      delta_status: 'unchanged',
    });

    const event = api.store.events.list({ type_prefix: PREVIEW_SUMMARY_EVENT_TYPE }).at(-1);
    expect(event).toMatchObject({
      execution_id: qpcr,
      actor_id: 'user-member',
      payload: {
        snapshot_id: snapshotId,
        stage_count: 3,
        blocked_stage_count: 1,
        blocked_stage_indexes: [2],
        resource_warning_count: 0,
      },
    });
    const audit = api.store.templates.engine.auditLog(template.id).at(-1);
    expect(audit).toMatchObject({
      action: 'template.preview.generated',
      detail: { execution_id: qpcr, stage_count: 3, blocked_stage_count: 1 },
    });
    // Analytics reads the summary: a result row for exactly this preview event.
    const report = (await api.client.analytics.retrieve({
      execution_id: qpcr,
    })) as GovernanceAnalyticsReport;
    expect(report.results.map((r) => r.preview_event_id)).toContain(event?.id);
  });

  it('applies stage overrides and warns about what it ignores', async () => {
    const result = await api.client.preview.create(qpcr, {
      workflow_template_snapshot_id: qpcrV2().published_snapshot_id ?? '',
      stage_overrides: [
        { index: 1, sla_hours: 2, assignee_id: 'user-ghost' },
        { index: 9, sla_hours: 1 },
      ],
      resource_overrides: {
        equipment_ids: [SEEDED_PREVIEW_RESOURCES.equipment[0], 'equipment-missing'],
      },
    });
    expect(result.resource_warnings).toEqual([
      'User override user-ghost not found; preview uses placeholder',
      'Stage override for index 9 ignored; blueprint has 3 stages',
      'Equipment equipment-missing not found; preview ignores it',
    ]);
    expect(result.stage_insights[1]).toMatchObject({
      sla_hours: 2,
      baseline_sla_hours: 48,
      assignee_id: 'user-ghost',
    });
  });

  it('refuses in BioLabs check order, changing nothing', async () => {
    const snapshotId = qpcrV2().published_snapshot_id ?? '';
    const body = { workflow_template_snapshot_id: snapshotId };
    // A BioLabs-era snapshot frozen as draft (govkit's publish never produces one).
    const published = api.store.templates.engine.getSnapshot(snapshotId);
    if (!published) throw new Error('seeded snapshot missing');
    api.store.templates.engine.store.putSnapshot({
      ...published,
      id: 'snapshot-draft-legacy',
      status: 'draft',
    });
    const before = api.store.version;
    const cases: Array<[Promise<unknown>, unknown, number, string]> = [
      [api.client.preview.create('exec-nope', body), NotFoundError, 404, 'Execution not found'],
      [
        api.client.preview.create(unlinked, body),
        BadRequestError,
        400,
        'Execution missing linked protocol template for preview',
      ],
      [
        as('user-member').preview.create(sequencing, body),
        PermissionDeniedError,
        403,
        'Not authorized for execution workspace',
      ],
      [
        api.client.preview.create(qpcr, { workflow_template_snapshot_id: 'snapshot-nope' }),
        NotFoundError,
        404,
        'Workflow template snapshot not found',
      ],
      [
        api.client.preview.create(qpcr, { workflow_template_snapshot_id: 'snapshot-draft-legacy' }),
        BadRequestError,
        400,
        'Preview requires a published workflow template snapshot',
      ],
      [
        as('user-ghost').preview.create(qpcr, body),
        AuthenticationError,
        401,
        'Could not validate credentials',
      ],
    ];
    for (const [promise, type, status, detail] of cases) {
      const error = await failure(promise);
      expect(error).toBeInstanceOf(type as new () => Error);
      expect(error).toMatchObject({ status, detail });
    }
    const response = await api.fetch(`/api/experiments/${qpcr}/preview`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ stage_overrides: [] }),
    });
    expect(response.status).toBe(422);
    expect(api.store.version).toBe(before);
  });
});
