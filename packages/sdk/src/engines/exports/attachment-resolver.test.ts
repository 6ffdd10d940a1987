import { describe, expect, it } from 'vitest';
import { ExportAttachmentInputSchema } from '../../schemas/exports/evidence-attachment';
import { refusalOf } from '../shared/fixtures/refusal';
import { resolveExportAttachments } from './attachment-resolver';
import { createExportWorld } from './fixtures/export-world';

function setup() {
  const world = createExportWorld();
  const own = world.events.append({
    execution_id: 'exec-1',
    event_type: 'step.completed',
    payload: { title: 'Step 2' },
  });
  const foreign = world.events.append({
    execution_id: 'exec-2',
    event_type: 'step.completed',
    payload: {},
  });
  const analytics = world.events.append({
    execution_id: 'exec-1',
    event_type: 'analytics.snapshot.captured',
    payload: { metrics: { yield: 0.9, purity: 0.99 } },
  });
  const qc = world.events.append({
    execution_id: 'exec-1',
    event_type: 'qc.metric.recorded',
    payload: { readings: [1, 2, 6], attempt: 1 },
  });
  const remediation = world.events.append({
    execution_id: 'exec-1',
    event_type: 'remediation.report.filed',
    payload: { actions: ['recalibrate'] },
  });
  let n = 0;
  const resolve = (inputs: unknown[]) =>
    resolveExportAttachments(
      world,
      'exec-1',
      inputs.map((i) => ExportAttachmentInputSchema.parse(i)),
      {
        now: '2025-01-06T09:00:00.000Z',
        newId: () => `att-${++n}`,
      },
    );
  return { world, own, foreign, analytics, qc, remediation, resolve };
}

describe('resolveExportAttachments', () => {
  it('freezes snapshots for every evidence type', () => {
    const { own, analytics, qc, remediation, resolve } = setup();
    const out = resolve([
      { event_id: own.id },
      { type: 'file', reference_id: 'file-1', context: { picker: 'files' } },
      { notebook_entry_id: 'nb-1', label: 'Notebook' },
      { analytics_event_id: analytics.id },
      { qc_event_id: qc.id },
      { type: 'remediation_report', reference_id: remediation.id },
    ]);
    expect(out.map((a) => a.evidence_type)).toEqual([
      'timeline_event',
      'file',
      'notebook_entry',
      'analytics_snapshot',
      'qc_metric',
      'remediation_report',
    ]);
    expect(out[0]).toMatchObject({ label: 'Step 2', reference_id: own.id, file: null });
    expect(out[1]?.hydration_context).toEqual({ execution_id: 'exec-1', picker: 'files' });
    expect(out[1]?.file?.filename).toBe('plate map.csv');
    expect(out[1]?.file).not.toHaveProperty('content');
    expect(out[2]?.snapshot).toMatchObject({
      title: 'Day 1 notes',
      author_id: 'u-runner',
      author_name: 'Runner',
      preview: 'Plated 96 wells.',
    });
    expect(out[3]?.snapshot.metric_rollup).toEqual({ count: 2, keys: ['purity', 'yield'] });
    expect(out[4]?.snapshot.readings_summary).toEqual({ min: 1, max: 6, avg: 3 });
    expect(out[5]?.snapshot.actions).toEqual(['recalibrate']);
  });
  it('refuses events of other executions, unknown items and wrong domains', () => {
    const { foreign, own, resolve } = setup();
    expect(refusalOf(() => resolve([{ event_id: foreign.id }]))).toEqual([
      404,
      'Referenced timeline event not found for export attachment',
    ]);
    expect(refusalOf(() => resolve([{ event_id: 'evt-missing' }]))[0]).toBe(404);
    expect(refusalOf(() => resolve([{ file_id: 'nope' }]))[0]).toBe(404);
    expect(refusalOf(() => resolve([{ notebook_entry_id: 'nope' }]))[0]).toBe(404);
    expect(refusalOf(() => resolve([{ qc_event_id: own.id }]))[0]).toBe(422);
  });
  it('needs exactly one identifier that matches the type (422) and a supported type (400)', () => {
    const { own, resolve } = setup();
    expect(refusalOf(() => resolve([{ type: 'video', reference_id: 'v' }]))).toEqual([
      400,
      'Unsupported attachment type',
    ]);
    expect(refusalOf(() => resolve([{}]))[0]).toBe(422);
    expect(refusalOf(() => resolve([{ event_id: own.id, file_id: 'file-1' }]))[0]).toBe(422);
    expect(refusalOf(() => resolve([{ type: 'file', event_id: own.id }]))[0]).toBe(422);
    expect(refusalOf(() => resolve([{ reference_id: own.id }]))[0]).toBe(422);
  });
});
