import { describe, expect, it } from 'vitest';
import {
  LINEAGE_TRUNCATION_MARKER,
  type LineageBundle,
} from '../../schemas/lineage/lineage-bundle';
import { truncateLineageBundle } from './lineage-truncation';

const IDS = {
  lead_id: 'lead-1',
  pipeline_run_id: 'run-1',
  template_version_id: 'v1',
  pipeline_start_time: '2026-02-03T10:00:00.000Z',
  pipeline_end_time: '2026-02-03T10:00:05.000Z',
};

const events = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    timestamp: `2026-02-03T10:00:${String(i % 60).padStart(2, '0')}.000Z`,
    type: 'info',
    message: `event ${i}`,
  }));

describe('truncateLineageBundle, level 1 (the source rules)', () => {
  it('keeps ids and times, cuts a long log list to head 100 + marker + tail 100', () => {
    const logs = events(250);
    const out = truncateLineageBundle({ ...IDS, pipeline_logs: logs, raw_inputs: {} }, 1);
    expect(out).toMatchObject({
      ...IDS,
      pipeline_logs_truncated: true,
      pipeline_logs_total_count: 250,
    });
    const list = out.pipeline_logs as unknown[];
    expect(list).toHaveLength(201);
    expect(list.slice(0, 100)).toEqual(logs.slice(0, 100));
    expect(list[100]).toBe(LINEAGE_TRUNCATION_MARKER);
    expect(list.slice(101)).toEqual(logs.slice(150));
  });

  it('keeps a list of 200 or fewer entries whole, without flags', () => {
    const out = truncateLineageBundle({ ...IDS, pipeline_logs: events(200) }, 1);
    expect(out.pipeline_logs).toEqual(events(200));
    expect(out.pipeline_logs_truncated).toBeUndefined();
  });

  it('truncates dict-shaped logs instead of dropping them: events cut, summary kept', () => {
    const summary = { total_events: 300, error_count: 1, warning_count: 0, success: true };
    const out = truncateLineageBundle(
      { ...IDS, pipeline_logs: { events: events(300), summary, source: 'producer' } },
      1,
    );
    const logs = out.pipeline_logs as Record<string, unknown>;
    expect(logs.summary).toEqual(summary);
    expect(logs.source).toBe('producer');
    expect(logs.events).toHaveLength(201);
    expect(out).toMatchObject({ pipeline_logs_truncated: true, pipeline_logs_total_count: 300 });
  });

  it('replaces raw inputs by their keys and a bounded sample', () => {
    const raw = {
      short: 'ok',
      number: 7,
      flag: false,
      nothing: null,
      long_text: 'x'.repeat(100),
      small_list: [1, 2, 3],
      long_list: Array.from({ length: 10 }, (_, i) => i),
      fat_list: ['y'.repeat(1200), 'z'],
      small_obj: { a: 1 },
      big_obj: { text: 'w'.repeat(600) },
    };
    const out = truncateLineageBundle({ ...IDS, raw_inputs: raw }, 1);
    expect(out.raw_inputs).toBeUndefined();
    expect(out).toMatchObject({
      raw_inputs_truncated: true,
      raw_inputs_keys: Object.keys(raw),
      raw_inputs_key_count: 10,
      raw_inputs_sample: {
        short: 'ok',
        number: 7,
        flag: false,
        nothing: null,
        long_text: '<truncated: string>',
        small_list: [1, 2, 3],
        long_list: '<truncated: array>',
        fat_list: '<truncated: array>',
        small_obj: { a: 1 },
        big_obj: '<truncated: object>',
      },
      truncation_level: 1,
    });
  });
});

describe('truncateLineageBundle, levels 2–4', () => {
  const huge: LineageBundle = {
    ...IDS,
    pipeline_logs: {
      events: [
        ...events(50),
        { timestamp: 't', type: 'error', message: 'm'.repeat(5000) },
        ...events(50),
      ],
      summary: { total: 101, note: 's'.repeat(20_000) },
      extra: 'e'.repeat(50_000),
    },
    raw_inputs: Object.fromEntries(
      Array.from({ length: 500 }, (_, i) => [`k${i}`, 'v'.repeat(150)]),
    ),
  };

  it('level 2 keeps 20 + 20 entries, shortens long entries and samples scalars only', () => {
    const out = truncateLineageBundle(huge, 2);
    const logs = out.pipeline_logs as Record<string, unknown>;
    expect(logs.events).toHaveLength(41);
    expect(logs.extra).toBe('<truncated: string>');
    expect(out.raw_inputs_keys).toHaveLength(200);
    expect(out.raw_inputs_key_count).toBe(500);
    expect(Object.values(out.raw_inputs_sample ?? {})).toEqual(
      Array(200).fill('<truncated: string>'),
    );
  });

  it('a shortened entry keeps its timestamp and type', () => {
    const out = truncateLineageBundle(
      { ...IDS, pipeline_logs: [{ timestamp: 't1', type: 'error', message: 'm'.repeat(5000) }] },
      2,
    );
    expect((out.pipeline_logs as unknown[])[0]).toMatchObject({
      timestamp: 't1',
      type: 'error',
      truncated: true,
    });
  });

  it('level 3 keeps 5 + 5, clips the summary and drops the sample', () => {
    const out = truncateLineageBundle(huge, 3);
    const logs = out.pipeline_logs as Record<string, unknown>;
    expect(logs.events).toHaveLength(11);
    expect(logs.summary).toMatchObject({ truncated: true });
    expect(out.raw_inputs_sample).toBeUndefined();
    expect(out.raw_inputs_keys).toHaveLength(50);
  });

  it('level 4 keeps ids, times, a short summary and the key count', () => {
    const out = truncateLineageBundle(huge, 4);
    expect(out).toMatchObject({
      ...IDS,
      raw_inputs_key_count: 500,
      raw_inputs_keys: [],
      truncation_level: 4,
    });
    expect(JSON.stringify(out).length).toBeLessThan(2_000);
  });

  it('never modifies its input', () => {
    const snapshot = JSON.stringify(huge);
    truncateLineageBundle(huge, 1);
    truncateLineageBundle(huge, 4);
    expect(JSON.stringify(huge)).toBe(snapshot);
  });
});
