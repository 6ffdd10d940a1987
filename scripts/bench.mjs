#!/usr/bin/env node
// `pnpm bench`: runs every packages/*/bench/*.bench.ts with tsx, one after another (benchmarks
// sharing two cores would measure each other). Pass a substring to run only matching files.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const filter = process.argv[2] ?? '';
const root = join(import.meta.dirname, '..');
const files = readdirSync(join(root, 'packages'))
  .map((pkg) => join(root, 'packages', pkg, 'bench'))
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.bench.ts'))
      .map((f) => join(dir, f)),
  )
  .filter((file) => file.includes(filter))
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
  const result = spawnSync('pnpm', ['exec', 'tsx', file], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
if (packageFigures) {
  console.log('\n## published packages (scripts/smoke-packages.mjs)\n');
  const result = spawnSync('node', ['scripts/smoke-packages.mjs'], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
