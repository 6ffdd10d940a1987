import { describe, expect, it } from 'vitest';
import type { LineageRow } from '../../schemas/lineage/lineage-record';
import { LineageSearchParamsSchema } from '../../schemas/lineage/lineage-search';
import { refusal } from '../shared/fixtures/refusal';
import { encodeLineageCursor } from './lineage-cursor';
import {
  computeLineageStats,
  pageLineageAudit,
  parseLineageDate,
  searchLineageRows,
  toLineageRecord,
} from './lineage-query';

function row(id: string, created_at: string, over: Partial<LineageRow> = {}): LineageRow {
  return {
    id,
    report_generation_id: `rep-${id}`,
    lead_id: 'lead-a',
    pipeline_run_id: 'run-a',
    template_version_id: 'v1',
    pipeline_start_time: '2026-02-01T10:00:00.000Z',
    pipeline_end_time: '2026-02-01T10:00:45.200Z',
    pipeline_logs: {},
    raw_inputs_compressed: new Uint8Array(524_288),
    raw_inputs_size_bytes: 524_288,
    compression_ratio: 75,
    created_at,
    last_accessed_at: null,
    access_count: 0,
    ...over,
  };
}

const params = (input: Record<string, unknown> = {}) => LineageSearchParamsSchema.parse(input);

describe('parseLineageDate', () => {
  it.each([
    ['2026-02-03', '2026-02-03T00:00:00.000Z'],
    ['2026-02-03T10:20', '2026-02-03T10:20:00.000Z'],
    ['2026-02-03T10:20:30Z', '2026-02-03T10:20:30.000Z'],
    ['2026-02-03T10:20:30.123456', '2026-02-03T10:20:30.123Z'],
    ['2026-02-03 10:20:30+02:00', '2026-02-03T08:20:30.000Z'],
    ['2026-02-03T10:20:30-0530', '2026-02-03T15:50:30.000Z'],
  ])('%s → %s', (input, iso) => {
    expect(new Date(parseLineageDate(input, 'start_date')).toISOString()).toBe(iso);
  });

  it.each(['yesterday', '2026-02-30', '2026-13-01', '2026-02-03T25:00', '03/02/2026', ''])(
    'rejects %j with the exact 400 detail',
    (input) => {
      expect(refusal(() => parseLineageDate(input, 'start_date'))).toMatchObject({
        status: 400,
        detail: 'Invalid start_date format',
      });
      expect(refusal(() => parseLineageDate(input, 'end_date')).detail).toBe(
        'Invalid end_date format',
      );
    },
  );
});

describe('searchLineageRows', () => {
  const rows = [
    row('a', '2026-02-01T10:00:00.000Z'),
    row('b', '2026-02-02T10:00:00.000Z', { lead_id: 'lead-b' }),
    row('c', '2026-02-03T10:00:00.000Z', { template_version_id: 'v2' }),
    row('d', '2026-02-03T10:00:00.000Z', { pipeline_run_id: 'run-b' }),
    row('e', '2026-02-04 09:00:00'),
  ];
  const ids = (result: { rows: LineageRow[] }) => result.rows.map((r) => r.id);

  it('sorts newest first, then by id descending on equal times (both timestamp formats)', () => {
    expect(ids(searchLineageRows(rows, params()))).toEqual(['e', 'd', 'c', 'b', 'a']);
  });

  it('ANDs exact-match filters and ignores empty ones', () => {
    expect(
      ids(searchLineageRows(rows, params({ lead_id: 'lead-a', pipeline_run_id: 'run-a' }))),
    ).toEqual(['e', 'c', 'a']);
    expect(
      ids(searchLineageRows(rows, params({ lead_id: 'lead-a', template_version_id: 'v2' }))),
    ).toEqual(['c']);
    expect(ids(searchLineageRows(rows, params({ lead_id: '' })))).toHaveLength(5);
  });

  it('applies an inclusive date range', () => {
    const result = searchLineageRows(
      rows,
      params({ start_date: '2026-02-02T10:00:00Z', end_date: '2026-02-03T10:00:00Z' }),
    );
    expect(ids(result)).toEqual(['d', 'c', 'b']);
  });

  it('pages with an opaque cursor: no duplicates, no gaps, null at the end', () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10; i += 1) {
      const page = searchLineageRows(rows, params({ limit: 2, ...(cursor ? { cursor } : {}) }));
      seen.push(...ids(page));
      if (!page.next_cursor) break;
      cursor = page.next_cursor;
    }
    expect(seen).toEqual(['e', 'd', 'c', 'b', 'a']);
  });

  it('does not skip or repeat rows when a newer row arrives between pages', () => {
    const first = searchLineageRows(rows, params({ limit: 2 }));
    const grown = [...rows, row('z', '2026-02-05T00:00:00.000Z')];
    const second = searchLineageRows(grown, params({ limit: 10, cursor: first.next_cursor }));
    expect(ids(second)).toEqual(['c', 'b', 'a']);
  });

  it('rejects a foreign cursor with 400 Invalid cursor', () => {
    for (const cursor of [
      'abc',
      'v1.%%%',
      encodeLineageCursor(['x', 1]),
      encodeLineageCursor([1]),
    ]) {
      expect(refusal(() => searchLineageRows(rows, params({ cursor })))).toMatchObject({
        status: 400,
        detail: 'Invalid cursor',
      });
    }
  });
});

