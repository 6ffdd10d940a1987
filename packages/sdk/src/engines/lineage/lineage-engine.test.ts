import { describe, expect, it } from 'vitest';
import type { LineageCaptureInputRaw } from '../../schemas/lineage/lineage-capture';
import { LineageLogsResponseSchema } from '../../schemas/lineage/lineage-logs';
import { LineageRecordSchema } from '../../schemas/lineage/lineage-record';
import { parseContract } from '../../schemas/shared/parse-mode';
import { createManualClock } from '../shared/clock';
import { refusal } from '../shared/fixtures/refusal';
import { createSequentialIdGenerator } from '../shared/id-generator';
import { decompressLineageBundle } from './lineage-compression';
import { createLineageEngine } from './lineage-engine';
import { createInMemoryLineageStore } from './lineage-store';

const EVENTS = Array.from({ length: 7 }, (_, i) => ({
  timestamp: `2026-02-03T10:00:0${i}.000Z`,
  type: 'info',
  message: `step ${i}`,
}));

const INPUT: LineageCaptureInputRaw = {
  report_generation_id: 'rep-1',
  lead_id: 'lead-1',
  pipeline_run_id: 'run-1',
  template_version_id: 'v1.0.0',
  pipeline_start_time: '2026-02-03T10:00:00.000Z',
  pipeline_end_time: '2026-02-03T10:00:45.200Z',
  pipeline_logs: { events: EVENTS, summary: { total_events: 7, error_count: 0, success: true } },
  raw_inputs: { assessment_data: { score: 87 }, enrichment_data: { industry: 'hvac' } },
  report: { status: 'completed' },
};

const CTX = { user_id: 'u-1', ip_address: '10.0.0.1', user_agent: 'vitest' };

function setup() {
  const clock = createManualClock('2026-02-03T11:00:00.000Z');
  const store = createInMemoryLineageStore();
  const engine = createLineageEngine({ clock, ids: createSequentialIdGenerator(), store });
  return { clock, store, engine };
}

describe('captureReport', () => {
  it('records the report and its lineage together', () => {
    const { engine } = setup();
    const { report, lineage } = engine.captureReport(INPUT);
    expect(parseContract(LineageRecordSchema, lineage, { mode: 'strict' })).toEqual(lineage);
    expect(report).toMatchObject({ id: 'rep-1', lead_id: 'lead-1', data: { status: 'completed' } });
    expect(lineage).toMatchObject({
      report_generation_id: 'rep-1',
      pipeline_duration_seconds: 45.2,
      access_count: 0,
      last_accessed_at: null,
      created_at: '2026-02-03T11:00:00.000Z',
    });
    expect(lineage.compression_ratio).toBeGreaterThan(0);
    expect(lineage.compression_ratio).toBeLessThanOrEqual(100);
    const row = engine.store.getLineage(lineage.lineage_id);
    expect(row?.raw_inputs_size_bytes).toBe(row?.raw_inputs_compressed?.length);
    expect(row?.pipeline_logs).toEqual({ total_events: 7, error_count: 0, success: true });
    expect(decompressLineageBundle(row?.raw_inputs_compressed)).toEqual({
      lead_id: 'lead-1',
      pipeline_run_id: 'run-1',
      template_version_id: 'v1.0.0',
      pipeline_start_time: INPUT.pipeline_start_time,
      pipeline_end_time: INPUT.pipeline_end_time,
      pipeline_logs: INPUT.pipeline_logs,
      raw_inputs: INPUT.raw_inputs,
    });
    expect(engine.getReport('rep-1')).toEqual(report);
  });

  it('generates the report id when none is given', () => {
    const { engine } = setup();
    const { report, lineage } = engine.captureReport({ ...INPUT, report_generation_id: undefined });
    expect(report.id).toMatch(/^report-/);
    expect(lineage.report_generation_id).toBe(report.id);
  });

  it('refuses a second lineage for the same report (409) and writes nothing', () => {
    const { engine } = setup();
    engine.captureReport(INPUT);
    expect(refusal(() => engine.captureReport(INPUT))).toMatchObject({
      status: 409,
      detail: 'Lineage already exists for this report',
    });
    expect(engine.store.listLineages()).toHaveLength(1);
  });

  it.each([
    ['missing ids', { ...INPUT, lead_id: '' }],
    ['unknown fields', { ...INPUT, surprise: true }],
    ['bad times', { ...INPUT, pipeline_end_time: 'later' }],
    ['end before start', { ...INPUT, pipeline_end_time: '2026-02-03T09:00:00.000Z' }],
  ])('rejects %s with 422 and leaves nothing written', (_label, input) => {
    const { engine } = setup();
    expect(refusal(() => engine.captureReport(input as LineageCaptureInputRaw)).status).toBe(422);
    expect(engine.store.listLineages()).toEqual([]);
    expect(engine.getReport('rep-1')).toBeUndefined();
  });

  it('fails with 413 lineage_too_large and leaves neither report nor lineage behind', () => {
    const { engine } = setup();
    let state = 7;
    const bytes = new Uint8Array(3_000_000);
    for (let i = 0; i < bytes.length; i += 1) {
      state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
      bytes[i] = 33 + ((state >>> 24) % 90);
    }
    const huge = new TextDecoder().decode(bytes);
    const error = refusal(() => engine.captureReport({ ...INPUT, lead_id: huge }));
    expect(error).toMatchObject({ status: 413, code: 'lineage_too_large' });
    expect(engine.store.listLineages()).toEqual([]);
    expect(engine.getReport('rep-1')).toBeUndefined();
  });
});

