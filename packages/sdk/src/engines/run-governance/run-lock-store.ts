import type { RunLock } from '../../schemas/run-governance/run-lock';

/**
 * Where the run-lock engine keeps its rows: at most one lock per workspace (like the seed's
 * `run_locks` table, PK workspace_id) plus a per-workspace fencing counter that survives releases.
 *
 * The engine calls the store synchronously and never awaits between reading and writing, so each
 * engine command is atomic against this interface. A persistent implementation must give the same
 * guarantee (e.g. run each engine command inside one transaction with a row lock on the workspace).
 */
export interface RunLockStore {
  /** The workspace's lock row, live or expired, if any. */
  get(workspaceId: string): RunLock | undefined;
  /** Insert or replace the workspace's lock row. */
  put(lock: RunLock): void;
  /** Remove the workspace's lock row (the fencing counter stays). */
  delete(workspaceId: string): void;
  /** The workspace that currently holds a row with this lock id, if any. */
  findWorkspaceByLockId(lockId: string): string | undefined;
  /** Highest fencing token ever issued for the workspace; 0 before the first grant. */
  getFencingCounter(workspaceId: string): number;
  /** Record a newly issued fencing token (only ever called with a larger value). */
  setFencingCounter(workspaceId: string, token: number): void;
}

/** The default {@link RunLockStore}: two maps and a lock-id index, no I/O. */
export function createInMemoryRunLockStore(): RunLockStore {
  const locks = new Map<string, RunLock>();
  const workspaceByLockId = new Map<string, string>();
  const counters = new Map<string, number>();
  return {
    get: (workspaceId) => {
      const lock = locks.get(workspaceId);
      return lock ? { ...lock } : undefined;
    },
    put: (lock) => {
      const previous = locks.get(lock.workspace_id);
      if (previous) workspaceByLockId.delete(previous.lock_id);
      locks.set(lock.workspace_id, { ...lock });
      workspaceByLockId.set(lock.lock_id, lock.workspace_id);
    },
    delete: (workspaceId) => {
      const previous = locks.get(workspaceId);
      if (previous) workspaceByLockId.delete(previous.lock_id);
      locks.delete(workspaceId);
    },
    findWorkspaceByLockId: (lockId) => workspaceByLockId.get(lockId),
    getFencingCounter: (workspaceId) => counters.get(workspaceId) ?? 0,
    setFencingCounter: (workspaceId, token) => {
      counters.set(workspaceId, token);
    },
  };
}
