import { decompressLineageBundle } from '@govkit/sdk/engines';
import { LINEAGE_MAX_BUNDLE_BYTES } from '@govkit/sdk/schemas';
import { describe, expect, it } from 'vitest';
import { createStore } from '../store/create-store';
import { LINEAGE_RECORDS_PER_SCALE, SEEDED_LINEAGE, seedLineage } from './lineage';
import { HUGE_LOGS_ENTRY_COUNT } from './lineage-huge-logs';

function lineageWorld(seed: number, scale: number, now?: string) {
  const store = createStore({ seed, seedData: false, ...(now ? { now } : {}) });
  seedLineage(store, store.random('seed:lineage'), scale);
  return store;
}

const blobs = (store: ReturnType<typeof lineageWorld>) =>
  store.lineage.store
    .listLineages()
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((row) => Array.from(row.raw_inputs_compressed ?? []));

describe('seedLineage', () => {
  it('builds the same world from the same seed', () => {
    const a = lineageWorld(5, 1);
    const b = lineageWorld(5, 1);
    expect(a.lineage.snapshot()).toEqual(b.lineage.snapshot());
    expect(blobs(a)).toEqual(blobs(b));
    expect(lineageWorld(6, 1).lineage.snapshot()).not.toEqual(a.lineage.snapshot());
  });

  it('seeds round(40 × scale) records, nothing at scale 0', () => {
    expect(lineageWorld(1, 0).lineage.store.listLineages()).toEqual([]);
    expect(lineageWorld(1, 1).lineage.store.listLineages()).toHaveLength(LINEAGE_RECORDS_PER_SCALE);
    expect(lineageWorld(1, 2.5).lineage.store.listLineages()).toHaveLength(100);
  });

  it('captures through the engine: every stored bundle is redacted gzip under 2 MB', () => {
    const store = lineageWorld(1, 1);
    const rows = store.lineage.store.listLineages();
    for (const row of rows) {
      expect(row.raw_inputs_compressed?.length).toBeGreaterThan(0);
      expect(row.raw_inputs_size_bytes).toBeLessThanOrEqual(LINEAGE_MAX_BUNDLE_BYTES);
      const json = JSON.stringify(decompressLineageBundle(row.raw_inputs_compressed));
      expect(json).toContain(row.lead_id);
      for (const secret of ['sk_test_', 'hunter2', 'sk_live_', 'eyJhbGciOiJIUzI1NiJ9']) {
        expect(json).not.toContain(secret);
      }
    }
    expect(new Set(rows.map((row) => row.template_version_id))).toEqual(
      new Set(SEEDED_LINEAGE.templateVersions),
    );
    const runs = new Set(rows.map((row) => row.pipeline_run_id));
    expect(runs.size).toBeLessThan(rows.length);
    expect(new Set(rows.map((row) => row.lead_id)).size).toBeGreaterThan(3);
  });

  it('has the named shapes: dict logs, list logs, a failed run, truncated huge logs', () => {
    const { store, engine } = lineageWorld(1, 1).lineage;
    const bundleOf = (reportId: string) =>
      decompressLineageBundle(store.findLineageByReportId(reportId)?.raw_inputs_compressed);
    expect(bundleOf(SEEDED_LINEAGE.dictLogsReportId).pipeline_logs).toMatchObject({
      summary: { success: true },
    });
    expect(Array.isArray(bundleOf(SEEDED_LINEAGE.listLogsReportId).pipeline_logs)).toBe(true);
    expect(bundleOf(SEEDED_LINEAGE.failedReportId).pipeline_logs).toMatchObject({
      summary: { success: false, error_count: 1 },
    });
    const huge = bundleOf(SEEDED_LINEAGE.hugeLogsReportId);
    expect(huge).toMatchObject({
      pipeline_logs_truncated: true,
      pipeline_logs_total_count: HUGE_LOGS_ENTRY_COUNT,
      truncation_level: 1,
    });
    expect(huge.pipeline_logs).toHaveLength(201);
    expect(engine.getReport(SEEDED_LINEAGE.hugeLogsReportId)).toMatchObject({
      lead_id: 'lead-bulk-import',
    });
  });

  it('spreads records over time relative to the store clock, with audited accesses', () => {
    const store = lineageWorld(1, 1, '2031-06-01T00:00:00Z');
    const now = Date.parse('2031-06-01T00:00:00Z');
    const rows = store.lineage.store.listLineages();
    const ages = rows.map((row) => now - Date.parse(row.created_at));
    expect(Math.min(...ages)).toBeGreaterThan(0);
    expect(Math.max(...ages)).toBeGreaterThan(30 * 86_400_000);
    const stats = store.lineage.engine.getStats();
    expect(stats.recent_records_24h).toBeGreaterThan(0);
    expect(stats.recent_records_24h).toBeLessThan(rows.length);
    const accessed = rows.filter((row) => row.access_count > 0);
    expect(accessed.length).toBeGreaterThan(5);
    for (const row of accessed) {
      const trail = store.lineage.store.listAudit(row.id);
      expect(trail).toHaveLength(row.access_count);
      expect(trail.at(-1)?.accessed_at).toBe(row.last_accessed_at);
      for (const entry of trail) {
        expect(entry.ip_address).toEqual(expect.any(String));
        expect(entry.user_agent).toEqual(expect.any(String));
        expect(Date.parse(entry.accessed_at)).toBeGreaterThan(Date.parse(row.created_at));
        expect(Date.parse(entry.accessed_at)).toBeLessThan(now);
      }
    }
  });
});
