import { describe, expect, it } from 'vitest';
import { type ContractWarning, safeParseContract } from '../shared/parse-mode';
import { LineageAuditEntrySchema } from './lineage-audit';
import { LineageLogsResponseSchema } from './lineage-logs';
import { LineageRecordSchema } from './lineage-record';
import { LineageSearchPageSchema } from './lineage-search';

const RECORD = {
  lineage_id: '0b7e…',
  report_generation_id: 'rep-1',
  lead_id: 'lead-1',
  pipeline_run_id: 'run-1',
  template_version_id: 'v1.0.0',
  pipeline_duration_seconds: 45.2,
  raw_inputs_size_bytes: 524288,
  compression_ratio: 75.5,
  created_at: '2024-01-10T10:00:00',
  access_count: 3,
  last_accessed_at: null,
};

describe('LineageRecordSchema', () => {
  it('parses the real LineageResponse strictly', () => {
    expect(safeParseContract(LineageRecordSchema, RECORD, { mode: 'strict' }).success).toBe(true);
  });

  it('accepts the PRP fraction form and rejects ratios outside 0–100', () => {
    expect(LineageRecordSchema.safeParse({ ...RECORD, compression_ratio: 0.75 }).success).toBe(
      true,
    );
    expect(LineageRecordSchema.safeParse({ ...RECORD, compression_ratio: 120 }).success).toBe(
      false,
    );
  });

  it('keeps and reports extra fields from a newer server', () => {
    const warnings: ContractWarning[] = [];
    const parsed = safeParseContract(
      LineageRecordSchema,
      { ...RECORD, pdf_url: 'x' },
      { onWarning: (w) => warnings.push(w) },
    );
    // Extra fields are kept at runtime, though the static type lists the contract's fields only.
    expect(parsed.success && (parsed.data as Record<string, unknown>).pdf_url).toBe('x');
    expect(warnings.map((w) => w.path.join('.'))).toEqual(['pdf_url']);
  });
});

describe('LineageSearchPageSchema', () => {
  it('normalises the real bare array into a single page', () => {
    expect(LineageSearchPageSchema.parse([RECORD])).toEqual({ items: [RECORD], next_cursor: null });
  });

  it('parses govkit pages', () => {
    const page = { items: [RECORD], next_cursor: 'v1.abc' };
    expect(safeParseContract(LineageSearchPageSchema, page, { mode: 'strict' }).success).toBe(true);
  });
});

describe('LineageLogsResponseSchema', () => {
  it('parses what the real router sends, defaulting the govkit paging fields', () => {
    const real = {
      lineage_id: 'l',
      report_id: 'r',
      pipeline_logs: { total_events: 3, error_count: 0 },
      logs: { total_events: 3, error_count: 0 },
      raw_inputs: {},
      pipeline_start_time: '2024-01-10T10:00:00',
      pipeline_end_time: '2024-01-10T10:00:45',
      truncated: false,
      log_size: 40,
    };
    const parsed = safeParseContract(LineageLogsResponseSchema, real, { mode: 'strict' });
    expect(parsed.success && parsed.data).toMatchObject({
      events: [],
      events_total: 0,
      events_offset: 0,
      next_cursor: null,
    });
  });
});

describe('LineageAuditEntrySchema', () => {
  it('keeps an unknown action from a newer server', () => {
    const entry = {
      id: 'a',
      lineage_id: 'l',
      action: 'export_lineage',
      user_id: null,
      ip_address: '127.0.0.1',
      user_agent: null,
      accessed_at: '2024-01-10T10:00:00',
    };
    expect(safeParseContract(LineageAuditEntrySchema, entry).success).toBe(true);
    expect(safeParseContract(LineageAuditEntrySchema, entry, { mode: 'strict' }).success).toBe(
      false,
    );
  });
});
