import type { RunLock } from '@govkit/sdk';
import {
  EngineError,
  type IdGenerator,
  RUN_LOCK_ERRORS,
  randomIdGenerator,
  validateRunLockRequest,
} from '@govkit/sdk/engines';
import { DOMAIN_ERROR_DETAILS, RUN_LOCK_DEFAULT_TTL_SECONDS } from '@govkit/sdk/schemas';
import type { SqlClient, SqlRow } from '../client/sql-client';
import { isoOf } from '../client/sql-values';
import type { RunLockService } from '../services';

/** Dependencies of {@link createSqlRunLockService}. */
export interface SqlRunLockServiceOptions {
  client: SqlClient;
  /** Lock ids (default: random UUIDs). Time never comes from here: expiry is the database's. */
  ids?: IdGenerator;
}

interface LockRow extends SqlRow {
  workspace_id: string;
  fencing_token: string | number;
  lock_id: string | null;
  owner: string | null;
  acquired_at: Date | null;
  expires_at: Date | null;
  live: boolean | null;
}

const LOCK_COLUMNS =
  'workspace_id, fencing_token, lock_id, owner, acquired_at, expires_at, expires_at > govkit_now() AS live';

/**
 * Acquire is ONE statement. Either it inserts the workspace's first row (token 1), or it takes
 * over the existing row only when that row has no holder or its expiry has passed by the
 * database clock, advancing the token in the same write. Under concurrency PostgreSQL's
 * `INSERT … ON CONFLICT DO UPDATE` either inserts or locks the conflicting row and re-checks the
 * `WHERE` against its newest committed version, so of N racing acquirers exactly one gets a row
 * back; the rest see the winner's live lock and get none.
 */
const ACQUIRE = `
INSERT INTO run_locks AS l (workspace_id, fencing_token, lock_id, owner, acquired_at, expires_at)
SELECT $1, 1, $2, $3, t.now, t.now + $4 * interval '1 second' FROM (SELECT govkit_now() AS now) t
ON CONFLICT (workspace_id) DO UPDATE
  SET fencing_token = l.fencing_token + 1,
      lock_id = EXCLUDED.lock_id,
      owner = EXCLUDED.owner,
      acquired_at = EXCLUDED.acquired_at,
      expires_at = EXCLUDED.expires_at
  WHERE l.lock_id IS NULL OR l.expires_at <= EXCLUDED.acquired_at
RETURNING workspace_id, fencing_token, lock_id, owner, acquired_at, expires_at, true AS live`;

// Release clears the holder of the caller's lock id only; the row (and its counter) stays.
const RELEASE = `
UPDATE run_locks SET lock_id = NULL, owner = NULL, acquired_at = NULL, expires_at = NULL
WHERE lock_id = $1
RETURNING workspace_id`;

/**
 * Run locks on PostgreSQL or PGlite with the sdk engine's contract: not re-entrant, calm refusal,
 * strictly increasing fencing tokens per workspace, release only by the current lock id.
 */
export function createSqlRunLockService(options: SqlRunLockServiceOptions): RunLockService {
  const { client } = options;
  const ids = options.ids ?? randomIdGenerator;

  const lockRow = async (workspace_id: string) =>
    (
      await client.query<LockRow>(`SELECT ${LOCK_COLUMNS} FROM run_locks WHERE workspace_id = $1`, [
        workspace_id,
      ])
    )[0];

  return {
    async acquireRunLock(workspace_id, owner, ttl_seconds = RUN_LOCK_DEFAULT_TTL_SECONDS) {
      validateRunLockRequest(workspace_id, owner, ttl_seconds);
      const [row] = await client.query<LockRow>(ACQUIRE, [
        workspace_id,
        ids.next(),
        owner,
        ttl_seconds,
      ]);
      if (!row) return { acquired: false, message: DOMAIN_ERROR_DETAILS.runLockHeld };
      return { acquired: true, ...toRunLock(row) };
    },

    async releaseRunLock(lock_id) {
      if (typeof lock_id !== 'string' || lock_id === '') return false;
      return (await client.query(RELEASE, [lock_id])).length > 0;
    },

    async releaseHeldLock(lock_id, actor) {
      const [row] =
        typeof lock_id === 'string' && lock_id !== ''
          ? await client.query<LockRow>(
              `SELECT ${LOCK_COLUMNS} FROM run_locks WHERE lock_id = $1`,
              [lock_id],
            )
          : [];
      if (!row) throw EngineError.notFound(RUN_LOCK_ERRORS.notFound, { code: 'not_found' });
      if (!actor.is_admin && row.owner !== actor.id) {
        throw EngineError.forbidden(RUN_LOCK_ERRORS.notHolder, { code: 'forbidden' });
      }
      // Still by id: if the lock was released or taken over meanwhile, this frees nobody else.
      await client.query(RELEASE, [lock_id]);
    },

    async getLockState(workspace_id, viewer) {
      const row = await lockRow(workspace_id);
      const held = row?.lock_id ? row : undefined;
      // The lock id is the release capability: only the holder and admins may read it.
      const mayRelease = !viewer || viewer.is_admin || viewer.id === held?.owner;
      return {
        workspace_id,
        live: held?.live === true,
        holder: held?.owner ?? null,
        lock_id: (mayRelease ? held?.lock_id : undefined) ?? null,
        acquired_at: held ? isoOf(held.acquired_at) : null,
        expires_at: held ? isoOf(held.expires_at) : null,
        fencing_token: held ? Number(held.fencing_token) : null,
        current_fencing_token: row ? Number(row.fencing_token) : 0,
      };
    },

    async currentFencingToken(workspace_id) {
      const row = await lockRow(workspace_id);
      return row ? Number(row.fencing_token) : 0;
    },

    async isLive(lock_id) {
      if (typeof lock_id !== 'string' || lock_id === '') return false;
      const [row] = await client.query<{ live: boolean }>(
        'SELECT expires_at > govkit_now() AS live FROM run_locks WHERE lock_id = $1',
        [lock_id],
      );
      return row?.live === true;
    },
  };
}

function toRunLock(row: LockRow): RunLock {
  return {
    lock_id: row.lock_id ?? '',
    workspace_id: row.workspace_id,
    owner: row.owner ?? '',
    acquired_at: isoOf(row.acquired_at),
    expires_at: isoOf(row.expires_at),
    fencing_token: Number(row.fencing_token),
  };
}
