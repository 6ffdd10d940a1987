import { describe, expect, it } from 'vitest';
import { createStore } from '../store/create-store';
import { findSeededBaseline, SEEDED_BASELINE_SCENARIOS } from './baselines';
import { findSeededExport, SEEDED_EXPORT_SCENARIOS } from './exports';
import { SEEDED_EXECUTIONS, seededExecutionIds } from './lab-directory';
import { findSeededTemplate, SEEDED_TEMPLATE_KEYS } from './templates';

describe('seeded BioLabs world (seed 001)', () => {
  const store = createStore();

  it('is the same world for the same seed, and another for another seed', () => {
    expect(createStore({ seed: 1 }).snapshot()).toEqual(store.snapshot());
    expect(createStore({ seed: 2 }).snapshot()).not.toEqual(store.snapshot());
  });

  it('has every export scenario in its documented state', () => {
    const state = Object.fromEntries(
      SEEDED_EXPORT_SCENARIOS.map((scenario) => {
        const x = findSeededExport(store, scenario);
        return [
          scenario,
          [x.approval_status, x.artifact_status, x.approval_stages.map((s) => s.status).join('/')],
        ];
      }),
    );
    expect(state).toEqual({
      expired_artifact: ['approved', 'expired', 'approved'],
      packaging_failed: ['approved', 'failed', 'approved'],
      ready: ['approved', 'ready', 'approved'],
      rejected: ['rejected', 'queued', 'rejected'],
      mid_ladder: ['pending', 'queued', 'approved/in_progress/pending'],
      delegated: ['pending', 'queued', 'in_progress/delegated'],
      pending_first_stage: ['pending', 'queued', 'in_progress/pending'],
      remediation_reset: ['pending', 'queued', 'approved/in_progress'],
      packaging_retrying: ['approved', 'retrying', 'approved'],
      overdue_escalated: ['pending', 'queued', 'in_progress'],
    });
    expect(findSeededExport(store, 'packaging_failed').packaging_attempts).toBe(5);
    const overdue = findSeededExport(store, 'overdue_escalated').approval_stages[0];
    expect(overdue?.overdue_notified_at).toBeTruthy();
    expect(overdue?.actions.map((a) => a.action_type)).toEqual(['escalated']);
    expect(findSeededExport(store, 'ready').attachments.map((a) => a.evidence_type)).toEqual([
      'notebook_entry',
      'file',
      'analytics_snapshot',
      'qc_metric',
      'remediation_report',
      'timeline_event',
    ]);
  });

  it('has templates and baselines at every lifecycle state', () => {
    const versions = (key: string) =>
      store.templates.engine.store
        .listTemplates()
        .filter((t) => t.template_key === key)
        .sort((a, b) => a.version - b.version)
        .map((t) => `${t.status}${t.is_latest ? '*' : ''}`);
    expect(versions(SEEDED_TEMPLATE_KEYS.qpcr)).toEqual(['published', 'published', 'draft*']);
    expect(versions(SEEDED_TEMPLATE_KEYS.culture)).toEqual(['published*']);
    expect(versions(SEEDED_TEMPLATE_KEYS.draft)).toEqual(['draft*']);
    expect(versions(SEEDED_TEMPLATE_KEYS.archived)).toEqual(['archived']);
    const v2 = findSeededTemplate(store, SEEDED_TEMPLATE_KEYS.qpcr, 2);
    expect(store.templates.engine.getSnapshot(v2.published_snapshot_id ?? '')?.status).toBe(
      'published',
    );
    const baselineStates = SEEDED_BASELINE_SCENARIOS.map((s) => {
      const b = findSeededBaseline(store, s);
      return `${b.status}${b.is_current ? '*' : ''}`;
    });
    expect(baselineStates).toEqual([
      'published',
      'published*',
      'rolled_back',
      'submitted',
      'published*',
      'rejected',
      'approved',
      'submitted',
    ]);
  });

  it('emits the preview summaries analytics consumes, one per preview run', () => {
    const mine = new Set(seededExecutionIds(1));
    const previews = store.events
      .list({ type_prefix: 'governance.preview.summary' })
      .filter((e) => mine.has(e.execution_id));
    // Four fixed runs (two on exec-qpcr-001) plus one per batch execution.
    expect(previews.length).toBe(4 + mine.size - 5);
    const report = store.analytics.engine.compute('user-admin', {
      execution_id: SEEDED_EXECUTIONS.qpcr,
    }).report;
    expect(report.results).toHaveLength(2);
    expect(report.totals.preview_count).toBe(2);
  });

  it('scales: 0 seeds only the directory executions, bigger scales more of everything', () => {
    const empty = createStore({ scale: 0 });
    expect(empty.directory.getExecution(SEEDED_EXECUTIONS.qpcr)).toBeDefined();
    expect(empty.exports.engine.deps.store.list()).toEqual([]);
    expect(empty.templates.engine.store.listTemplates()).toEqual([]);
    expect(empty.baselines.engine.store.list()).toEqual([]);
    expect(empty.evidence.catalog.listNotebookEntries()).toEqual([]);
    const big = createStore({ scale: 3 });
    const count = (s: typeof store) => ({
      exports: s.exports.engine.deps.store.list().length,
      baselines: s.baselines.engine.store.list().length,
      notebook: s.evidence.catalog.listNotebookEntries().length,
      evidence: s.events.list({ type_prefix: 'qc.metric' }).length,
    });
    const small = count(store);
    const large = count(big);
    for (const key of Object.keys(small) as Array<keyof typeof small>) {
      expect(large[key]).toBeGreaterThan(small[key]);
    }
  });
});
