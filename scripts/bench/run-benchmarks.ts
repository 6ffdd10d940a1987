// The `pnpm bench` runner (scripts/bench.mjs starts it with tsx): runs the selected modules one
// after another, each in its own process, collects the sections they report and rewrites the
// generated block of BENCHMARKS.md (`--no-write` only prints). See bench-registry.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { BENCH_MODULES, selectBenchModules } from './bench-registry';
import type { BenchMachine, BenchSection } from './bench-types';
import { renderBlockHeader, updateBenchmarksMarkdown } from './render-benchmarks';

const root = join(import.meta.dirname, '..', '..');
const argv = process.argv.slice(2);
const { modules, full } = selectBenchModules(argv);
if (modules.length === 0) {
  console.error(`no benchmark matches "${argv.join(' ')}"`);
  process.exit(1);
}

const tsx = join(root, 'node_modules', '.bin', 'tsx');
const scratch = mkdtempSync(join(tmpdir(), 'govkit-bench-'));
const sections: BenchSection[] = [];
let failed = 0;
try {
  for (const module of modules) {
    console.log(`\n## ${module.id} (${module.file})\n`);
    const out = join(scratch, `${module.id}.jsonl`);
    writeFileSync(out, '');
    const startedAt = new Date().toISOString();
    const loadBefore = loadavg()[0] ?? 0;
    const started = performance.now();
    const [command, args] =
      module.runner === 'tsx'
        ? [tsx, ['--conditions=@govkit/source', module.file]]
        : [process.execPath, [module.file]];
    const result = spawnSync(command, args, {
      stdio: 'inherit',
      cwd: root,
      env: { ...process.env, GOVKIT_BENCH_OUT: out },
    });
    const run = {
      startedAt,
      loadBefore,
      loadAfter: loadavg()[0] ?? 0,
      seconds: (performance.now() - started) / 1000,
    };
    if (result.error) console.error(result.error.message);
    if (result.status !== 0) {
      failed += 1;
      console.error(`${module.id} failed (exit ${result.status}); its section is not written`);
      continue;
    }
    for (const line of readFileSync(out, 'utf8').split('\n').filter(Boolean)) {
      sections.push({ ...(JSON.parse(line) as BenchSection), run });
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (sections.length > 0 && !argv.includes('--no-write')) {
  const file = join(root, 'BENCHMARKS.md');
  const machine: BenchMachine = {
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    memoryGiB: totalmem() / 2 ** 30,
    node: process.version,
    os: `${type()} ${release()}`,
  };
  // A full run whose module failed keeps the other sections' old figures rather than dropping them.
  const header = renderBlockHeader(machine, 'pnpm bench', new Date().toISOString());
  const text = updateBenchmarksMarkdown(
    readFileSync(file, 'utf8'),
    sections,
    full && failed === 0
      ? {
          full: true,
          header,
          // Reporting modules a full run leaves out (`packages`) keep their last section.
          keep: BENCH_MODULES.filter((m) => m.reports && !modules.includes(m)).map((m) => m.id),
        }
      : { full: false },
  );
  writeFileSync(file, text);
  // The repository's formatter aligns markdown tables; formatting here keeps `pnpm lint` green
  // after a run, so a regenerated BENCHMARKS.md can be committed as it is.
  spawnSync(join(root, 'node_modules', '.bin', 'biome'), ['format', '--write', file], {
    stdio: 'ignore',
  });
  console.log(`\nBENCHMARKS.md: ${sections.length} section(s) written`);
}
process.exit(failed > 0 ? 1 : 0);
