import {
  createInMemoryLineageStore,
  createLineageEngine,
  type LineageEngine,
  type LineageStore,
} from '@govkit/sdk/engines';
import type { LineageDeletionEntry } from '@govkit/sdk/schemas';
import type { DomainState, StoreCore } from './store-core';
import type { WriteListener } from './track-writes';

/** Report lineage (seed 004) inside a mock store: the engine and its store. */
export interface LineageState extends DomainState {
  /** Capture, search, logs, download, stats, delete and the access trail. */
  readonly engine: LineageEngine;
  /**
   * The engine's store, write-tracked (`insertCapture`, `recordAccess`, `deleteLineage`, when
   * they change something). Tests
   * may insert rows the engine would never produce (e.g. a lineage without raw inputs).
   */
  readonly store: LineageStore;
  snapshot(): LineageSnapshot;
}

/**
 * Plain-JSON picture of the domain for no-change checks: every lineage row without its gzip blob
 * (its size stands for it), sorted by id, with the number of audit rows it has.
 */
export interface LineageSnapshot {
  lineages: Array<{
    lineage_id: string;
    report_generation_id: string;
    lead_id: string;
    pipeline_run_id: string;
    template_version_id: string;
    created_at: string;
    raw_inputs_size_bytes: number;
    access_count: number;
    last_accessed_at: string | null;
    audit_rows: number;
  }>;
  /** The deletion log (who deleted which lineage), oldest first. */
  deletions: LineageDeletionEntry[];
}

/** Wire the lineage engine on the store core: one write-tracked in-memory lineage store. */
export function createLineageState(core: StoreCore): LineageState {
  const store = trackLineageStore(createInMemoryLineageStore(), core.recordWrite);
  const engine = createLineageEngine({ clock: core.clock, ids: core.ids, store });
  return {
    engine,
    store,
    snapshot: () => ({
      lineages: store
        .listLineages()
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((row) => ({
          lineage_id: row.id,
          report_generation_id: row.report_generation_id,
          lead_id: row.lead_id,
          pipeline_run_id: row.pipeline_run_id,
          template_version_id: row.template_version_id,
          created_at: row.created_at,
          raw_inputs_size_bytes: row.raw_inputs_size_bytes,
          access_count: row.access_count,
          last_accessed_at: row.last_accessed_at,
          audit_rows: store.listAudit(row.id).length,
        })),
      deletions: store.listDeletions(),
    }),
  };
}

/**
 * The store with its writes reported. Why not `trackWrites`: it counts every call, and
 * `deleteLineage` of an unknown id (a 404) or `recordAccess` of a vanished row write nothing;
 * only calls that changed something may move the store's version.
 */
function trackLineageStore(inner: LineageStore, onWrite: WriteListener): LineageStore {
  return {
    ...inner,
    insertCapture(report, lineage) {
      inner.insertCapture(report, lineage);
      onWrite('insertCapture');
    },
    recordAccess(entry) {
      const row = inner.recordAccess(entry);
      if (row) onWrite('recordAccess');
      return row;
    },
    deleteLineage(lineageId, deletion) {
      const deleted = inner.deleteLineage(lineageId, deletion);
      if (deleted) onWrite('deleteLineage');
      return deleted;
    },
  };
}
