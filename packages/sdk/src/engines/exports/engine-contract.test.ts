import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { BaselineCollectionSchema, BaselineSchema } from '../../schemas/baselines/baseline';
import {
  DataEvidencePageSchema,
  NotebookEvidencePageSchema,
} from '../../schemas/evidence/evidence-item';
import {
  NarrativeExportJobsSchema,
  NarrativeExportListSchema,
  NarrativeExportSchema,
} from '../../schemas/exports/narrative-export';
import { ExperimentPreviewResponseSchema } from '../../schemas/preview/preview-response';
import { safeParseContract } from '../../schemas/shared/parse-mode';
import { TemplateAssignmentListSchema } from '../../schemas/templates/template-assignment';
import {
  TemplateAuditLogEntrySchema,
  WorkflowTemplateListSchema,
  WorkflowTemplateSchema,
  WorkflowTemplateSnapshotSchema,
} from '../../schemas/templates/workflow-template';
import { createBaselineEngine } from '../baselines/baseline-engine';
import { createEvidenceDiscovery } from '../evidence/evidence-discovery';
import { createExperimentPreviewEngine } from '../preview/experiment-preview';
import { createExportWorld } from './fixtures/export-world';
import { ACTORS } from './fixtures/seed-001-world';

function strictIssues(schema: z.ZodType, value: unknown) {
  const result = safeParseContract(schema, value, { mode: 'strict' });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('seed 001 engine outputs satisfy their response contracts in strict mode', () => {
  it('templates, snapshots, assignments and audit rows', () => {
    const w = createExportWorld();
    const t = w.templates.create(ACTORS.admin, {
      template_key: 'qa',
      name: 'QA',
      stage_blueprint: [{ required_role: 'reviewer', sla_hours: 2, stage_step_indexes: [1] }],
      publish: true,
    });
    w.templates.createAssignment(ACTORS.admin, t.id, { team_id: 'team-lab' });
    expect(strictIssues(WorkflowTemplateSchema, t)).toEqual([]);
    expect(
      strictIssues(
        WorkflowTemplateListSchema,
        w.templates.list(ACTORS.admin, { include_all: true }),
      ),
    ).toEqual([]);
    expect(
      strictIssues(
        WorkflowTemplateSnapshotSchema,
        w.templates.getSnapshot(t.published_snapshot_id as string),
      ),
    ).toEqual([]);
    expect(
      strictIssues(TemplateAssignmentListSchema, w.templates.listAssignments(ACTORS.admin, t.id)),
    ).toEqual([]);
    for (const row of w.templates.auditLog())
      expect(strictIssues(TemplateAuditLogEntrySchema, row)).toEqual([]);
  });

  it('narrative exports through their whole lifecycle, the list and the jobs telemetry', () => {
    const w = createExportWorld();
    const own = w.events.append({
      execution_id: 'exec-1',
      event_type: 'qc.metric.recorded',
      payload: { readings: [1, 2] },
    });
    const x = w.exports.create(ACTORS.runner, 'exec-1', {
      attachments: [{ file_id: 'file-1' }, { notebook_entry_id: 'nb-1' }, { qc_event_id: own.id }],
      approval_stages: [
        { required_role: 'reviewer', sla_hours: 1, assignee_id: ACTORS.assignee },
        { required_role: 'approver' },
      ],
    });
    expect(strictIssues(NarrativeExportSchema, x)).toEqual([]);
    w.exports.delegate(ACTORS.assignee, 'exec-1', x.id, x.approval_stages[0]?.id as string, {
      delegate_id: ACTORS.delegate,
    });
    w.clock.advance(2 * 3_600_000);
    w.exports.checkOverdueStages();
    w.exports.approve(ACTORS.delegate, 'exec-1', x.id, { status: 'approved', signature: 's' });
    const done = w.exports.approve(ACTORS.approver, 'exec-1', x.id, {
      status: 'approved',
      signature: 's',
    });
    expect(strictIssues(NarrativeExportSchema, done)).toEqual([]);
    w.exports.runPackagingJobs();
    expect(
      strictIssues(NarrativeExportListSchema, w.exports.list(ACTORS.runner, 'exec-1')),
    ).toEqual([]);
    expect(strictIssues(NarrativeExportJobsSchema, w.exports.jobs(ACTORS.runner))).toEqual([]);
  });

  it('baselines, evidence pages and previews', () => {
    const w = createExportWorld();
    const baselines = createBaselineEngine(w);
    const b = baselines.submit(ACTORS.runner, {
      execution_id: 'exec-1',
      name: 'b',
      labels: [{ key: 'k', value: 'v' }],
    });
    baselines.review(ACTORS.admin, b.id, { decision: 'approve' });
    expect(strictIssues(BaselineSchema, baselines.publish(ACTORS.admin, b.id))).toEqual([]);
    expect(strictIssues(BaselineCollectionSchema, baselines.list(ACTORS.admin))).toEqual([]);
    w.events.append({
      execution_id: 'exec-1',
      event_type: 'analytics.snapshot.captured',
      payload: { attempt: 1 },
    });
    const discovery = createEvidenceDiscovery(w);
    expect(
      strictIssues(NotebookEvidencePageSchema, discovery.notebook(ACTORS.runner, { limit: 1 })),
    ).toEqual([]);
    expect(strictIssues(DataEvidencePageSchema, discovery.data(ACTORS.runner))).toEqual([]);
    const t = w.templates.create(ACTORS.admin, {
      template_key: 'p',
      name: 'P',
      stage_blueprint: [{ required_role: 'lead' }],
      publish: true,
    });
    const preview = createExperimentPreviewEngine({ ...w, templates: w.templates.store });
    const out = preview.preview(ACTORS.runner, 'exec-1', {
      workflow_template_snapshot_id: t.published_snapshot_id as string,
      stage_overrides: [{ index: 0, sla_hours: 3 }],
    });
    expect(strictIssues(ExperimentPreviewResponseSchema, out)).toEqual([]);
  });
});
