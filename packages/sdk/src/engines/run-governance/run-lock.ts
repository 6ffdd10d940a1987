import {
  type AcquireLockResult,
  RUN_LOCK_DEFAULT_TTL_SECONDS,
  RUN_LOCK_MAX_TTL_SECONDS,
  type RunLock,
  type RunLockState,
} from '../../schemas/run-governance/run-lock';
import { DOMAIN_ERROR_DETAILS } from '../../schemas/shared/domain-error-contract';
import { type Clock, systemClock } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import { type IdGenerator, randomIdGenerator } from '../shared/id-generator';
import { createInMemoryRunLockStore, type RunLockStore } from './run-lock-store';

/** Dependencies of {@link createRunLockEngine}. */
export interface RunLockEngineOptions {
  /** The only source of "now": expiry is `expires_at > now`, strictly. Default: system clock. */
  clock?: Clock | undefined;
  /**
   * Lock ids; every grant gets a fresh one so a stale holder can never release a newer lock.
   * Default: random UUIDs.
   */
  ids?: IdGenerator | undefined;
  /** Defaults to {@link createInMemoryRunLockStore}. */
  store?: RunLockStore;
}

/** Who is asking, for the permission checks of {@link RunLockEngine.releaseHeldLock}. */
export interface RunLockActor {
  id: string;
  is_admin: boolean;
}

/** Exact 403/404 details of the lock commands a caller (not the pipeline) issues. */
export const RUN_LOCK_ERRORS = {
  notFound: 'Lock not found',
  notHolder: 'Only the lock holder or an admin can release this lock',
  notOwner: 'Only an admin can take a lock on behalf of another user',
} as const;

/** The single-run lock of a workspace, atomic and fenced. */
export interface RunLockEngine {
  /**
   * Take the workspace's lock for `ttl_seconds` (default 300). Refused (not thrown) while another
   * lock is live, with the calm message; the lock is not re-entrant (the same owner is refused too).
   * After expiry anyone may take it: a new lock id and a strictly larger fencing token.
   *
   * @throws EngineError 400 (`bad_request`) for an empty workspace/owner or a TTL outside 1–86400 s.
   */
  acquireRunLock(workspace_id: string, owner: string, ttl_seconds?: number): AcquireLockResult;
  /**
   * Release the lock whose id is `lock_id`. Only the current holder's id frees the workspace; an
   * unknown or stale id changes nothing. Returns whether a lock was removed.
   */
  releaseRunLock(lock_id: string): boolean;
  /**
   * Release on behalf of a caller: only the holder (the lock's `owner`) or an admin may, live or
   * expired. The lock id alone is no longer enough, so reading it somewhere grants nothing.
   *
   * @throws EngineError 404 (`not_found`) for an unknown or superseded lock id.
   * @throws EngineError 403 (`forbidden`) when `actor` is neither the holder nor an admin.
   */
  releaseHeldLock(lock_id: string, actor: RunLockActor): void;
  /**
   * Lock inspector view (holder, expiry, fencing token, live flag). With a `viewer`, the
   * `lock_id` (the release capability) is shown only to the holder and to admins, else null.
   */
  getLockState(workspace_id: string, viewer?: RunLockActor): RunLockState;
  /** Highest fencing token issued for the workspace (0 before the first grant). */
  currentFencingToken(workspace_id: string): number;
  /** Whether `lock_id` is the workspace's current lock and still live. */
  isLive(lock_id: string): boolean;
}

/**
 * Create the run-lock engine. Every command is synchronous and completes before the next starts,
 * so check-then-write cannot interleave: two acquirers can never both be granted (the seed's
 * read-then-upsert race is gone).
 *
 * @example
 * const locks = createRunLockEngine(); // system clock, random lock ids
 * const grant = locks.acquireRunLock(workspace_id, owner, ttl_seconds);
 * const grant = locks.acquireRunLock('ws-1', 'user-1');
 * if (grant.acquired) try { run(grant.fencing_token) } finally { locks.releaseRunLock(grant.lock_id!) }
 */
