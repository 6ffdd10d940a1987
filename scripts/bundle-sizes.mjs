#!/usr/bin/env node
// `pnpm run size:table`: the bundle-size section of BENCHMARKS.md. Runs size-limit (esbuild,
// minified, brotli) on every budget of .size-limit.json and, in the same run, on the baselines a
// user would pick instead (a plain ofetch call, openai-node's client, one schema in zod classic vs
// `zod/mini`), then prints one markdown table: measured size, goal, met or missed, and the ratio
// to the row's baseline. Budgets are enforced by `pnpm run size` (CI); this script only reports.
// Run after `pnpm run build`. Exported for the `pnpm bench` runner: `measureBundleSizes()`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(import.meta.dirname, '..');
const sizeLimit = join(root, 'node_modules', '.bin', 'size-limit');
const baselineDir = join(root, 'packages', 'sdk', 'bench', 'bundle-baselines');

/** The issue's goals (kB, brotli), by budget name prefix. A goal is never loosened here. */
const GOALS = [
  ['@govkit/sdk whole client', 30],
  ['@govkit/sdk one endpoint', 10],
  ['@govkit/sdk/engines/', 4],
  // The 10 kB goal is per widget entry. A locale entry is data a host that speaks the language
  // loads once for all its widgets, so it has a budget (.size-limit.json) but no widget goal.
  ['@govkit/react/locales/', undefined],
  ['@govkit/react', 10],
];

/** Baselines, each compared with the budget row it stands beside. */
const BASELINES = [
  {
    name: 'baseline: plain ofetch call (no validation, no typed errors)',
    file: 'ofetch-call.js',
    versus: '@govkit/sdk one endpoint',
  },
  {
    name: 'baseline: openai-node client (`new OpenAI()`)',
    file: 'openai-client.js',
    versus: '@govkit/sdk whole client',
  },
  {
    name: 'baseline: task-summary schema in zod classic (zod included)',
    file: 'zod-classic-schema.js',
  },
  {
    name: 'baseline: the same schema in zod/mini (zod included)',
    file: 'zod-mini-schema.js',
    versus: 'baseline: task-summary schema in zod classic',
  },
];

function runSizeLimit(config) {
  // size-limit resolves paths against the config's folder: write it at the repository root.
  const dir = mkdtempSync(join(tmpdir(), 'govkit-size-'));
  const file = join(dir, 'size-limit.json');
  writeFileSync(file, JSON.stringify(config));
  try {
    const result = spawnSync(sizeLimit, ['--json', '--config', file], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const parsed = JSON.parse(result.stdout);
    if (!Array.isArray(parsed))
      throw new Error(`size-limit failed: ${parsed.error ?? result.stderr}`);
    return parsed;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every budget and baseline with its size in bytes, goal, verdict and baseline ratio. */
export function measureBundleSizes() {
  const budgets = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8')).map((entry) => ({
    ...entry,
    path: [entry.path].flat().map((path) => join(root, path)),
    import:
      typeof entry.import === 'object'
        ? Object.fromEntries(Object.entries(entry.import).map(([k, v]) => [join(root, k), v]))
        : entry.import,
  }));
  const baselines = BASELINES.map((baseline) => ({
    name: baseline.name,
    path: join(baselineDir, baseline.file),
  }));
  const measured = runSizeLimit([...budgets, ...baselines]);
  const rows = measured.map((entry, index) => {
    const budget = budgets[index];
    const goal = GOALS.find(([prefix]) => entry.name.startsWith(prefix))?.[1];
    return {
      name: entry.name,
      bytes: entry.size,
      budget: budget?.limit,
      goal,
      met: goal === undefined ? undefined : entry.size <= goal * 1000,
    };
  });
  for (const baseline of BASELINES.filter((b) => b.versus)) {
    const base = rows.find((row) => row.name === baseline.name);
    const against = rows.find((row) => row.name.startsWith(baseline.versus));
    if (base && against) {
      against.baseline = baseline.name;
      against.ratio = against.bytes / base.bytes;
    }
  }
  return rows;
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/** The markdown table BENCHMARKS.md's bundle section shows. */
export function bundleSizeTable(rows) {
  const lines = [
    '| bundle (minified + brotli) | size | CI budget | goal | verdict | vs baseline |',
    '| --- | ---: | ---: | ---: | --- | --- |',
  ];
  for (const row of rows) {
    const verdict = row.met === undefined ? '' : row.met ? 'met' : '**missed**';
    const ratio = row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}× ${row.baseline}`;
    lines.push(
      `| ${row.name} | ${kB(row.bytes)} | ${row.budget ?? ''} | ${row.goal === undefined ? '' : `${row.goal} kB`} | ${verdict} | ${ratio} |`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(bundleSizeTable(measureBundleSizes()));
}