describe('queries and the access trail', () => {
  it('gets a lineage by report id, audits view_lineage and bumps the counters', () => {
    const { clock, engine } = setup();
    const { lineage } = engine.captureReport(INPUT);
    clock.advance(60_000);
    const viewed = engine.getByReportId('rep-1', CTX);
    expect(viewed).toMatchObject({ access_count: 1, last_accessed_at: '2026-02-03T11:01:00.000Z' });
    expect(engine.listAudit(lineage.lineage_id).items).toEqual([
      {
        id: expect.stringMatching(/^audit-/),
        lineage_id: lineage.lineage_id,
        action: 'view_lineage',
        user_id: 'u-1',
        ip_address: '10.0.0.1',
        user_agent: 'vitest',
        accessed_at: '2026-02-03T11:01:00.000Z',
      },
    ]);
    expect(refusal(() => engine.getByReportId('nope'))).toMatchObject({
      status: 404,
      detail: 'Lineage not found for this report',
    });
  });

  it('serves the full event list page by page, with the summary column and raw inputs', () => {
    const { engine } = setup();
    const { lineage } = engine.captureReport(INPUT);
    const first = engine.getLogs(lineage.lineage_id, { limit: 3 }, CTX);
    expect(parseContract(LineageLogsResponseSchema, first, { mode: 'strict' })).toEqual(first);
    expect(first).toMatchObject({
      lineage_id: lineage.lineage_id,
      report_id: 'rep-1',
      pipeline_logs: { total_events: 7, error_count: 0, success: true },
      logs: { total_events: 7, error_count: 0, success: true },
      raw_inputs: INPUT.raw_inputs,
      truncated: false,
      events: EVENTS.slice(0, 3),
      events_total: 7,
      events_offset: 0,
    });
    expect(first.log_size).toBe(JSON.stringify(INPUT.pipeline_logs).length);
    const second = engine.getLogs(lineage.lineage_id, {
      limit: 3,
      cursor: first.next_cursor ?? '',
    });
    const third = engine.getLogs(lineage.lineage_id, {
      limit: 3,
      cursor: second.next_cursor ?? '',
    });
    expect([...first.events, ...second.events, ...third.events]).toEqual(EVENTS);
    expect(third.next_cursor).toBeNull();
    expect(engine.getLogs(lineage.lineage_id, { offset: 6 }).events).toEqual(EVENTS.slice(6));
    expect(engine.listAudit(lineage.lineage_id).items.map((e) => e.action)).toEqual(
      Array(4).fill('view_logs'),
    );
    expect(refusal(() => engine.getLogs('nope')).detail).toBe('Lineage not found');
    expect(refusal(() => engine.getLogs(lineage.lineage_id, { cursor: 'bogus' })).status).toBe(400);
    expect(engine.listAudit(lineage.lineage_id).items).toHaveLength(4);
  });

  it('pages list-shaped logs too', () => {
    const { engine } = setup();
    const { lineage } = engine.captureReport({ ...INPUT, pipeline_logs: EVENTS });
    const logs = engine.getLogs(lineage.lineage_id);
    expect(logs).toMatchObject({
      pipeline_logs: {},
      events: EVENTS,
      events_total: 7,
      next_cursor: null,
    });
  });

  it('downloads the stored bundle with a quoted file name and audits it', () => {
    const { engine } = setup();
    const { lineage } = engine.captureReport(INPUT);
    const file = engine.download(lineage.lineage_id, CTX);
    const id = lineage.lineage_id;
    expect(file).toMatchObject({
      filename: `lineage_${id}_raw_inputs.json.gz`,
      content_type: 'application/gzip',
      content_disposition: `attachment; filename="lineage_${id}_raw_inputs.json.gz"`,
      content_length: file.bytes.length,
    });
    expect(file.bytes).toEqual(engine.store.getLineage(id)?.raw_inputs_compressed);
    expect(engine.listAudit(id).items[0]?.action).toBe('download_raw_inputs');
    expect(engine.getByReportId('rep-1').access_count).toBe(2);
  });

  it('answers 404 for a lineage without a blob, after auditing the attempt', () => {
    const { engine, store } = setup();
    const { lineage } = engine.captureReport(INPUT);
    const row = store.getLineage(lineage.lineage_id);
    if (!row) throw new Error('missing row');
    const bare = createInMemoryLineageStore();
    bare.insertCapture(engine.getReport('rep-1') as never, { ...row, raw_inputs_compressed: null });
    const other = createLineageEngine({
      clock: createManualClock(0),
      ids: createSequentialIdGenerator(),
      store: bare,
    });
    expect(refusal(() => other.download(row.id))).toMatchObject({
      status: 404,
      detail: 'No raw inputs available for this lineage',
    });
    expect(other.listAudit(row.id).items.map((e) => e.action)).toEqual(['download_raw_inputs']);
    expect(refusal(() => engine.download('nope')).detail).toBe('Lineage not found');
  });

  it('searches with paging and audits one search_lineage row per returned record', () => {
    const { clock, engine } = setup();
    for (let i = 0; i < 5; i += 1) {
      engine.captureReport({
        ...INPUT,
        report_generation_id: `rep-${i}`,
        lead_id: i % 2 ? 'odd' : 'even',
      });
      clock.advance(1_000);
    }
    const page = engine.search({ lead_id: 'even', limit: 2 }, CTX);
    expect(page.items.map((r) => r.report_generation_id)).toEqual(['rep-4', 'rep-2']);
    expect(page.items.every((r) => r.access_count === 1)).toBe(true);
    const rest = engine.search({ lead_id: 'even', limit: 2, cursor: page.next_cursor ?? '' });
    expect(rest).toMatchObject({ next_cursor: null });
    expect(rest.items.map((r) => r.report_generation_id)).toEqual(['rep-0']);
    const audited = engine.listAudit(page.items[0]?.lineage_id ?? '').items;
    expect(audited.map((e) => e.action)).toEqual(['search_lineage']);
    expect(refusal(() => engine.search({ start_date: 'soon' })).detail).toBe(
      'Invalid start_date format',
    );
    expect(refusal(() => engine.search({ limit: 1001 })).status).toBe(422);
  });

  it('computes stats without auditing', () => {
    const { clock, engine } = setup();
    engine.captureReport(INPUT);
    clock.advance(25 * 3_600_000);
    engine.captureReport({ ...INPUT, report_generation_id: 'rep-2', template_version_id: 'v2' });
    const stats = engine.getStats();
    expect(stats).toMatchObject({
      total_records: 2,
      recent_records_24h: 1,
      template_distribution: [
        { version: 'v1.0.0', count: 1 },
        { version: 'v2', count: 1 },
      ],
    });
    expect(engine.store.listLineages().every((row) => row.access_count === 0)).toBe(true);
  });

  it('deletes a lineage with its audit rows and report', () => {
    const { engine } = setup();
    const { lineage } = engine.captureReport(INPUT);
    engine.getByReportId('rep-1');
    expect(engine.deleteLineage(lineage.lineage_id)).toEqual({
      message: `Lineage ${lineage.lineage_id} deleted successfully`,
    });
    expect(engine.store.listAudit(lineage.lineage_id)).toEqual([]);
    expect(engine.getReport('rep-1')).toBeUndefined();
    expect(refusal(() => engine.deleteLineage(lineage.lineage_id)).status).toBe(404);
    expect(refusal(() => engine.listAudit(lineage.lineage_id)).status).toBe(404);
    // The report can be captured again once its lineage is gone.
    expect(engine.captureReport(INPUT).report.id).toBe('rep-1');
  });
});
