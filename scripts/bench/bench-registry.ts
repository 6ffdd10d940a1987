// The benchmark modules `pnpm bench` knows. A module is a script run in its own process (two
// benchmarks sharing two cores would measure each other); a reporting module calls
// `reportSection` (bench-report.ts) once per section and the runner writes those sections into
// BENCHMARKS.md. To add a benchmark (bundle sizes, the timeline in a browser, …), write the
// module and add one entry here.

/**
 * - `default`: part of a plain `pnpm bench`.
 * - `browser`: drives headless Chromium; part of `pnpm bench` and of `pnpm bench --browser`.
 * - `durable`, `soak`, `packages`: only when asked for (`--durable`, `--soak`, or by id), because
 *   they start PostgreSQL, take ten minutes, or need `pnpm build` first.
 */
export type BenchGroup = 'default' | 'browser' | 'durable' | 'soak' | 'packages';

export interface BenchModule {
  /** Used on the command line (`pnpm bench <id>`) and as the section marker in BENCHMARKS.md. */
  id: string;
  group: BenchGroup;
  /** Repository-relative path of the script. */
  file: string;
  /** `tsx` runs workspace packages from source; `node` for plain `.mjs` scripts. */
  runner: 'tsx' | 'node';
  /** True when the module reports sections (else it only prints, e.g. the soak log). */
  reports: boolean;
}

export const BENCH_MODULES: readonly BenchModule[] = [
  {
    id: 'schema-validation',
    group: 'default',
    file: 'packages/sdk/bench/schema-validation.bench.ts',
    runner: 'tsx',
    reports: true,
  },
  {
    id: 'engines',
    group: 'default',
    file: 'packages/sdk/bench/engines.bench.ts',
    runner: 'tsx',
    reports: true,
  },
  {
    id: 'http-load',
    group: 'default',
    file: 'packages/mock-server/bench/http-load.bench.ts',
    runner: 'tsx',
    reports: true,
  },
  {
    id: 'create-store',
    group: 'default',
    file: 'packages/mock-server/bench/create-store.bench.ts',
    runner: 'tsx',
    reports: true,
  },
  {
    id: 'trace-table',
    group: 'browser',
    file: 'packages/react/bench/trace-table.browser-bench.ts',
    runner: 'tsx',
    reports: true,
  },
  {
    id: 'log-viewer',
    group: 'browser',
    file: 'packages/react/bench/log-viewer.browser-bench.ts',
    runner: 'tsx',
    reports: true,
  },
  {
    id: 'decision-timeline',
    group: 'browser',
    file: 'packages/react/bench/decision-timeline.browser-bench.ts',
    runner: 'tsx',
    reports: true,
  },
  {
    id: 'bundle-size',
    group: 'default',
    file: 'scripts/bench/bundle-size.bench.ts',
    runner: 'tsx',
    reports: true,
  },
  {
    id: 'durable',
    group: 'durable',
    file: 'packages/store-sql/bench/durable-store.bench.ts',
    runner: 'tsx',
    reports: false,
  },
  {
    id: 'soak',
    group: 'soak',
    file: 'packages/mock-server/bench/soak.ts',
    runner: 'tsx',
    reports: false,
  },
  {
    id: 'packages',
    group: 'packages',
    file: 'scripts/bench/packages.bench.ts',
    runner: 'tsx',
    reports: true,
  },
];

/** What a command line selects: flags pick a group, a word picks modules by id substring. */
export function selectBenchModules(
  argv: readonly string[],
  modules: readonly BenchModule[] = BENCH_MODULES,
): { modules: BenchModule[]; full: boolean } {
  const filter = argv.find((arg) => !arg.startsWith('--'));
  const flagged = (['durable', 'soak', 'browser'] as const).filter((flag) =>
    argv.includes(`--${flag}`),
  );
  if (flagged.length > 0) {
    const picked = modules.filter(
      (m) => (flagged as readonly string[]).includes(m.group) && (!filter || m.id.includes(filter)),
    );
    return { modules: picked, full: false };
  }
  if (filter) return { modules: modules.filter((m) => m.id.includes(filter)), full: false };
  return {
    modules: modules.filter((m) => m.group === 'default' || m.group === 'browser'),
    full: true,
  };
}