describe('toLineageRecord', () => {
  it('maps a row to the real LineageResponse fields', () => {
    expect(toLineageRecord(row('a', '2026-02-01T10:00:00.000Z'))).toEqual({
      lineage_id: 'a',
      report_generation_id: 'rep-a',
      lead_id: 'lead-a',
      pipeline_run_id: 'run-a',
      template_version_id: 'v1',
      pipeline_duration_seconds: 45.2,
      raw_inputs_size_bytes: 524_288,
      compression_ratio: 75,
      created_at: '2026-02-01T10:00:00.000Z',
      access_count: 0,
      last_accessed_at: null,
    });
    expect(
      toLineageRecord(row('x', 't', { raw_inputs_compressed: null })).raw_inputs_size_bytes,
    ).toBe(0);
  });
});

describe('computeLineageStats', () => {
  it('counts totals, the last 24 h, templates by count and storage in MB', () => {
    const now = Date.parse('2026-02-04T10:00:00.000Z');
    const stats = computeLineageStats(
      [
        row('a', '2026-02-03T10:00:00.000Z'),
        row('b', '2026-02-03T09:59:59.999Z', { template_version_id: 'v2' }),
        row('c', '2026-02-04T09:00:00.000Z', { template_version_id: 'v2' }),
        row('d', '2026-02-04T09:30:00.000Z', {
          template_version_id: '',
          raw_inputs_compressed: null,
        }),
      ],
      now,
    );
    expect(stats).toEqual({
      total_records: 4,
      recent_records_24h: 3,
      template_distribution: [
        { version: 'v2', count: 2 },
        { version: 'v1', count: 1 },
      ],
      total_storage_mb: 1.5,
    });
  });
});

describe('pageLineageAudit', () => {
  const entries = Array.from({ length: 5 }, (_, i) => ({
    id: `audit-${i}`,
    lineage_id: 'l',
    action: 'view_lineage',
    user_id: null,
    ip_address: null,
    user_agent: null,
    accessed_at: `2026-02-03T10:00:0${i}.000Z`,
  }));

  it('pages newest first and is stable when entries are appended', () => {
    const first = pageLineageAudit(entries, 2, undefined);
    expect(first.items.map((e) => e.id)).toEqual(['audit-4', 'audit-3']);
    const grown = [...entries, { ...entries[0], id: 'audit-5' } as (typeof entries)[number]];
    const second = pageLineageAudit(grown, 2, first.next_cursor ?? undefined);
    expect(second.items.map((e) => e.id)).toEqual(['audit-2', 'audit-1']);
    const third = pageLineageAudit(grown, 2, second.next_cursor ?? undefined);
    expect(third).toEqual({ items: [entries[0]], next_cursor: null });
  });
});
