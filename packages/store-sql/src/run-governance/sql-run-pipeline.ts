import type { RunManifest, RunResult } from '@govkit/sdk';
import {
  type Clock,
  EngineError,
  executeGovernedRun,
  type IdGenerator,
  parseRunStartRequest,
  RUN_NOT_FOUND_DETAIL,
  type RunPipelineHooks,
  randomIdGenerator,
  systemClock,
} from '@govkit/sdk/engines';
import { DOMAIN_ERROR_DETAILS } from '@govkit/sdk/schemas';
import type { SqlClient } from '../client/sql-client';
import type { RunLockService, RunPipelineService } from '../services';
import { writeFencedManifest, writeFencedRunResult } from './sql-run-store';

/** Dependencies of {@link createSqlRunPipelineService}. */
export interface SqlRunPipelineServiceOptions {
  client: SqlClient;
  locks: RunLockService;
  /** Time of the manifest's step stamps (lock expiry is always the database's). */
  clock?: Clock;
  ids?: IdGenerator;
  hooks?: RunPipelineHooks;
}

/**
 * Governed runs on a SQL store. The six steps are the sdk's own (`executeGovernedRun`); they are
 * pure computation, so the run collects its manifest in memory and then stores the finalized
 * manifest and the run result in ONE transaction under the grant's fencing token: a run whose
 * lock was taken over meanwhile is refused by the database and leaves nothing behind. The lock is
 * released in every case.
 */
export function createSqlRunPipelineService(
  options: SqlRunPipelineServiceOptions,
): RunPipelineService {
  const { client, locks, hooks = {} } = options;
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? randomIdGenerator;

  return {
    async runPipeline(workspace_id, input) {
      const request = parseRunStartRequest(workspace_id, input);
      const grant = await locks.acquireRunLock(workspace_id, request.owner, request.ttl_seconds);
      if (!grant.acquired || grant.lock_id === undefined || grant.fencing_token === undefined) {
        throw EngineError.conflict(DOMAIN_ERROR_DETAILS.runLockHeld, { code: 'run_lock_held' });
      }
      const lock_id = grant.lock_id;
      const fencing_token = grant.fencing_token;
      try {
        let manifest: RunManifest | undefined;
        const result = executeGovernedRun({
          workspace_id,
          request,
          lock_id,
          fencing_token,
          clock,
          ids,
          hooks,
          save: (next) => {
            manifest = next;
          },
        });
        const finalManifest = manifest ?? result.manifest;
        await client.transaction(async (tx) => {
          await writeFencedManifest(tx, finalManifest, fencing_token);
          await writeFencedRunResult(tx, result);
        });
        return result;
      } finally {
        await locks.releaseRunLock(lock_id);
      }
    },

    async getRun(run_id) {
      const [row] = await client.query<{ result: RunResult }>(
        'SELECT result FROM run_results WHERE run_id = $1',
        [run_id],
      );
      if (!row) throw EngineError.notFound(RUN_NOT_FOUND_DETAIL);
      return row.result;
    },

    async importRun(run) {
      return client.transaction(async (tx) => {
        await tx.query("SELECT set_config('govkit.importing', 'on', true)");
        const inserted = await tx.query(
          `INSERT INTO run_results (run_id, workspace_id, fencing_token, result, created_at)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT (run_id) DO NOTHING RETURNING run_id`,
          [run.run_id, run.workspace_id, run.fencing_token, JSON.stringify(run), run.created_at],
        );
        if (inserted.length === 0) return false;
        await tx.query(
          `INSERT INTO run_locks (workspace_id, fencing_token) VALUES ($1, $2)
           ON CONFLICT (workspace_id) DO UPDATE
             SET fencing_token = GREATEST(run_locks.fencing_token, EXCLUDED.fencing_token)`,
          [run.workspace_id, Math.max(run.fencing_token, 1)],
        );
        await writeFencedManifest(tx, run.manifest, run.fencing_token);
        return true;
      });
    },

    async listRuns() {
      const rows = await client.query<{ result: RunResult }>(
        'SELECT result FROM run_results ORDER BY created_at DESC, run_id DESC',
      );
      return rows.map((row) => row.result);
    },
  };
}
