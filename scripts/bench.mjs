#!/usr/bin/env node
// `pnpm bench`: runs every benchmark module (scripts/bench/bench-registry.ts), one process after
// another, and rewrites the generated block of BENCHMARKS.md with each figure beside its baseline.
//   pnpm bench                 every default and browser module; rewrites the whole block
//   pnpm bench <id>            modules whose id contains <id>; rewrites only their sections
//   pnpm bench --browser       the headless-Chromium modules (optionally `--browser <id>`)
//   pnpm bench --durable       the store-sql benchmarks (starts a throwaway PostgreSQL unless
//                              GOVKIT_PG_URL is set); prints only
//   pnpm bench --soak          the 10-minute soak (GOVKIT_SOAK_MINUTES / GOVKIT_SOAK_RATE); prints only
//   pnpm bench packages        published-package figures (after `pnpm build`); writes its section
//   --no-write                 print the tables, leave BENCHMARKS.md alone
// This file only starts the TypeScript runner with the workspace's own tsx (no global pnpm).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const result = spawnSync(
  join(root, 'node_modules', '.bin', 'tsx'),
  [join(root, 'scripts', 'bench', 'run-benchmarks.ts'), ...process.argv.slice(2)],
  { stdio: 'inherit', cwd: root },
);
if (result.error) console.error(result.error.message);
process.exit(result.status ?? 1);
