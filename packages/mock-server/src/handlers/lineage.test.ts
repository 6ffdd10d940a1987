import {
  BadRequestError,
  createClient,
  type LineageRecord,
  NotFoundError,
  RequestValidationError,
  UnprocessableEntityError,
} from '@govkit/sdk';
import { describe, expect, it } from 'vitest';
import { SEEDED_LINEAGE } from '../seed/lineage';
import { HARNESS_TRANSPORTS } from '../testing/mock-api-harness';
import { useMockApiHarness } from '../testing/use-mock-api-harness';

// Contract tests: the real SDK client against the lineage handlers, in-process (MSW) and over HTTP.
describe.each(HARNESS_TRANSPORTS)('report lineage over %s', (transport) => {
  const api = useMockApiHarness(transport);

  const rowOf = (reportId: string) => {
    const row = api.store.lineage.store.findLineageByReportId(reportId);
    if (!row) throw new Error(`no seeded lineage for ${reportId}`);
    return row;
  };
  const nowIso = () => new Date(api.store.clock.now()).toISOString();

  describe('retrieve', () => {
    it('returns the LineageResponse of a report and counts the access', async () => {
      const row = rowOf(SEEDED_LINEAGE.dictLogsReportId);
      const record = await api.client.lineage.retrieve(SEEDED_LINEAGE.dictLogsReportId);
      expect(record).toMatchObject({
        lineage_id: row.id,
        report_generation_id: SEEDED_LINEAGE.dictLogsReportId,
        lead_id: row.lead_id,
        pipeline_run_id: row.pipeline_run_id,
        template_version_id: row.template_version_id,
        pipeline_duration_seconds: 95,
        raw_inputs_size_bytes: row.raw_inputs_compressed?.length,
        created_at: row.created_at,
        access_count: row.access_count + 1,
        last_accessed_at: nowIso(),
      });
      // Percent saved, not a fraction.
      expect(record.compression_ratio).toBeGreaterThan(1);
      expect(record.compression_ratio).toBeLessThanOrEqual(100);
    });

    it('answers 404 for an unknown report', async () => {
      const error = await api.client.lineage.retrieve('rpt-nope').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ status: 404, detail: 'Lineage not found for this report' });
      expect(api.store.version).toBe(0);
    });
  });

  describe('search', () => {
    it('walks every record exactly once, newest first, with for await', async () => {
      const total = api.store.lineage.store.listLineages().length;
      expect(total).toBe(40);
      const items: LineageRecord[] = [];
      for await (const item of api.client.lineage.search({ limit: 7 })) items.push(item);
      expect(items).toHaveLength(total);
      expect(new Set(items.map((item) => item.lineage_id)).size).toBe(total);
      const times = items.map((item) => Date.parse(item.created_at));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it('ANDs the filters', async () => {
      const row = rowOf(SEEDED_LINEAGE.listLogsReportId);
      const rows = api.store.lineage.store.listLineages();
      const byLead = await api.client.lineage.search({ lead_id: row.lead_id });
      expect(byLead.items.length).toBe(rows.filter((r) => r.lead_id === row.lead_id).length);
      const both = await api.client.lineage.search({
        lead_id: row.lead_id,
        template_version_id: row.template_version_id,
      });
      const expected = rows.filter(
        (r) => r.lead_id === row.lead_id && r.template_version_id === row.template_version_id,
      );
      expect(both.items.map((item) => item.lineage_id).sort()).toEqual(
        expected.map((r) => r.id).sort(),
      );
      expect(both.items.length).toBeLessThan(byLead.items.length + 1);
      const run = await api.client.lineage.search({ pipeline_run_id: row.pipeline_run_id });
      expect(run.items.every((item) => item.pipeline_run_id === row.pipeline_run_id)).toBe(true);
      expect(run.items.map((item) => item.lineage_id)).toContain(row.id);
      const none = await api.client.lineage.search({
        pipeline_run_id: row.pipeline_run_id,
        template_version_id: 'v9.9.9',
      });
      expect(none).toEqual({ items: [], next_cursor: null });
    });

    it('filters created_at by an inclusive date range', async () => {
      const row = rowOf(SEEDED_LINEAGE.failedReportId);
      const exact = await api.client.lineage.search({
        start_date: row.created_at,
        end_date: row.created_at,
      });
      expect(exact.items.map((item) => item.lineage_id)).toContain(row.id);
      const since = new Date(api.store.clock.now() - 24 * 3_600_000).toISOString();
      const day = await api.client.lineage.search({ start_date: since.replace('.000Z', 'Z') });
      const stats = await api.client.lineage.stats();
      expect(day.items.length).toBe(stats.recent_records_24h);
      expect(day.items.length).toBeGreaterThan(0);
      const old = await api.client.lineage.search({ end_date: '2025-01-01' });
      expect(old.items).toEqual([]);
    });

    it('answers 400 for bad dates and cursors, writing nothing', async () => {
      for (const [params, detail] of [
        [{ start_date: 'yesterday' }, 'Invalid start_date format'],
        [{ end_date: '2026-13-01' }, 'Invalid end_date format'],
        [{ cursor: 'garbage' }, 'Invalid cursor'],
      ] as const) {
        const error = await api.client.lineage.search(params).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BadRequestError);
        expect(error).toMatchObject({ status: 400, detail });
      }
      expect(api.store.version).toBe(0);
    });

    it('refuses a limit over 1000: locally, and 422 from the server', async () => {
      await expect(api.client.lineage.search({ limit: 1001 })).rejects.toBeInstanceOf(
        RequestValidationError,
      );
      const rewriting = createClient({
        baseURL: api.baseURL,
        maxRetries: 0,
        fetch: (input, init) => {
          const url = String(input instanceof Request ? input.url : input);
          return fetch(url.replace('limit=10', 'limit=1001'), init);
        },
      });
      const error = await rewriting.lineage.search({ limit: 10 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnprocessableEntityError);
    });
  });

  describe('delete and stats', () => {
    it('deletes a lineage with its trail, then answers 404 everywhere', async () => {
      const row = rowOf(SEEDED_LINEAGE.listLogsReportId);
      const before = await api.client.lineage.stats();
      await expect(api.client.lineage.delete(row.id)).resolves.toEqual({
        message: `Lineage ${row.id} deleted successfully`,
      });
      for (const call of [
        () => api.client.lineage.retrieve(SEEDED_LINEAGE.listLogsReportId),
        () => api.client.lineage.logs(row.id),
        () => api.client.lineage.download(row.id),
        () => api.client.lineage.audit(row.id),
        () => api.client.lineage.delete(row.id),
      ]) {
        await expect(call()).rejects.toBeInstanceOf(NotFoundError);
      }
      const after = await api.client.lineage.stats();
      expect(after.total_records).toBe(before.total_records - 1);
    });

    it('reports totals, the last 24 hours, templates and storage', async () => {
      const stats = await api.client.lineage.stats();
      expect(stats).toEqual(api.store.lineage.engine.getStats());
      expect(stats.total_records).toBe(40);
      expect(stats.recent_records_24h).toBeGreaterThan(0);
      expect(stats.recent_records_24h).toBeLessThan(40);
      const counts = stats.template_distribution.map((entry) => entry.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(40);
      expect(stats.template_distribution.map((entry) => entry.version).sort()).toEqual(
        [...SEEDED_LINEAGE.templateVersions].sort(),
      );
      expect(stats.total_storage_mb).toBeGreaterThan(0);
      // Stats are not an access.
      expect(api.store.version).toBe(0);
    });
  });
});
