import type { RunManifest, RunResult } from '@govkit/sdk';
import { EngineError } from '@govkit/sdk/engines';
import { SQL_STATE, type SqlClient, type SqlTransaction, sqlStateOf } from '../client/sql-client';
import type { RunManifestService } from '../services';

// The trigger `govkit_refuse_stale_fencing_token` guards both statements: a stale token never lands.
const WRITE_MANIFEST = `
INSERT INTO run_manifests (run_id, workspace_id, fencing_token, manifest) VALUES ($1, $2, $3, $4)
ON CONFLICT (run_id) DO UPDATE
  SET workspace_id = EXCLUDED.workspace_id,
      fencing_token = EXCLUDED.fencing_token,
      manifest = EXCLUDED.manifest,
      written_at = govkit_now()`;

const WRITE_RESULT = `
INSERT INTO run_results (run_id, workspace_id, fencing_token, result) VALUES ($1, $2, $3, $4)
ON CONFLICT (run_id) DO UPDATE
  SET fencing_token = EXCLUDED.fencing_token, result = EXCLUDED.result`;

/** Write a manifest under `fencing_token`, inside the caller's transaction or on its own. */
export async function writeFencedManifest(
  target: SqlTransaction | SqlClient,
  manifest: RunManifest,
  fencing_token: number,
): Promise<void> {
  await fenced(manifest.workspace_id, fencing_token, () =>
    target.query(WRITE_MANIFEST, [
      manifest.run_id,
      manifest.workspace_id,
      fencing_token,
      JSON.stringify(manifest),
    ]),
  );
}

/** Store a finished run under the token its lock was granted with. */
export async function writeFencedRunResult(
  target: SqlTransaction,
  result: RunResult,
): Promise<void> {
  await fenced(result.workspace_id, result.fencing_token, () =>
    target.query(WRITE_RESULT, [
      result.run_id,
      result.workspace_id,
      result.fencing_token,
      JSON.stringify(result),
    ]),
  );
}

/** Fenced manifests on PostgreSQL or PGlite: the database itself refuses a stale writer. */
export function createSqlRunManifestService(client: SqlClient): RunManifestService {
  return {
    write: (manifest, fencing_token = manifest.fencing_token ?? 0) =>
      writeFencedManifest(client, manifest, fencing_token),
    async get(run_id) {
      const [row] = await client.query<{ manifest: RunManifest }>(
        'SELECT manifest FROM run_manifests WHERE run_id = $1',
        [run_id],
      );
      return row?.manifest;
    },
  };
}

// The trigger's GK409 becomes the engine's 409, with the same message and data.
async function fenced(workspace_id: string, fencing_token: number, write: () => Promise<unknown>) {
  try {
    await write();
  } catch (error) {
    if (sqlStateOf(error) !== SQL_STATE.staleFencingToken) throw error;
    const current = Number((error as { detail?: string }).detail ?? Number.NaN);
    throw EngineError.conflict(
      `Stale fencing token ${fencing_token} for workspace ${workspace_id} (current: ${current})`,
      {
        code: 'stale_fencing_token',
        data: { fencing_token, current_fencing_token: current },
        cause: error,
      },
    );
  }
}
