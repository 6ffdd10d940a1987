import { ConflictError, NotFoundError, PermissionDeniedError } from '@govkit/sdk';
import { describe, expect, it } from 'vitest';
import { findSeededExport } from '../seed/exports';
import { SEEDED_EXECUTIONS } from '../seed/lab-directory';
import { findSeededTemplate, SEEDED_TEMPLATE_KEYS } from '../seed/templates';
import { HARNESS_TRANSPORTS } from '../testing/mock-api-harness';
import { refusalExpectation, useMockApiHarness } from '../testing/use-mock-api-harness';

const { qpcr } = SEEDED_EXECUTIONS;

// Contract tests: the approval ladder (approve, reject, delegate, reset) with its RBAC, acting
// users sent as bearer tokens and as `x-govkit-user`.
describe.each(HARNESS_TRANSPORTS)('narrative export approvals over %s', (transport) => {
  const api = useMockApiHarness(transport);
  const as = (userId: string) => api.client.withOptions({ auth: userId });
  const viaHeader = (userId: string) =>
    api.client.withOptions({ headers: { 'x-govkit-user': userId } });
  const seeded = (scenario: Parameters<typeof findSeededExport>[1]) =>
    findSeededExport(api.store, scenario);
  const expectRefused = refusalExpectation(api);

  it('walks a two-stage ladder to a packaged artifact, each stage signed by its holder', async () => {
    const x = seeded('pending_first_stage');
    const afterFirst = await viaHeader('user-reviewer').exports.approve(qpcr, x.id, {
      status: 'approved',
      signature: 'Riley Reviewer',
      metadata: { checklist: 'complete' },
    });
    expect(afterFirst.approval_stages.map((s) => s.status)).toEqual(['approved', 'in_progress']);
    expect(afterFirst.current_stage?.sequence_index).toBe(2);
    expect(afterFirst.approval_stages[0]?.actions.at(-1)).toMatchObject({
      action_type: 'approved',
      signature: 'Riley Reviewer',
      actor: { id: 'user-reviewer' },
      metadata: { checklist: 'complete' },
    });
    // Stage 2 needs the `lead` role: a member is refused, the lead signs.
    await expectRefused(
      as('user-member').exports.approve(qpcr, x.id, { status: 'approved', signature: 'Max' }),
      PermissionDeniedError,
      403,
      'User not authorized for this stage',
    );
    const final = await as('user-lead').exports.approve(qpcr, x.id, {
      status: 'approved',
      signature: 'Lee Lead',
    });
    expect(final).toMatchObject({
      approval_status: 'approved',
      current_stage: null,
      approved_by: { id: 'user-lead' },
      approval_signature: 'Lee Lead',
      artifact_status: 'ready',
      packaging_attempts: 1,
      artifact_download_path: `/api/experiment-console/sessions/${qpcr}/exports/narrative/${x.id}/artifact`,
    });
    expect(final.artifact_checksum).toMatch(/^[0-9a-f]{64}$/);
    const types = api.store.events
      .list({ execution_id: qpcr, type_prefix: 'narrative_export.' })
      .slice(-5)
      .map((e) => e.event_type.replace('narrative_export.', ''));
    expect(types).toEqual([
      'approval.stage_completed',
      'approval.finalized',
      'packaging.queued',
      'packaging.started',
      'packaging.ready',
    ]);
  });

  it('rejects the active stage: the export is rejected and later stages are reset', async () => {
    const x = seeded('mid_ladder');
    const rejected = await as('user-lead').exports.approve(qpcr, x.id, {
      status: 'rejected',
      signature: 'Lee Lead',
      notes: 'Missing controls',
    });
    expect(rejected.approval_status).toBe('rejected');
    expect(rejected.approval_stages.map((s) => s.status)).toEqual([
      'approved',
      'rejected',
      'reset',
    ]);
    await expectRefused(
      api.client.exports.approve(qpcr, x.id, { status: 'approved', signature: 'Avery' }),
      ConflictError,
      409,
      'No active approval stage available',
    );
  });

  it('enforces who signs: assignees, admins on behalf of others, and the stage checks', async () => {
    const x = seeded('pending_first_stage');
    const [first, second] = x.approval_stages;
    const sign = { status: 'approved', signature: 'S' } as const;
    await expectRefused(
      as('user-lead').exports.approve(qpcr, x.id, sign),
      PermissionDeniedError,
      403,
      'User not authorized for this stage',
    );
    await expectRefused(
      as('user-lead').exports.approve(qpcr, x.id, { ...sign, approver_id: 'user-reviewer' }),
      PermissionDeniedError,
      403,
      'Only administrators may sign on behalf of another user',
    );
    await expectRefused(
      api.client.exports.approve(qpcr, x.id, { ...sign, approver_id: 'user-ghost' }),
      NotFoundError,
      404,
      'Approver not found',
    );
    await expectRefused(
      api.client.exports.approve(qpcr, x.id, { ...sign, stage_id: second?.id }),
      ConflictError,
      409,
      'Approval stage is not active',
    );
    await expectRefused(
      api.client.exports.approve(qpcr, x.id, { ...sign, stage_id: 'stage-nope' }),
      NotFoundError,
      404,
      'Approval stage not found',
    );
    await expectRefused(
      api.client.exports.approve(qpcr, 'export-nope', sign),
      NotFoundError,
      404,
      'Narrative export not found',
    );
    const onBehalf = await api.client.exports.approve(qpcr, x.id, {
      ...sign,
      stage_id: first?.id,
      approver_id: 'user-reviewer',
    });
    expect(onBehalf.approval_stages[0]?.actions.at(-1)?.actor.id).toBe('user-reviewer');
  });

  it('delegates: the delegate may then sign; pending stages become delegated', async () => {
    const x = seeded('pending_first_stage');
    const [first, second] = x.approval_stages;
    const delegated = await as('user-reviewer').exports.stages.delegate(
      qpcr,
      x.id,
      first?.id ?? '',
      {
        delegate_id: 'user-lead',
        notes: 'On leave',
      },
    );
    expect(delegated.approval_stages[0]).toMatchObject({
      status: 'in_progress',
      delegated_to: { id: 'user-lead' },
    });
    expect(delegated.approval_stages[0]?.actions.at(-1)).toMatchObject({
      action_type: 'delegated',
      delegation_target: { id: 'user-lead' },
    });
    const pending = await api.client.exports.stages.delegate(qpcr, x.id, second?.id ?? '', {
      delegate_id: 'user-manager',
    });
    expect(pending.approval_stages[1]?.status).toBe('delegated');
    const signed = await as('user-lead').exports.approve(qpcr, x.id, {
      status: 'approved',
      signature: 'Lee Lead',
    });
    expect(signed.approval_stages[0]?.status).toBe('approved');
  });

  it('refuses delegations: no permission 403, unknown delegate 404, closed stage 409', async () => {
    const x = seeded('pending_first_stage');
    const mid = seeded('mid_ladder');
    const stageId = x.approval_stages[0]?.id ?? '';
    await expectRefused(
      as('user-observer').exports.stages.delegate(qpcr, x.id, stageId, {
        delegate_id: 'user-lead',
      }),
      PermissionDeniedError,
      403,
      'User not authorized for this stage',
    );
    await expectRefused(
      api.client.exports.stages.delegate(qpcr, x.id, stageId, { delegate_id: 'user-ghost' }),
      NotFoundError,
      404,
      'Delegate not found',
    );
    await expectRefused(
      api.client.exports.stages.delegate(qpcr, mid.id, mid.approval_stages[0]?.id ?? '', {
        delegate_id: 'user-lead',
      }),
      ConflictError,
      409,
      'Stage cannot be delegated',
    );
  });

  it('resets a rejected stage for remediation, and refuses what would break the ladder', async () => {
    const rejected = seeded('rejected');
    const stageId = rejected.approval_stages[0]?.id ?? '';
    await expectRefused(
      as('user-member').exports.stages.reset(qpcr, rejected.id, stageId),
      PermissionDeniedError,
      403,
      'User not authorized for this stage',
    );
    const reopened = await as('user-lead').exports.stages.reset(qpcr, rejected.id, stageId, {
      notes: 'Controls re-run',
    });
    expect(reopened).toMatchObject({ approval_status: 'pending', approved_by: null });
    expect(reopened.approval_stages[0]).toMatchObject({ status: 'in_progress' });
    expect(reopened.approval_stages[0]?.actions.at(-1)?.action_type).toBe('reset');

    const ready = seeded('ready');
    await expectRefused(
      api.client.exports.stages.reset(qpcr, ready.id, ready.approval_stages[0]?.id ?? ''),
      ConflictError,
      409,
      'Approved narrative exports cannot be reset',
    );
    const mid = seeded('mid_ladder');
    await expectRefused(
      api.client.exports.stages.reset(qpcr, mid.id, mid.approval_stages[2]?.id ?? ''),
      ConflictError,
      409,
      'Earlier approval stages must be approved before a reset',
    );
    await expectRefused(
      api.client.exports.stages.reset(qpcr, mid.id, 'stage-nope'),
      NotFoundError,
      404,
      'Approval stage not found',
    );
  });

  it('publishes a draft template, exports from its published snapshot and packages it', async () => {
    const draft = findSeededTemplate(api.store, SEEDED_TEMPLATE_KEYS.draft);
    expect(draft.status).toBe('draft');
    const published = await api.client.templates.publish(draft.id);
    const snapshotId = published.published_snapshot_id ?? '';
    expect(api.store.templates.engine.getSnapshot(snapshotId)?.status).toBe('published');
    const x = await as('user-member').exports.create(qpcr, {
      workflow_template_id: published.id,
      workflow_template_snapshot_id: snapshotId,
    });
    expect(x.workflow_template_snapshot).toMatchObject({ status: 'published' });
    expect(x.approval_stages).toMatchObject([
      { name: 'Library QC', required_role: 'lead', sla_hours: 36 },
    ]);
    const done = await as('user-lead').exports.approve(qpcr, x.id, {
      status: 'approved',
      signature: 'Lee Lead',
    });
    expect(done.artifact_status).toBe('ready');
    const audit = api.store.templates.engine.auditLog(published.id).map((row) => row.action);
    expect(audit).toContain('export.snapshot.bound');
  });
});
