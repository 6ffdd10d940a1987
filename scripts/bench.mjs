#!/usr/bin/env node
// `pnpm bench`: runs every packages/*/bench/*.bench.ts with tsx, one after another (benchmarks
// sharing two cores would measure each other). Pass a substring to run only matching files.
// `--durable` runs the store-sql benchmarks instead (PostgreSQL + PGlite; they start a throwaway
// PostgreSQL cluster unless GOVKIT_PG_URL is set, so they are not part of the default run).
// `--soak` runs the 10-minute soak instead (packages/mock-server/bench/soak.ts; set
// GOVKIT_SOAK_MINUTES / GOVKIT_SOAK_RATE to change its length and rate); it is never part of the
// default run.
// `--browser` runs the packages/*/bench/*.browser-bench.ts instead: benchmarks that drive headless
// Chromium (/usr/bin/chromium, or GOVKIT_CHROMIUM) through playwright-core.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
// Workspace packages resolve to their sources, so nothing needs building first. The workspace's
// own tsx: no global pnpm needed.
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const runTs = (file) =>
  spawnSync(tsx, ['--conditions=@govkit/source', file], { stdio: 'inherit', cwd: root });

if (process.argv.includes('--soak')) {
  const result = runTs(join(root, 'packages', 'mock-server', 'bench', 'soak.ts'));
  if (result.error) console.error(result.error.message);
  process.exit(result.status ?? 1);
}
const durable = process.argv.includes('--durable');
const browser = process.argv.includes('--browser');
const suffix = browser ? '.browser-bench.ts' : '.bench.ts';
const filter = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '';
const files = readdirSync(join(root, 'packages'))
  .map((pkg) => join(root, 'packages', pkg, 'bench'))
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(suffix) && (browser || !f.endsWith('.browser-bench.ts')))
      .map((f) => join(dir, f)),
  )
  .filter((file) => file.includes(filter))
  .filter((file) => file.includes(join('packages', 'store-sql')) === durable)
  .sort();

// Published-package figures (tarball and .d.ts sizes, import time, consumer type-check time):
// the packaging smoke test prints them. It packs `dist/`, so build first (`pnpm build`).
const packageFigures = 'packages/*: published packages (scripts/smoke-packages.mjs)'.includes(
  filter,
);

if (files.length === 0 && !packageFigures) {
  console.error(`no benchmark matches "${filter}"`);
  process.exit(1);
}
for (const file of files) {
  console.log(`\n## ${file.slice(root.length + 1)}\n`);
  const result = runTs(file);
  if (result.error) console.error(result.error.message);
  if (result.status !== 0) process.exit(result.status ?? 1);
}
if (packageFigures) {
  console.log('\n## published packages (scripts/smoke-packages.mjs)\n');
  const result = spawnSync('node', ['scripts/smoke-packages.mjs'], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
