#!/usr/bin/env node
// `pnpm bench`: runs every packages/*/bench/*.bench.ts with tsx, one after another (benchmarks
// sharing two cores would measure each other). Pass a substring to run only matching files.
// `--browser` runs the packages/*/bench/*.browser-bench.ts instead: benchmarks that drive headless
// Chromium (/usr/bin/chromium, or GOVKIT_CHROMIUM) through playwright-core.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const browser = args.includes('--browser');
const filter = args.find((arg) => arg !== '--browser') ?? '';
const suffix = browser ? '.browser-bench.ts' : '.bench.ts';
const root = join(import.meta.dirname, '..');
const files = readdirSync(join(root, 'packages'))
  .map((pkg) => join(root, 'packages', pkg, 'bench'))
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(suffix) && (browser || !f.endsWith('.browser-bench.ts')))
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
