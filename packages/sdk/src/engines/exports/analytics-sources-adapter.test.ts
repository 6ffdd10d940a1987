import { describe, expect, it } from 'vitest';
import { createGovernanceAnalyticsEngine } from '../analytics/governance-analytics-engine';
import { createBaselineEngine } from '../baselines/baseline-engine';
import { createExperimentPreviewEngine } from '../preview/experiment-preview';
import { createAnalyticsSourcesAdapter } from './analytics-sources-adapter';
import { createExportWorld } from './fixtures/export-world';
import { ACTORS } from './fixtures/seed-001-world';

function setup() {
  const w = createExportWorld();
  const baselines = createBaselineEngine(w);
  const sources = createAnalyticsSourcesAdapter({
    baselines: baselines.store,
    exports: w.exports.deps.store,
  });
  return { ...w, baselines, sources };
}

describe('seed 001 analytics sources', () => {
  it('lists baselines and export ladders of the requested executions only', () => {
    const { baselines, exports, sources } = setup();
    const b = baselines.submit(ACTORS.runner, {
      execution_id: 'exec-1',
      name: 'b',
      reviewer_ids: [ACTORS.reviewer],
    });
    baselines.submit(ACTORS.manager, { execution_id: 'exec-2', name: 'other' });
    const x = exports.create(ACTORS.runner, 'exec-1', {
      approval_stages: [{ required_role: 'reviewer', sla_hours: 1 }],
    });
    expect(sources.listBaselines(['exec-1'])).toEqual([
      expect.objectContaining({
        id: b.id,
        status: 'submitted',
        reviewer_ids: [ACTORS.reviewer],
        submitted_at: b.submitted_at,
      }),
    ]);
    expect(sources.listExports(['exec-1'])).toEqual([
      {
        id: x.id,
        execution_id: 'exec-1',
        approval_stages: [
          {
            id: x.approval_stages[0]?.id,
            sequence_index: 1,
            required_role: 'reviewer',
            status: 'in_progress',
            due_at: '2025-01-06T10:00:00.000Z',
            started_at: '2025-01-06T09:00:00.000Z',
            completed_at: null,
            overdue_notified_at: null,
          },
        ],
      },
    ]);
    expect(sources.listExports(['exec-2'])).toEqual([]);
  });

  it('feeds governance analytics end to end with a preview, a baseline and an approval ladder', () => {
    const w = setup();
    const t = w.templates.create(ACTORS.admin, {
      template_key: 'qa',
      name: 'QA',
      stage_blueprint: [{ required_role: 'reviewer', sla_hours: 2 }],
      publish: true,
    });
    const preview = createExperimentPreviewEngine({ ...w, templates: w.templates.store });
    preview.preview(ACTORS.runner, 'exec-1', {
      workflow_template_snapshot_id: t.published_snapshot_id as string,
    });
    const b = w.baselines.submit(ACTORS.runner, {
      execution_id: 'exec-1',
      name: 'b',
      reviewer_ids: [ACTORS.reviewer],
    });
    w.clock.advance(60 * 60_000);
    w.baselines.review(ACTORS.reviewer, b.id, { decision: 'approve' });
    w.baselines.publish(ACTORS.reviewer, b.id);
    const x = w.exports.create(ACTORS.runner, 'exec-1', {
      approval_stages: [{ required_role: 'reviewer', sla_hours: 1 }],
    });
    w.clock.advance(2 * 60 * 60_000);
    w.exports.checkOverdueStages();
    const analytics = createGovernanceAnalyticsEngine({ ...w, sources: w.sources });
    const report = analytics.retrieve(ACTORS.admin, { execution_id: 'exec-1' }) as Record<
      string,
      unknown
    >;
    const results = report.results as Array<Record<string, unknown>>;
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      execution_id: 'exec-1',
      stage_count: 1,
      baseline_version_count: 1,
      approval_latency_minutes: 60,
    });
    const meta = report.meta as { approval_stage_metrics?: Record<string, unknown> };
    expect(Object.keys(meta.approval_stage_metrics ?? {})).toEqual([x.id]);
  });
});
