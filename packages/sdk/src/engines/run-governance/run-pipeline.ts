import type { RunManifest } from '../../schemas/run-governance/run-manifest';
import {
  type RunStartRequest,
  type RunStartRequestInput,
  RunStartRequestSchema,
} from '../../schemas/run-governance/run-request';
import type { RunResult } from '../../schemas/run-governance/run-result';
import {
  DOMAIN_ERROR_CODES,
  DOMAIN_ERROR_DETAILS,
} from '../../schemas/shared/domain-error-contract';
import { type Clock, isoAt } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import type { IdGenerator } from '../shared/id-generator';
import { createInputFingerprint } from './input-fingerprint';
import { buildPredictiveContext, presentWatchList } from './predictive-context';
import { computeRunGating } from './run-gating';
import { createRunLockEngine, type RunLockEngine } from './run-lock';
import {
  createManifest,
  finalizeManifest,
  markStepError,
  markStepSkipped,
  markStepStart,
  markStepSuccess,
  summarizeManifest,
} from './run-manifest';
import { executeRunSteps, type RunPipelineHooks } from './run-steps';
import { createInMemoryRunStore, createManifestWriter, type RunStore } from './run-store';

/** Dependencies of {@link createRunPipelineEngine}. */
export interface RunPipelineEngineOptions {
  clock: Clock;
  ids: IdGenerator;
  /** Defaults to an in-memory {@link createRunLockEngine} on the same clock and ids. */
  locks?: RunLockEngine;
  /** Defaults to {@link createInMemoryRunStore}. */
  store?: RunStore;
  hooks?: RunPipelineHooks;
}

/** Governed runs: lock, six steps with gating, manifest, release. */
export interface RunPipelineEngine {
  /**
   * Run the Decision v2 pipeline for a workspace: acquire the lock → the six steps (gated steps
   * skipped) → finalize the manifest → store the run → release the lock. The lock is released in
   * every case, including validation-free early failures and thrown errors.
   *
   * A step that throws marks itself `failed` and the remaining steps `skipped`; the run is stored
   * with `status: "failed"` and returned (the business-profile step is the exception: it fails and
   * the run continues without a profile, as in the seed).
   *
   * @throws EngineError 422 (`validation_error`) for an invalid request, before anything happens.
   * @throws EngineError 409 (`run_lock_held`) with the calm lock message while another run holds
   *   the workspace lock.
   * @throws EngineError 409 (`stale_fencing_token`) when the run's lock expired mid-run and a newer
   *   holder took it: the stale run's manifest writes are refused and nothing more is stored.
   */
  runPipeline(workspace_id: string, request: RunStartRequestInput): RunResult;
  /** A stored run. @throws EngineError 404 `Run not found`. */
  getRun(run_id: string): RunResult;
  /** The lock engine the pipeline uses (inspector, direct acquire/release). */
  readonly locks: RunLockEngine;
  /** The run store (manifests as written, finished runs). */
  readonly store: RunStore;
}

/** Detail of the 404 for an unknown run id. */
export const RUN_NOT_FOUND_DETAIL = 'Run not found';

/** Create the run pipeline engine. */
export function createRunPipelineEngine(options: RunPipelineEngineOptions): RunPipelineEngine {
  const { clock, ids, hooks = {} } = options;
  const locks = options.locks ?? createRunLockEngine({ clock, ids });
  const store = options.store ?? createInMemoryRunStore();
  const writer = createManifestWriter({ store, fencing: locks });

  function runPipeline(workspace_id: string, input: RunStartRequestInput): RunResult {
    const request = parseRunStartRequest(workspace_id, input);
    const grant = locks.acquireRunLock(workspace_id, request.owner, request.ttl_seconds);
    if (!grant.acquired || grant.lock_id === undefined || grant.fencing_token === undefined) {
      throw EngineError.conflict(DOMAIN_ERROR_DETAILS.runLockHeld, {
        code: DOMAIN_ERROR_CODES.runLockHeld,
      });
    }
    const lockId = grant.lock_id;
    const token = grant.fencing_token;
    try {
      const result = executeGovernedRun({
        workspace_id,
        request,
        lock_id: lockId,
        fencing_token: token,
        clock,
        ids,
        hooks,
        save: (manifest) => writer.write(manifest, token),
      });
      store.putRun(result);
      return result;
    } finally {
      locks.releaseRunLock(lockId);
    }
  }

  return {
    runPipeline,
    getRun(run_id) {
      const run = store.getRun(run_id);
      if (!run) throw EngineError.notFound(RUN_NOT_FOUND_DETAIL);
      return run;
    },
    locks,
    store,
  };
}

