import type { LineageAuditEntry, LineageRecord, LineageStats } from '@govkit/sdk';

/** Seed 004's API example (ratio as percent saved), for tests and stories. */
export const LINEAGE_RECORD: LineageRecord = {
  lineage_id: 'lin-7f3a',
  report_generation_id: 'rpt-2026-12-03-001',
  lead_id: 'lead-northwind',
  pipeline_run_id: 'run-8c21',
  template_version_id: 'v1.2.0',
  pipeline_duration_seconds: 45.2,
  raw_inputs_size_bytes: 524_288,
  compression_ratio: 75,
  created_at: '2026-12-03T09:15:00Z',
  access_count: 3,
  last_accessed_at: '2026-12-03T11:30:00Z',
};

export const LINEAGE_RECORDS: LineageRecord[] = [
  LINEAGE_RECORD,
  {
    ...LINEAGE_RECORD,
    lineage_id: 'lin-91b0',
    report_generation_id: 'rpt-2026-12-02-014',
    lead_id: 'lead-smokehouse',
    pipeline_run_id: 'run-77d0',
    template_version_id: 'v1.1.0',
    pipeline_duration_seconds: 12.8,
    raw_inputs_size_bytes: 48_211,
    compression_ratio: 81.37,
    created_at: '2026-12-02T16:40:00Z',
    access_count: 0,
    last_accessed_at: null,
  },
];

export const LINEAGE_STATS: LineageStats = {
  total_records: 1204,
  recent_records_24h: 37,
  template_distribution: [
    { version: 'v1.2.0', count: 700 },
    { version: 'v1.1.0', count: 504 },
  ],
  total_storage_mb: 86.42,
};

export const LINEAGE_AUDIT: LineageAuditEntry[] = [
  {
    id: 'aud-3',
    lineage_id: 'lin-7f3a',
    action: 'download_raw_inputs',
    user_id: null,
    ip_address: '10.0.4.17',
    user_agent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/605.1.15',
    accessed_at: '2026-12-03T11:30:00Z',
  },
  {
    id: 'aud-2',
    lineage_id: 'lin-7f3a',
    action: 'view_logs',
    user_id: 'user-analyst',
    ip_address: '192.168.1.23',
    user_agent: 'govkit-cli/0.3.1 node/20.20.0',
    accessed_at: '2026-12-03T10:02:00Z',
  },
  {
    id: 'aud-1',
    lineage_id: 'lin-7f3a',
    action: 'view_lineage',
    user_id: null,
    ip_address: null,
    user_agent: null,
    accessed_at: '2026-12-03T09:20:00Z',
  },
];

/** "Now" of the fixtures, so relative times read the same in every run. */
export const LINEAGE_NOW = new Date('2026-12-03T12:00:00Z');
