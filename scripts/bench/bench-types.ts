// The shapes a benchmark module reports (see bench-report.ts) and the runner renders.

/** A goal from an issue: the figure must be at most (`<=`) or at least (`>=`) `value`. */
export interface BenchGoal {
  op: '<=' | '>=';
  value: number;
}

/** One measured figure. */
export interface BenchRow {
  /** What was measured, e.g. `timeline page, 10,000 entries, lenient`. */
  figure: string;
  /** govkit's figure (a median unless `detail` says otherwise). */
  value: number;
  /** `ms`, `req/s`, `frames/s`, `kB`, …; a unit ending in `/s` is better when higher. */
  unit: string;
  /** The alternative measured in the same run, in the same unit. */
  baseline?: { label: string; value: number } | undefined;
  goal?: BenchGoal | undefined;
  /** Spread and context: `min 3.1 · max 9.0`, `p99 4.2 ms`, … */
  detail?: string | undefined;
}

/** A module's share of BENCHMARKS.md. */
export interface BenchSection {
  /** The registry id of the module (`schema-validation`, `engines`, …). */
  id: string;
  title: string;
  /** How to run this module alone, e.g. `pnpm bench schema-validation`. */
  command: string;
  /** Markdown paragraphs before the table: what is measured, how. */
  method: string;
  rows: BenchRow[];
  /** Markdown paragraphs after the table: reading it, misses and their causes. */
  notes?: string[] | undefined;
  /** Filled by the runner. */
  run?: BenchRunInfo | undefined;
}

/** What the runner adds to a section: when and under which load it was measured. */
export interface BenchRunInfo {
  /** ISO date-time the module started. */
  startedAt: string;
  /** 1-minute load average before and after the module ran. */
  loadBefore: number;
  loadAfter: number;
  seconds: number;
}

/** The machine a run measured, for the header of the generated block. */
export interface BenchMachine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
}
