// @govkit/sdk/engines/evidence: the evidence engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export {
  createMemoryEvidenceCatalog,
  type EvidenceCatalog,
  type EvidenceCatalogSeed,
  type EvidenceFileRecord,
  type NotebookEntryRecord,
} from './evidence-catalog';
export type { EvidenceCursor } from './evidence-cursor';
export {
  createEvidenceDiscovery,
  type EvidenceDiscovery,
  type EvidenceDiscoveryOptions,
} from './evidence-discovery';
