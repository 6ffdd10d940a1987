import type {
  LineageReportRecord,
  LineageRow,
  RunManifest,
  RunResult,
  RunStartRequestInput,
} from '@govkit/sdk';
import type { LineageEngine, RunLockEngine } from '@govkit/sdk/engines';

/** The same methods, each returning a promise of what the synchronous engine returns. */
export type Promised<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
};

/**
 * Run locks with fencing tokens: the contract of the sdk's `RunLockEngine` (same results, same
 * `EngineError`s), asynchronous because a store answers over a connection.
 */
export type RunLockService = Promised<RunLockEngine>;

/** Run manifests as receipts, fenced by the workspace lock's token. */
export interface RunManifestService {
  /**
   * Store `manifest` under `fencing_token` (default: the manifest's own token, else 0).
   *
   * @throws EngineError 409 `stale_fencing_token` (data: `fencing_token`, `current_fencing_token`)
   *   when a newer lock holder exists; nothing is written.
   */
  write(manifest: RunManifest, fencing_token?: number): Promise<void>;
  /** The latest manifest written for a run. */
  get(run_id: string): Promise<RunManifest | undefined>;
}

/** Governed runs (lock → six steps → manifest → release), as the sdk's `RunPipelineEngine`. */
export interface RunPipelineService {
  /** @throws EngineError 400/422/409 exactly as `RunPipelineEngine.runPipeline`. */
  runPipeline(workspace_id: string, request: RunStartRequestInput): Promise<RunResult>;
  /** @throws EngineError 404 `Run not found`. */
  getRun(run_id: string): Promise<RunResult>;
  /** Every stored run, newest first. */
  listRuns(): Promise<RunResult[]>;
  /**
   * Store a finished run (and its manifest) made elsewhere, e.g. a seeded world, unless a run with
   * its id exists. The workspace's fencing counter is raised to the run's token if lower, so the
   * store never issues a token an imported run already carries. Returns whether it was stored.
   */
  importRun(run: RunResult): Promise<boolean>;
}

/** Report lineage: the sdk's `LineageEngine` contract plus retention. */
export type LineageService = Promised<Omit<LineageEngine, 'store'>> & {
  /**
   * Retention: delete every lineage (with its report and access trail) created more than
   * `retention_days` days before the store's now. Returns how many were deleted.
   *
   * @throws EngineError 400 for a retention that is not a positive whole number of days.
   */
  purgeOlderThan(retention_days: number): Promise<{ deleted: number }>;
  /**
   * Store a report and its lineage row exactly as given (ids and `created_at` kept), unless the
   * report or the lineage id exists: idempotent seeding and backfills. Returns whether it was stored.
   */
  importLineage(report: LineageReportRecord, row: LineageRow): Promise<boolean>;
};

/** Everything a host backend gets from one store. */
export interface GovkitStore {
  /** `memory`, `pglite` or `postgres`. */
  readonly kind: 'memory' | 'pglite' | 'postgres';
  readonly locks: RunLockService;
  readonly manifests: RunManifestService;
  readonly pipeline: RunPipelineService;
  readonly lineage: LineageService;
  /** Close what the store opened (connections, the embedded database). */
  close(): Promise<void>;
}
