import type { LineageDeletionEntry } from '@govkit/sdk';
import {
  createInMemoryLineageStore,
  createLineageEngine,
  type LineageEngine,
  type LineageStore,
} from '@govkit/sdk/engines';
import type { DomainState, StoreCore } from './store-core';

/** Report lineage inside a mock store: the engine and its store. */
export interface LineageState extends DomainState {
  /** Capture, search, logs, download, stats, delete and the access trail. */
  readonly engine: LineageEngine;
  /**
   * The engine's store. Tests may insert rows the engine would never produce (e.g. a lineage
   * without raw inputs).
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

/** Wire the lineage engine on the store core: one in-memory lineage store. */
export function createLineageState(core: StoreCore): LineageState {
  const store = createInMemoryLineageStore();
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
