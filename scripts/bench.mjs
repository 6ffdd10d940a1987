#!/usr/bin/env node
// `pnpm bench`: runs every packages/*/bench/*.bench.ts with tsx, one after another (benchmarks
// sharing two cores would measure each other). Pass a substring to run only matching files.
// `--soak` runs the 10-minute soak instead (packages/mock-server/bench/soak.ts; set
// GOVKIT_SOAK_MINUTES / GOVKIT_SOAK_RATE to change its length and rate); it is never part of the
// default run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
if (process.argv.includes('--soak')) {
  const soak = join(root, 'packages', 'mock-server', 'bench', 'soak.ts');
  const result = spawnSync('pnpm', ['exec', 'tsx', soak], { stdio: 'inherit', cwd: root });
  process.exit(result.status ?? 1);
}
const filter = process.argv[2] ?? '';
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

if (files.length === 0) {
  console.error(`no benchmark matches "${filter}"`);
  process.exit(1);
}
for (const file of files) {
  console.log(`\n## ${file.slice(root.length + 1)}\n`);
  const result = spawnSync('pnpm', ['exec', 'tsx', file], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