/** A validated run request with its owner settled. */
export type OwnedRunStartRequest = RunStartRequest & { owner: string };

/**
 * The request of `runPipeline`, validated.
 *
 * @throws EngineError 400 for an empty workspace id, 422 (`validation_error`) for a bad request
 *   or a missing `owner`.
 */
export function parseRunStartRequest(
  workspace_id: string,
  input: RunStartRequestInput,
): OwnedRunStartRequest {
  if (typeof workspace_id !== 'string' || workspace_id.trim() === '') {
    throw EngineError.badRequest('workspace_id is required');
  }
  const parsed = RunStartRequestSchema.safeParse(input);
  if (!parsed.success) {
    throw EngineError.unprocessable('Invalid run request', {
      data: {
        issues: parsed.error.issues.map((issue) => ({
          path: issue.path,
          message: issue.message,
        })),
      },
    });
  }
  const request = parsed.data;
  // Over HTTP the server fills `owner` with the acting user; a direct engine call must name one.
  if (request.owner === undefined) {
    throw EngineError.unprocessable('Invalid run request', {
      data: { issues: [{ path: ['owner'], message: 'owner is required' }] },
    });
  }
  return { ...request, owner: request.owner };
}

/** Inputs of {@link executeGovernedRun}: a validated request and the lock grant it runs under. */
export interface GovernedRunOptions {
  workspace_id: string;
  request: OwnedRunStartRequest;
  lock_id: string;
  fencing_token: number;
  clock: Clock;
  ids: IdGenerator;
  hooks?: RunPipelineHooks;
  /**
   * Persist one manifest version. Called for the new manifest, every step transition and the
   * finalized manifest; a throw (a refused stale write) stops the run and propagates.
   */
  save: (manifest: RunManifest) => void;
}

/**
 * One governed run under a held lock: the six steps with gating, each manifest change handed to
 * `save`, then the finished {@link RunResult} (not stored: the caller stores it). Shared by the
 * in-memory pipeline and the durable stores, so a run means the same on every store.
 */
export function executeGovernedRun(options: GovernedRunOptions): RunResult {
  const { workspace_id, request, lock_id, fencing_token, clock, ids, hooks = {} } = options;
  const run_id = ids.next('run');
  const created_at = isoAt(clock);
  let manifest: RunManifest = createManifest(run_id, workspace_id, request.mode, lock_id, {
    clock,
    fencing_token,
  });
  const save = (next: RunManifest) => {
    options.save(next);
    manifest = next;
  };
  save(manifest);

  const gating = computeRunGating(request);
  const input_fingerprint = createInputFingerprint({
    file_names: request.files.map((file) => file.name),
    row_counts: rowCounts(request),
    date_range: request.date_range,
  });
  const outcome = executeRunSteps({
    context: { run_id, workspace_id, request },
    gating,
    input_fingerprint,
    hooks,
    steps: {
      start: (step, fingerprint) => save(markStepStart(manifest, step, fingerprint, { clock })),
      succeed: (step, output_refs, notes) =>
        save(markStepSuccess(manifest, step, output_refs, notes, { clock })),
      skip: (step, reason) => save(markStepSkipped(manifest, step, reason, { clock })),
      fail: (step, message) => save(markStepError(manifest, step, message, { clock })),
    },
    predict: (business_profile) =>
      buildPredictiveContext({ business_profile, snapshot_keywords: request.snapshot_keywords }),
  });
  save(finalizeManifest(manifest, { clock }));

  const result: RunResult = {
    run_id,
    workspace_id,
    owner: request.owner,
    status: outcome.error === null ? 'succeeded' : 'failed',
    gated: gating.gated,
    confident: outcome.confident,
    readiness: gating.readiness,
    data_warnings: gating.data_warnings,
    input_fingerprint,
    manifest,
    manifest_summary: summarizeManifest(manifest),
    conclusion: outcome.conclusion,
    predictive_context: outcome.predictive_context,
    presented_watch_list: presentWatchList(outcome.predictive_context),
    lock_id,
    fencing_token,
    created_at,
    finished_at: isoAt(clock),
    error: outcome.error,
  };
  return result;
}

// Aggregates only: per-file row counts plus the recognised totals (never rows themselves).
function rowCounts(request: RunStartRequest): Record<string, number> {
  const counts: Record<string, number> = {
    invoices_detected: request.invoices_detected_count,
    quotes_detected: request.quotes_detected_count,
  };
  for (const file of request.files) {
    const key = `file:${file.name}`;
    counts[key] = (counts[key] ?? 0) + file.row_count;
  }
  return counts;
}
