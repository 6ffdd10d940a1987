import {
  type Clock,
  createLineageEngine,
  createManifestWriter,
  createRunLockEngine,
  createRunPipelineEngine,
  type IdGenerator,
  lineageTimestampMs,
  type RunPipelineHooks,
  randomIdGenerator,
  systemClock,
} from '@govkit/sdk/engines';
import { assertRetentionDays } from './lineage/sql-lineage';
import type { GovkitStore } from './services';

/** Options of {@link createMemoryGovkitStore}. */
export interface MemoryGovkitStoreOptions {
  clock?: Clock;
  ids?: IdGenerator;
  hooks?: RunPipelineHooks;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The sdk's in-memory engines behind the store interface: one process, no I/O, state gone on
 * exit. For tests, Storybook and single-process tools; never for two instances of a backend.
 */
export function createMemoryGovkitStore(options: MemoryGovkitStoreOptions = {}): GovkitStore {
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? randomIdGenerator;
  const locks = createRunLockEngine({ clock, ids });
  const pipeline = createRunPipelineEngine({
    clock,
    ids,
    locks,
    ...(options.hooks ? { hooks: options.hooks } : {}),
  });
  const writer = createManifestWriter({ store: pipeline.store, fencing: locks });
  const lineage = createLineageEngine({ clock, ids });
  // Every call goes through an async function so a synchronous throw becomes a rejection, as a
  // store's would.
  const run = async <T>(work: () => T): Promise<T> => work();

  return {
    kind: 'memory',
    locks: {
      acquireRunLock: (...args) => run(() => locks.acquireRunLock(...args)),
      releaseRunLock: (...args) => run(() => locks.releaseRunLock(...args)),
      releaseHeldLock: (...args) => run(() => locks.releaseHeldLock(...args)),
      getLockState: (...args) => run(() => locks.getLockState(...args)),
      currentFencingToken: (...args) => run(() => locks.currentFencingToken(...args)),
      isLive: (...args) => run(() => locks.isLive(...args)),
    },
    manifests: {
      write: (...args) => run(() => writer.write(...args)),
      get: (run_id) => run(() => pipeline.store.getManifest(run_id)),
    },
    pipeline: {
      runPipeline: (...args) => run(() => pipeline.runPipeline(...args)),
      getRun: (...args) => run(() => pipeline.getRun(...args)),
      listRuns: () =>
        run(() =>
          pipeline.store
            .listRuns()
            .sort(
              (a, b) =>
                b.created_at.localeCompare(a.created_at) || b.run_id.localeCompare(a.run_id),
            ),
        ),
      importRun: (result) =>
        run(() => {
          if (pipeline.store.getRun(result.run_id)) return false;
          pipeline.store.putManifest(result.manifest);
          pipeline.store.putRun(result);
          return true;
        }),
    },
    lineage: {
      captureReport: (...args) => run(() => lineage.captureReport(...args)),
      search: (...args) => run(() => lineage.search(...args)),
      getByReportId: (...args) => run(() => lineage.getByReportId(...args)),
      getLogs: (...args) => run(() => lineage.getLogs(...args)),
      download: (...args) => run(() => lineage.download(...args)),
      getStats: () => run(() => lineage.getStats()),
      deleteLineage: (...args) => run(() => lineage.deleteLineage(...args)),
      listDeletions: () => run(() => lineage.listDeletions()),
      listAudit: (...args) => run(() => lineage.listAudit(...args)),
      getReport: (...args) => run(() => lineage.getReport(...args)),
      purgeOlderThan: (retention_days) =>
        run(() => {
          assertRetentionDays(retention_days);
          const cutoff = clock.now() - retention_days * DAY_MS;
          const expired = lineage.store
            .listLineages()
            .filter((row) => lineageTimestampMs(row.created_at) < cutoff);
          for (const row of expired) lineage.store.deleteLineage(row.id);
          return { deleted: expired.length };
        }),
      importLineage: (report, row) =>
        run(() => {
          if (lineage.store.getReport(report.id) || lineage.store.getLineage(row.id)) return false;
          lineage.store.insertCapture(report, row);
          return true;
        }),
    },
    close: async () => {},
  };
}
