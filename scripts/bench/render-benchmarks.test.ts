import { describe, expect, it } from 'vitest';
import { BENCH_MODULES, selectBenchModules } from './bench-registry';
import type { BenchRow, BenchSection } from './bench-types';
import {
  BLOCK_BEGIN,
  BLOCK_END,
  formatRatio,
  goalStatus,
  renderSectionTable,
  updateBenchmarksMarkdown,
} from './render-benchmarks';

const row = (extra: Partial<BenchRow>): BenchRow => ({
  figure: 'f',
  value: 10,
  unit: 'ms',
  ...extra,
});
const section = (id: string, value: number): BenchSection => ({
  id,
  title: `Title ${id}`,
  command: `pnpm bench ${id}`,
  method: 'How.',
  rows: [row({ value, goal: { op: '<=', value: 15 } })],
});

describe('benchmark rendering', () => {
  it('reads ratios the right way round for times, throughput and sizes', () => {
    expect(formatRatio(row({ value: 10, baseline: { label: 'b', value: 40 } }))).toBe(
      '4.0× faster',
    );
    expect(formatRatio(row({ value: 30, baseline: { label: 'b', value: 10 } }))).toBe(
      '3.0× slower',
    );
    expect(
      formatRatio(row({ unit: 'req/s', value: 3000, baseline: { label: 'b', value: 250 } })),
    ).toBe('12× faster');
    expect(
      formatRatio(row({ unit: 'req/s', value: 100, baseline: { label: 'b', value: 200 } })),
    ).toBe('2.0× slower');
    expect(formatRatio(row({ unit: 'kB', value: 5, baseline: { label: 'b', value: 20 } }))).toBe(
      '4.0× smaller',
    );
    expect(formatRatio(row({}))).toBe('—');
    expect(formatRatio(row({ value: 0, baseline: { label: 'b', value: 1 } }))).toBe('—');
  });

  it('reports a missed goal as missed, with the measured value', () => {
    expect(goalStatus(row({ value: 15, goal: { op: '<=', value: 15 } }))).toBe('met');
    expect(goalStatus(row({ value: 15.01, goal: { op: '<=', value: 15 } }))).toBe('missed');
    expect(goalStatus(row({ unit: 'req/s', value: 999, goal: { op: '>=', value: 1000 } }))).toBe(
      'missed',
    );
    expect(goalStatus(row({ value: Number.NaN, goal: { op: '<=', value: 15 } }))).toBe('missed');
    expect(goalStatus(row({}))).toBe('none');
    const table = renderSectionTable([row({ value: 42, goal: { op: '<=', value: 15 } })]);
    expect(table).toContain('| f | 42.0 ms |');
    expect(table).toContain('≤ 15.0 ms | **missed**');
  });

  it('rewrites the whole block on a full run and only named sections otherwise', () => {
    const original = '# Benchmarks\n\nIntro.\n\n## Hand-written\n\nKept.\n';
    const full = updateBenchmarksMarkdown(original, [section('a', 10), section('b', 20)], {
      full: true,
      header: '## Generated',
    });
    expect(full.startsWith('# Benchmarks\n')).toBe(true);
    expect(full).toContain(BLOCK_BEGIN);
    expect(full).toContain('## Hand-written\n\nKept.');
    expect(full.indexOf('### Title a')).toBeLessThan(full.indexOf('### Title b'));

    const partial = updateBenchmarksMarkdown(full, [section('b', 99), section('c', 1)], {
      full: false,
    });
    expect(partial).toContain('| f | 10.0 ms |'); // a untouched
    expect(partial).toContain('| f | 99.0 ms |'); // b replaced
    expect(partial).not.toContain('| f | 20.0 ms |');
    expect(partial).toContain('### Title c'); // c appended inside the block
    expect(partial.indexOf('### Title c')).toBeLessThan(partial.indexOf(BLOCK_END));
    expect(partial).toContain('## Hand-written\n\nKept.');

    const again = updateBenchmarksMarkdown(partial, [section('a', 10), section('b', 20)], {
      full: true,
      header: '## Generated',
    });
    expect(again).toBe(full);

    // A full run keeps the sections of modules it does not run (`packages` needs a build).
    const keeping = updateBenchmarksMarkdown(partial, [section('a', 10), section('b', 20)], {
      full: true,
      header: '## Generated',
      keep: ['c', 'absent'],
    });
    expect(keeping).toContain('### Title c');
    expect(keeping.indexOf('### Title b')).toBeLessThan(keeping.indexOf('### Title c'));
    expect(keeping).toContain('| f | 10.0 ms |');
  });
});

describe('benchmark module selection', () => {
  const ids = (argv: string[]) => selectBenchModules(argv).modules.map((m) => m.id);

  it('runs every default and browser module on a plain run, as a full rewrite', () => {
    const { modules, full } = selectBenchModules([]);
    expect(full).toBe(true);
    expect(modules.map((m) => m.group)).not.toContain('soak');
    expect(modules.map((m) => m.group)).toContain('browser');
  });

  it('keeps the old flags: --browser, --durable, --soak, and a name filter', () => {
    expect(ids(['--browser'])).toEqual(['trace-table', 'log-viewer', 'decision-timeline']);
    expect(ids(['--browser', 'log-viewer'])).toEqual(['log-viewer']);
    expect(ids(['--durable'])).toEqual(['durable']);
    expect(ids(['--soak'])).toEqual(['soak']);
    expect(ids(['http-load'])).toEqual(['http-load']);
    expect(selectBenchModules(['http-load']).full).toBe(false);
    expect(ids(['nothing-like-this'])).toEqual([]);
  });

  it('names modules uniquely and points at files that exist', async () => {
    const { existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    expect(new Set(BENCH_MODULES.map((m) => m.id)).size).toBe(BENCH_MODULES.length);
    for (const m of BENCH_MODULES)
      expect(existsSync(join(import.meta.dirname, '..', '..', m.file))).toBe(true);
  });
});
