import {
  createEvidenceDiscovery,
  createMemoryEvidenceCatalog,
  type EvidenceCatalog,
  type EvidenceDiscovery,
} from '@govkit/sdk/engines';
import { sortedIds } from './snapshot-order';
import type { DomainState, StoreCore } from './store-core';

/** Evidence (notebook entries and files) inside a mock store. */
export interface EvidenceState extends DomainState {
  /**
   * Notebook entries and files: the one source for evidence pages, export attachments and
   * override lineage.
   */
  readonly catalog: EvidenceCatalog;
  /** Notebook and data evidence pages. */
  readonly discovery: EvidenceDiscovery;
  snapshot(): EvidenceSnapshot;
}

/** Plain-JSON picture of the domain, for no-change checks. */
export interface EvidenceSnapshot {
  notebook_entries: string[];
  files: string[];
}

/** Wire evidence discovery on the store core. */
export function createEvidenceState(core: StoreCore): EvidenceState {
  const catalog = createMemoryEvidenceCatalog();
  return {
    catalog,
    discovery: createEvidenceDiscovery({ directory: core.directory, events: core.events, catalog }),
    snapshot: () => ({
      notebook_entries: sortedIds(catalog.listNotebookEntries()),
      files: sortedIds(catalog.listFiles()),
    }),
  };
}
