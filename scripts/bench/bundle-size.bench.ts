// `pnpm bench bundle-size`: what an app pays to import govkit, beside what it would pay for the
// alternative, measured in the same run. Builds the packages first (a stale dist/ would measure
// old code), then runs size-limit on every budget of .size-limit.json and on the baselines
// (scripts/bundle-sizes.mjs, also `pnpm run size:table`). Budgets are enforced by `pnpm run
// size` in CI; this module reports each entry against its issue goal, never a loosened one.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs script without declarations; its shapes are described below.
import { measureBundleSizes } from '../bundle-sizes.mjs';
import { reportSection } from './bench-report';
import type { BenchRow } from './bench-types';

interface BundleRow {
  name: string;
  bytes: number;
  budget?: string | undefined;
  goal?: number | undefined;
  baseline?: string | undefined;
  ratio?: number | undefined;
}

const root = join(import.meta.dirname, '..', '..');
const build = spawnSync('npx', ['-y', 'pnpm@10.34.9', 'run', 'build'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);

const measured = measureBundleSizes() as BundleRow[];
const kB = (bytes: number) => Math.round(bytes / 10) / 100;
const rows: BenchRow[] = measured
  .filter((row) => !row.name.startsWith('baseline:'))
  .map((row) => {
    const base = row.baseline ? measured.find((b) => b.name === row.baseline) : undefined;
    return {
      figure: row.name,
      value: kB(row.bytes),
      unit: 'kB',
      baseline: base
        ? { label: base.name.replace(/^baseline: /, ''), value: kB(base.bytes) }
        : undefined,
      goal: row.goal === undefined ? undefined : { op: '<=', value: row.goal },
      detail: row.budget ? `CI budget ${row.budget}` : undefined,
    };
  });
for (const base of measured.filter((row) => row.name.startsWith('baseline:'))) {
  const versus = base.baseline ? measured.find((b) => b.name === base.baseline) : undefined;
  rows.push({
    figure: base.name,
    value: kB(base.bytes),
    unit: 'kB',
    baseline: versus
      ? { label: versus.name.replace(/^baseline: /, ''), value: kB(versus.bytes) }
      : undefined,
    detail: 'a baseline, for the rows that name it',
  });
}

reportSection({
  id: 'bundle-size',
  title: 'Bundle size: what an app pays to import govkit',
  command: 'pnpm bench bundle-size',
  method: [
    'size-limit 12 (`@size-limit/preset-small-lib`: esbuild bundle, minified, brotli) of what an',
    'app imports from the freshly built `dist/`, peers excluded (zod for the sdk; react, TanStack,',
    'react-markdown and the sdk for widgets). Baselines from `packages/sdk/bench/bundle-baselines/`',
    "in the same run: a plain ofetch call, openai-node's client, and one govkit response shape in",
    "zod classic and in `zod/mini` (zod included). Goals are the issues' (whole client 30 kB, one",
    'endpoint 10 kB, each engine domain 4 kB, each widget 10 kB); `pnpm run size` enforces the CI',
    "budgets, which sit just above today's size where a goal is missed.",
  ].join('\n'),
  rows,
});
