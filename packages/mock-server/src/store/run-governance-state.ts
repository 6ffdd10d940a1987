import {
  createInMemoryRunLockStore,
  createInMemoryRunStore,
  createMemoryRemoteAssistStore,
  createRemoteAssistEngine,
  createRunLockEngine,
  createRunPipelineEngine,
  type RemoteAssistEngine,
  type RunLockEngine,
  type RunLockStore,
  type RunPipelineEngine,
  type RunStore,
} from '@govkit/sdk/engines';
import type { DomainState, StoreCore } from './store-core';

/** Run governance inside a mock store: the pipeline and the lock engine it runs under. */
export interface RunGovernanceState extends DomainState {
  /** Governed runs: lock → six steps → manifest → release. */
  readonly pipeline: RunPipelineEngine;
  /** The same lock engine the pipeline uses (inspector, direct acquire/release). */
  readonly locks: RunLockEngine;
  /** Stored runs and manifests. */
  readonly runs: RunStore;
  /** Remote-assist requests per workspace, rate-limited. */
  readonly remoteAssist: RemoteAssistEngine;
  /** Every workspace that has ever held a lock, sorted (seeded and created by requests). */
  workspaceIds(): string[];
  snapshot(): RunGovernanceSnapshot;
}

/** Plain-JSON picture of the domain, for no-change checks. */
export interface RunGovernanceSnapshot {
  runs: unknown[];
  locks: Record<string, { lock: unknown; fencing_token: number }>;
  remote_assist: unknown[];
}

/**
 * Wire the run-governance engines on the store core: one in-memory lock store and run store,
 * sharing the store's clock and ids.
 */
export function createRunGovernanceState(core: StoreCore): RunGovernanceState {
  // The lock store cannot list its workspaces, so the wrapper remembers them for snapshots.
  const workspaces = new Set<string>();
  const rawLocks = createInMemoryRunLockStore();
  const lockStore: RunLockStore = {
    ...rawLocks,
    put: (lock) => {
      rawLocks.put(lock);
      workspaces.add(lock.workspace_id);
    },
  };
  const runs = createInMemoryRunStore();
  const locks = createRunLockEngine({ clock: core.clock, ids: core.ids, store: lockStore });
  const pipeline = createRunPipelineEngine({
    clock: core.clock,
    ids: core.ids,
    locks,
    store: runs,
  });
  const workspaceIds = () => [...workspaces].sort();
  const remoteAssist = createRemoteAssistEngine({
    clock: core.clock,
    ids: core.ids,
    // Stored requests are in the snapshot, so `store.version` sees every write.
    store: createMemoryRemoteAssistStore(),
  });

  return {
    pipeline,
    locks,
    runs,
    remoteAssist,
    workspaceIds,
    snapshot: () => ({
      runs: runs.listRuns().sort((a, b) => a.run_id.localeCompare(b.run_id)),
      locks: Object.fromEntries(
        workspaceIds().map((id) => [
          id,
          { lock: lockStore.get(id) ?? null, fencing_token: lockStore.getFencingCounter(id) },
        ]),
      ),
      remote_assist: remoteAssist.store
        .list()
        .sort((a, b) => String(a.id).localeCompare(String(b.id))),
    }),
  };
}
