import type { RunManifest } from '../../schemas/run-governance/run-manifest';
import type { RunResult } from '../../schemas/run-governance/run-result';
import { EngineError } from '../shared/engine-error';

/**
 * Where governed runs and their manifests are kept. The manifest writer keeps the latest manifest
 * of every run as it progresses; the pipeline stores the run result once the run has ended.
 */
export interface RunStore {
  getRun(runId: string): RunResult | undefined;
  putRun(run: RunResult): void;
  getManifest(runId: string): RunManifest | undefined;
  putManifest(manifest: RunManifest): void;
  /** Every stored run (any order); for inspection and seeded worlds. */
  listRuns(): RunResult[];
}

/** The default {@link RunStore}: two maps of structured clones (callers can't mutate stored rows). */
export function createInMemoryRunStore(): RunStore {
  const runs = new Map<string, RunResult>();
  const manifests = new Map<string, RunManifest>();
  return {
    getRun: (runId) => cloneOrUndefined(runs.get(runId)),
    putRun: (run) => {
      runs.set(run.run_id, structuredClone(run));
    },
    getManifest: (runId) => cloneOrUndefined(manifests.get(runId)),
    putManifest: (manifest) => {
      manifests.set(manifest.run_id, structuredClone(manifest));
    },
    listRuns: () => [...runs.values()].map((run) => structuredClone(run)),
  };
}

/** Where the writer learns a workspace's newest fencing token (the run-lock engine). */
export interface FencingTokenSource {
  currentFencingToken(workspace_id: string): number;
}

/** Dependencies of {@link createManifestWriter}. */
export interface ManifestWriterOptions {
  store: Pick<RunStore, 'putManifest' | 'getManifest'>;
  fencing: FencingTokenSource;
}

/** Persists manifests, fenced by the workspace lock's token. */
export interface ManifestWriter {
  /**
   * Store `manifest` under `fencing_token` (default: the manifest's own token).
   *
   * @throws EngineError 409 `stale_fencing_token` when the token is lower than the workspace's
   *   current token: the writer's lock expired and a newer holder exists, so its write must not land.
   *   A manifest without any token counts as token 0. Nothing is written on refusal.
   */
  write(manifest: RunManifest, fencing_token?: number): void;
}

/**
 * A manifest writer that refuses writes from stale lock holders. Why fencing and not "check the
 * lock is live": a holder can pause after the check (GC, slow I/O) while its lock expires and is
 * re-granted; the token comparison at write time catches exactly that.
 */
export function createManifestWriter(options: ManifestWriterOptions): ManifestWriter {
  const { store, fencing } = options;
  return {
    write(manifest, fencing_token = manifest.fencing_token ?? 0) {
      const current = fencing.currentFencingToken(manifest.workspace_id);
      if (fencing_token < current) {
        throw EngineError.conflict(
          `Stale fencing token ${fencing_token} for workspace ${manifest.workspace_id} (current: ${current})`,
          { code: 'stale_fencing_token', data: { fencing_token, current_fencing_token: current } },
        );
      }
      store.putManifest(manifest);
    },
  };
}

function cloneOrUndefined<T>(value: T | undefined): T | undefined {
  return value === undefined ? undefined : structuredClone(value);
}