export function createRunLockEngine(options: RunLockEngineOptions = {}): RunLockEngine {
  const { clock = systemClock, ids = randomIdGenerator } = options;
  const store = options.store ?? createInMemoryRunLockStore();

  // Whole milliseconds: expiry is stored as an ISO string (ms precision), so "now" is compared at
  // the same precision or a fractional clock would end a lock up to 1 ms early.
  const nowMs = () => Math.floor(clock.now());
  const isLockLive = (lock: RunLock) => Date.parse(lock.expires_at) > nowMs();

  return {
    acquireRunLock(workspace_id, owner, ttl_seconds = RUN_LOCK_DEFAULT_TTL_SECONDS) {
      validateRunLockRequest(workspace_id, owner, ttl_seconds);
      const current = store.get(workspace_id);
      if (current && isLockLive(current)) {
        return { acquired: false, message: DOMAIN_ERROR_DETAILS.runLockHeld };
      }
      const now = nowMs();
      const fencing_token = store.getFencingCounter(workspace_id) + 1;
      const lock: RunLock = {
        // No prefix: the manifest summary shows the first 8 characters of the id.
        lock_id: ids.next(),
        workspace_id,
        owner,
        acquired_at: new Date(now).toISOString(),
        expires_at: new Date(now + ttl_seconds * 1000).toISOString(),
        fencing_token,
      };
      store.setFencingCounter(workspace_id, fencing_token);
      store.put(lock);
      return { acquired: true, ...lock };
    },

    releaseRunLock(lock_id) {
      const workspaceId = store.findWorkspaceByLockId(lock_id);
      if (workspaceId === undefined) return false;
      const current = store.get(workspaceId);
      // The index and the row must agree; anything else is a stale id and must not free anyone.
      if (!current || current.lock_id !== lock_id) return false;
      store.delete(workspaceId);
      return true;
    },

    releaseHeldLock(lock_id, actor) {
      const workspaceId = store.findWorkspaceByLockId(lock_id);
      const current = workspaceId === undefined ? undefined : store.get(workspaceId);
      if (!current || current.lock_id !== lock_id) {
        throw EngineError.notFound(RUN_LOCK_ERRORS.notFound, { code: 'not_found' });
      }
      if (!actor.is_admin && current.owner !== actor.id) {
        throw EngineError.forbidden(RUN_LOCK_ERRORS.notHolder, { code: 'forbidden' });
      }
      store.delete(current.workspace_id);
    },

    getLockState(workspace_id, viewer) {
      const lock = store.get(workspace_id);
      const mayRelease = !viewer || viewer.is_admin || viewer.id === lock?.owner;
      return {
        workspace_id,
        live: lock ? isLockLive(lock) : false,
        holder: lock?.owner ?? null,
        lock_id: (mayRelease ? lock?.lock_id : undefined) ?? null,
        acquired_at: lock?.acquired_at ?? null,
        expires_at: lock?.expires_at ?? null,
        fencing_token: lock?.fencing_token ?? null,
        current_fencing_token: store.getFencingCounter(workspace_id),
      };
    },

    currentFencingToken: (workspace_id) => store.getFencingCounter(workspace_id),

    isLive(lock_id) {
      const workspaceId = store.findWorkspaceByLockId(lock_id);
      const lock = workspaceId === undefined ? undefined : store.get(workspaceId);
      return lock !== undefined && lock.lock_id === lock_id && isLockLive(lock);
    },
  };
}

/**
 * The argument checks of {@link RunLockEngine.acquireRunLock}, shared with the durable stores.
 *
 * @throws EngineError 400 (`bad_request`) for an empty workspace/owner or a TTL outside 1–86400 s.
 */
export function validateRunLockRequest(
  workspaceId: string,
  owner: string,
  ttlSeconds: number,
): void {
  if (typeof workspaceId !== 'string' || workspaceId.trim() === '') {
    throw EngineError.badRequest('workspace_id is required', { code: 'bad_request' });
  }
  if (typeof owner !== 'string' || owner.trim() === '') {
    throw EngineError.badRequest('owner is required', { code: 'bad_request' });
  }
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > RUN_LOCK_MAX_TTL_SECONDS) {
    throw EngineError.badRequest(
      `ttl_seconds must be an integer between 1 and ${RUN_LOCK_MAX_TTL_SECONDS}`,
      { code: 'bad_request' },
    );
  }
}
