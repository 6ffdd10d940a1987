import { describe, expect, it } from 'vitest';
import { PreviewSummaryPayloadSchema } from '../../schemas/preview/preview-summary';
import { safeParseContract } from '../../schemas/shared/parse-mode';
import { ACTORS, createSeed001World } from '../exports/fixtures/seed-001-world';
import { refusalOf } from '../shared/fixtures/refusal';
import { createWorkflowTemplateEngine } from '../templates/workflow-template-engine';
import { createExperimentPreviewEngine } from './experiment-preview';

function setup() {
  const world = createSeed001World();
  const templates = createWorkflowTemplateEngine(world);
  const template = templates.create(ACTORS.admin, {
    template_key: 'qa',
    name: 'QA ladder',
    default_stage_sla_hours: 48,
    stage_blueprint: [
      {
        name: 'Review',
        required_role: 'reviewer',
        sla_hours: 12,
        stage_step_indexes: [1],
        metadata: { assignee_id: ACTORS.reviewer },
      },
      { name: 'Sign-off', required_role: 'manager' },
    ],
    publish: true,
  });
  const preview = createExperimentPreviewEngine({
    ...world,
    templates: templates.store,
    resources: { exists: (_kind, id) => id.startsWith('ok-') },
  });
  return {
    ...world,
    templates,
    template,
    snapshotId: template.published_snapshot_id as string,
    preview,
  };
}

