import { BadRequestError, gunzipJson, type LineageAuditEntry, NotFoundError } from '@govkit/sdk';
import { LINEAGE_TRUNCATION_MARKER, lineageDownloadFilename } from '@govkit/sdk/schemas';
import { describe, expect, it } from 'vitest';
import { SEEDED_LINEAGE } from '../seed/lineage';
import { HUGE_LOGS_ENTRY_COUNT } from '../seed/lineage-huge-logs';
import { HARNESS_TRANSPORTS } from '../testing/mock-api-harness';
import { useMockApiHarness } from '../testing/use-mock-api-harness';

const READER_HEADERS = {
  'user-agent': 'govkit-contract-test/1.0',
  'x-forwarded-for': '198.51.100.7, 10.0.0.1',
  'x-govkit-user': 'user-reviewer',
};

// Contract tests of the audited lineage reads (logs, download) and the access trail, in-process
// (MSW) and over HTTP.
describe.each(HARNESS_TRANSPORTS)('report lineage access over %s', (transport) => {
  const api = useMockApiHarness(transport);

  const rowOf = (reportId: string) => {
    const row = api.store.lineage.store.findLineageByReportId(reportId);
    if (!row) throw new Error(`no seeded lineage for ${reportId}`);
    return row;
  };
  const nowIso = () => new Date(api.store.clock.now()).toISOString();
  // A client that reads as a known user from a known address with a known user agent.
  const reader = () => api.client.withOptions({ headers: READER_HEADERS });

  describe('logs', () => {
    it('shows the summary, the redacted raw inputs and every event of dict-shaped logs', async () => {
      const row = rowOf(SEEDED_LINEAGE.dictLogsReportId);
      const page = await api.client.lineage.logs(row.id, { limit: 4 });
      expect(page).toMatchObject({
        lineage_id: row.id,
        report_id: SEEDED_LINEAGE.dictLogsReportId,
        pipeline_logs: { success: true, error_count: 0 },
        truncated: false,
        events_offset: 0,
      });
      expect(page.logs).toEqual(page.pipeline_logs);
      expect(page.raw_inputs).toMatchObject({
        assessment_data: expect.any(Object),
        request: { api_key: '[REDACTED]', headers: { Authorization: '[REDACTED]' } },
      });
      const events: unknown[] = [];
      for await (const event of api.client.lineage.logs(row.id, { limit: 4 })) events.push(event);
      expect(events).toHaveLength(page.events_total);
      expect(events.length).toBe((page.pipeline_logs as { total_events: number }).total_events);
      expect(events.at(-1)).toMatchObject({ message: 'Pipeline completed successfully' });
    });

    it('shows list-shaped logs as events with an empty summary', async () => {
      const row = rowOf(SEEDED_LINEAGE.listLogsReportId);
      const page = await api.client.lineage.logs(row.id);
      expect(page.pipeline_logs).toEqual({});
      expect(page.events.length).toBe(page.events_total);
      expect(page.events_total).toBeGreaterThanOrEqual(5);
    });

    it('shows the truncated huge log list: head, marker, tail', async () => {
      const row = rowOf(SEEDED_LINEAGE.hugeLogsReportId);
      const head = await api.client.lineage.logs(row.id, { offset: 99, limit: 3 });
      expect(head.truncated).toBe(true);
      expect(head.events_total).toBe(201);
      expect(head.events[1]).toBe(LINEAGE_TRUNCATION_MARKER);
      expect(head.events[2]).toMatchObject({
        message: `chunk ${HUGE_LOGS_ENTRY_COUNT - 99} imported`,
      });
      const next = await api.client.lineage.logs(row.id, {
        limit: 3,
        cursor: head.next_cursor as string,
      });
      expect(next.events_offset).toBe(102);
    });

    it('answers 404 for an unknown lineage and 400 for a bad cursor', async () => {
      const missing = await api.client.lineage.logs('lineage-nope').catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(NotFoundError);
      expect(missing).toMatchObject({ detail: 'Lineage not found' });
      const row = rowOf(SEEDED_LINEAGE.dictLogsReportId);
      const bad = await api.client.lineage.logs(row.id, { cursor: 'v1.nope' }).catch((e) => e);
      expect(bad).toBeInstanceOf(BadRequestError);
      expect(bad).toMatchObject({ detail: 'Invalid cursor' });
      expect(api.store.version).toBe(0);
    });
  });

  describe('download', () => {
    it('sends the gzip bundle as lineage_<id>_raw_inputs.json.gz', async () => {
      const row = rowOf(SEEDED_LINEAGE.dictLogsReportId);
      const download = await api.client.lineage.download(row.id);
      expect(download.filename).toBe(`lineage_${row.id}_raw_inputs.json.gz`);
      expect(download.filename).toBe(lineageDownloadFilename(row.id));
      expect(download.headers.get('content-disposition')).toBe(
        `attachment; filename="lineage_${row.id}_raw_inputs.json.gz"`,
      );
      expect(download.contentType).toBe('application/gzip');
      expect(download.contentLength).toBe(row.raw_inputs_size_bytes);
      const bundle = (await gunzipJson(download.stream())) as Record<string, unknown>;
      expect(bundle).toMatchObject({
        lead_id: row.lead_id,
        pipeline_run_id: row.pipeline_run_id,
        template_version_id: row.template_version_id,
        pipeline_start_time: row.pipeline_start_time,
        pipeline_end_time: row.pipeline_end_time,
        pipeline_logs: { events: expect.any(Array), summary: { success: true } },
        raw_inputs: { request: { api_key: '[REDACTED]' } },
      });
    });

    it('keeps ids, times and the truncation flags in the huge bundle', async () => {
      const row = rowOf(SEEDED_LINEAGE.hugeLogsReportId);
      const download = await api.client.lineage.download(row.id);
      const bytes = await download.bytes();
      expect(bytes.length).toBeLessThanOrEqual(2 * 1_048_576);
      const bundle = (await gunzipJson(bytes)) as Record<string, unknown>;
      expect(bundle).toMatchObject({
        lead_id: row.lead_id,
        pipeline_start_time: row.pipeline_start_time,
        pipeline_end_time: row.pipeline_end_time,
        pipeline_logs_truncated: true,
        pipeline_logs_total_count: HUGE_LOGS_ENTRY_COUNT,
      });
      expect((bundle.pipeline_logs as unknown[])[100]).toBe(LINEAGE_TRUNCATION_MARKER);
    });

    it('answers 404 for an unknown lineage, and audits a download without raw inputs', async () => {
      const missing = await api.client.lineage.download('lineage-nope').catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(NotFoundError);
      expect(missing).toMatchObject({ detail: 'Lineage not found' });
      // A row the engine never writes (its blob was lost), to reach the second 404.
      const template = rowOf(SEEDED_LINEAGE.listLogsReportId);
      const report = api.store.lineage.engine.getReport(template.report_generation_id);
      if (!report) throw new Error('seeded report missing');
      api.store.lineage.store.insertCapture(
        { ...report, id: 'rpt-blobless' },
        {
          ...template,
          id: 'lineage-blobless',
          report_generation_id: 'rpt-blobless',
          raw_inputs_compressed: null,
        },
      );
      const empty = await api.client.lineage.download('lineage-blobless').catch((e: unknown) => e);
      expect(empty).toBeInstanceOf(NotFoundError);
      expect(empty).toMatchObject({ detail: 'No raw inputs available for this lineage' });
      const trail = await api.client.lineage.audit('lineage-blobless');
      expect(trail.items.map((entry) => entry.action)).toEqual(['download_raw_inputs']);
    });
  });

  describe('access trail', () => {
    it('grows on view, logs, download and search with user, ip and user agent', async () => {
      const row = rowOf(SEEDED_LINEAGE.failedReportId);
      const before = await api.client.lineage.audit(row.id, { limit: 1000 });
      const client = reader();
      await client.lineage.retrieve(SEEDED_LINEAGE.failedReportId);
      await client.lineage.logs(row.id);
      await (await client.lineage.download(row.id)).bytes();
      await client.lineage.search({ lead_id: row.lead_id, pipeline_run_id: row.pipeline_run_id });
      const after = await api.client.lineage.audit(row.id, { limit: 1000 });
      expect(after.items).toHaveLength(before.items.length + 4);
      expect(after.items.slice(0, 4).map((entry) => entry.action)).toEqual([
        'search_lineage',
        'download_raw_inputs',
        'view_logs',
        'view_lineage',
      ]);
      for (const entry of after.items.slice(0, 4)) {
        expect(entry).toMatchObject({
          lineage_id: row.id,
          user_id: 'user-reviewer',
          ip_address: '198.51.100.7',
          user_agent: 'govkit-contract-test/1.0',
          accessed_at: nowIso(),
        });
      }
      const record = await client.lineage.retrieve(SEEDED_LINEAGE.failedReportId);
      expect(record.access_count).toBe(row.access_count + 5);
      // Reading the trail is not an access.
      expect((await api.client.lineage.audit(row.id, { limit: 1000 })).items).toHaveLength(
        before.items.length + 5,
      );
    });

    it('takes the ip from X-Real-IP, else the socket (HTTP) or null (in-process)', async () => {
      const row = rowOf(SEEDED_LINEAGE.listLogsReportId);
      await api.client.lineage.logs(row.id, undefined, { headers: { 'x-real-ip': '192.0.2.44' } });
      await api.client.lineage.logs(row.id);
      const [plain, viaRealIp] = (await api.client.lineage.audit(row.id, { limit: 2 })).items;
      expect(viaRealIp).toMatchObject({ ip_address: '192.0.2.44', user_id: 'user-admin' });
      // Over HTTP the standalone server forwards the socket's address; MSW has no socket.
      expect(plain).toMatchObject({ ip_address: transport === 'http' ? '127.0.0.1' : null });
    });

    it('pages the trail with for await, each entry once', async () => {
      const row = rowOf(SEEDED_LINEAGE.dictLogsReportId);
      for (let i = 0; i < 5; i++) await api.client.lineage.retrieve(row.report_generation_id);
      const all = api.store.lineage.store.listAudit(row.id);
      const walked: LineageAuditEntry[] = [];
      for await (const entry of api.client.lineage.audit(row.id, { limit: 2 })) walked.push(entry);
      expect(walked.map((entry) => entry.id)).toEqual(all.map((entry) => entry.id).reverse());
    });
  });
});
