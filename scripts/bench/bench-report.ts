// What a benchmark module reports: rows of figures, each beside the baseline a user would pick
// instead, measured in the same run. The runner (scripts/bench/run-benchmarks.ts) collects the
// sections of every module and writes them into BENCHMARKS.md; a module run alone prints its table.
import { appendFileSync } from 'node:fs';
import type { BenchSection } from './bench-types';
import { formatFigure, renderSectionTable } from './render-benchmarks';

/**
 * Hand a section to the runner (through the file named by `GOVKIT_BENCH_OUT`, one JSON line per
 * section) and print its table, so a module run on its own still shows its figures.
 */
export function reportSection(section: BenchSection): void {
  const out = process.env.GOVKIT_BENCH_OUT;
  if (out) appendFileSync(out, `${JSON.stringify(section)}\n`);
  console.log(`\n${renderSectionTable(section.rows)}\n`);
}

/** Median, min and max of `runs` timed calls after `warmup` untimed ones (wall clock, ms). */
export function timeRuns(
  fn: () => unknown,
  { runs = 9, warmup = 2 }: { runs?: number; warmup?: number } = {},
): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return summarizeSamples(samples);
}

/** Like {@link timeRuns} for asynchronous work. */
export async function timeRunsAsync(
  fn: () => Promise<unknown>,
  { runs = 9, warmup = 2 }: { runs?: number; warmup?: number } = {},
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return summarizeSamples(samples);
}

export interface Timing {
  median: number;
  min: number;
  max: number;
}

/** Median (upper median for an even count), min and max of samples. */
export function summarizeSamples(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** `min 1.2 · max 3.4 ms` for a row's detail. */
export function spread(timing: Timing, unit = 'ms'): string {
  return `min ${formatFigure(timing.min)} · max ${formatFigure(timing.max)} ${unit}`;
}