describe('experiment preview', () => {
  it('simulates the ladder: step mapping, blockers, cumulative due dates, baseline comparison', () => {
    const { preview, snapshotId } = setup();
    const out = preview.preview(ACTORS.runner, 'exec-1', {
      workflow_template_snapshot_id: snapshotId,
    });
    expect(out).toMatchObject({
      execution_id: 'exec-1',
      snapshot_id: snapshotId,
      baseline_snapshot_id: snapshotId,
      generated_at: '2025-01-06T09:00:00.000Z',
      template_name: 'QA ladder',
      template_version: 1,
      resource_warnings: [],
    });
    // Step 1 is explicit; unclaimed steps 0, 2, 3 are dealt round-robin: 0 → Review, 2 → Sign-off, 3 → Review.
    expect(
      out.stage_insights.map((i) => [i.index, i.status, i.mapped_step_indexes, i.blockers]),
    ).toEqual([
      [0, 'blocked', [0, 1, 3], ['Reagent lot missing']],
      [1, 'ready', [2], []],
    ]);
    expect(out.stage_insights.map((i) => [i.sla_hours, i.projected_due_at])).toEqual([
      [12, '2025-01-06T21:00:00.000Z'],
      [48, '2025-01-08T21:00:00.000Z'],
    ]);
    expect(out.stage_insights[0]).toMatchObject({
      assignee_id: ACTORS.reviewer,
      baseline_status: 'blocked',
      delta_status: 'unchanged',
      delta_sla_hours: 0,
      delta_projected_due_minutes: 0,
    });
    expect(out.narrative_preview.startsWith('# Governance Preview\n')).toBe(true);
    expect(out.narrative_preview).toContain('## Stage 1: Review');
    expect(out.narrative_preview).toContain('- Blockers: Reagent lot missing');
  });

  it('applies stage overrides and reports the documented warnings', () => {
    const { preview, snapshotId } = setup();
    const out = preview.preview(ACTORS.runner, 'exec-1', {
      workflow_template_snapshot_id: snapshotId,
      stage_overrides: [
        { index: 1, sla_hours: 24, assignee_id: 'ghost-user' },
        { index: 5, sla_hours: 1 },
      ],
      resource_overrides: { inventory_item_ids: ['ok-1', 'missing-1'] },
    });
    expect(out.resource_warnings).toEqual([
      'User override ghost-user not found; preview uses placeholder',
      'Stage override for index 5 ignored; blueprint has 2 stages',
      'Inventory item missing-1 not found; preview ignores it',
    ]);
    expect(out.stage_insights[1]).toMatchObject({
      sla_hours: 24,
      assignee_id: 'ghost-user',
      projected_due_at: '2025-01-07T21:00:00.000Z',
      baseline_sla_hours: 48,
      delta_sla_hours: -24,
      delta_projected_due_minutes: -1440,
    });
    expect(out.narrative_preview).toContain('## Warnings');
  });

  it('emits governance.preview.summary exactly as analytics reads it and audits the preview', () => {
    const { preview, snapshotId, events, templates, template } = setup();
    preview.preview(ACTORS.runner, 'exec-1', {
      workflow_template_snapshot_id: snapshotId,
      stage_overrides: [{ index: 1, sla_hours: 24 }],
    });
    const [event] = events.list({ type_prefix: 'governance.preview.summary' });
    expect(event).toMatchObject({ execution_id: 'exec-1', actor_id: ACTORS.runner });
    const parsed = safeParseContract(PreviewSummaryPayloadSchema, event?.payload, {
      mode: 'strict',
    });
    expect(parsed.success).toBe(true);
    expect(event?.payload).toEqual({
      generated_at: '2025-01-06T09:00:00.000Z',
      snapshot_id: snapshotId,
      baseline_snapshot_id: snapshotId,
      stage_count: 2,
      blocked_stage_count: 1,
      blocked_stage_indexes: [0],
      override_count: 1,
      new_blocker_count: 0,
      resolved_blocker_count: 0,
      resource_warning_count: 0,
      delta_projection_minutes: [0, -1440],
      stage_predictions: [
        {
          index: 0,
          status: 'blocked',
          projected_due_at: '2025-01-06T21:00:00.000Z',
          baseline_projected_due_at: '2025-01-06T21:00:00.000Z',
          mapped_step_indexes: [0, 1, 3],
          delta_status: 'unchanged',
          delta_projected_due_minutes: 0,
        },
        {
          index: 1,
          status: 'ready',
          projected_due_at: '2025-01-07T21:00:00.000Z',
          baseline_projected_due_at: '2025-01-08T21:00:00.000Z',
          mapped_step_indexes: [2],
          delta_status: 'unchanged',
          delta_projected_due_minutes: -1440,
        },
      ],
    });
    expect(templates.auditLog(template.id).at(-1)).toMatchObject({
      action: 'template.preview.generated',
      snapshot_id: snapshotId,
      actor_id: ACTORS.runner,
      detail: {
        execution_id: 'exec-1',
        stage_count: 2,
        blocked_stage_count: 1,
        override_indexes: [1],
        warnings: [],
      },
    });
  });

  it('diffs against a different baseline snapshot: regressions, cleared stages, blocker deltas', () => {
    const { preview, templates, template, snapshotId } = setup();
    const snapshot = templates.getSnapshot(snapshotId);
    if (!snapshot) throw new Error('missing snapshot');
    // A baseline whose first stage owns only the clean step 0 and whose second owns the blocked step 1.
    templates.store.putSnapshot({
      ...snapshot,
      id: 'snap-baseline',
      snapshot_payload: {
        ...snapshot.snapshot_payload,
        stage_blueprint: [
          {
            name: 'Review',
            required_role: 'reviewer',
            sla_hours: 6,
            stage_step_indexes: [0, 2, 3],
            stage_gate_keys: [],
            metadata: {},
          },
          {
            name: 'Sign-off',
            required_role: 'manager',
            sla_hours: null,
            stage_step_indexes: [1],
            stage_gate_keys: [],
            metadata: {},
          },
        ],
      },
    });
    templates.store.putTemplate({ ...template, published_snapshot_id: 'snap-baseline' });
    const out = preview.preview(ACTORS.runner, 'exec-1', {
      workflow_template_snapshot_id: snapshotId,
    });
    expect(out.baseline_snapshot_id).toBe('snap-baseline');
    expect(
      out.stage_insights.map((i) => [
        i.delta_status,
        i.delta_new_blockers,
        i.delta_resolved_blockers,
      ]),
    ).toEqual([
      ['regressed', ['Reagent lot missing'], []],
      ['cleared', [], ['Reagent lot missing']],
    ]);
    expect(out.stage_insights[0]?.delta_projected_due_minutes).toBe(360);
  });

  it('maps steps by gate keys', () => {
    const { preview, templates, directory } = setup();
    directory.putExecution({
      id: 'exec-gates',
      runner_id: ACTORS.runner,
      protocol_template_id: 'proto-1',
      created_at: '2025-01-05T00:00:00.000Z',
      steps: [
        {
          index: 0,
          gate_key: 'qc',
          blocked_reason: 'QC pending',
          required_actions: ['rerun'],
        } as never,
        { index: 1, gate_keys: ['release'] } as never,
      ],
    });
    const t = templates.create(ACTORS.admin, {
      template_key: 'gates',
      name: 'Gates',
      stage_blueprint: [
        { required_role: 'lead', stage_gate_keys: ['release'] },
        { required_role: 'reviewer', stage_gate_keys: ['qc'] },
      ],
      publish: true,
    });
    const out = preview.preview(ACTORS.runner, 'exec-gates', {
      workflow_template_snapshot_id: t.published_snapshot_id as string,
    });
    expect(
      out.stage_insights.map((i) => [
        i.mapped_step_indexes,
        i.status,
        i.required_actions,
        i.projected_due_at,
      ]),
    ).toEqual([
      [[1], 'ready', [], null],
      [[0], 'blocked', ['rerun'], null],
    ]);
  });

  it('refuses in BioLabs check order and records nothing', () => {
    const { preview, snapshotId, events, templates } = setup();
    const snapshot = templates.getSnapshot(snapshotId);
    if (!snapshot) throw new Error('missing snapshot');
    templates.store.putSnapshot({ ...snapshot, id: 'snap-draft', status: 'draft' });
    const audit = templates.store.listAudit().length;
    const body = { workflow_template_snapshot_id: snapshotId };
    expect(refusalOf(() => preview.preview(ACTORS.runner, 'nope', body))).toEqual([
      404,
      'Execution not found',
    ]);
    expect(refusalOf(() => preview.preview(ACTORS.runner, 'exec-bare', body))).toEqual([
      400,
      'Execution missing linked protocol template for preview',
    ]);
    expect(refusalOf(() => preview.preview(ACTORS.outsider, 'exec-1', body))).toEqual([
      403,
      'Not authorized for execution workspace',
    ]);
    expect(
      refusalOf(() =>
        preview.preview(ACTORS.runner, 'exec-1', { workflow_template_snapshot_id: 'nope' }),
      ),
    ).toEqual([404, 'Workflow template snapshot not found']);
    expect(
      refusalOf(() =>
        preview.preview(ACTORS.runner, 'exec-1', { workflow_template_snapshot_id: 'snap-draft' }),
      ),
    ).toEqual([400, 'Preview requires a published workflow template snapshot']);
    expect(refusalOf(() => preview.preview(ACTORS.runner, 'exec-1', {} as never))[0]).toBe(422);
    expect(events.list()).toEqual([]);
    expect(templates.store.listAudit()).toHaveLength(audit);
  });
});
