import type { ExportFileOut } from '../../schemas/exports/export-people';

/**
 * A notebook entry as the evidence engines read it (`NotebookEntry`, reduced to what
 * discovery, attachment snapshots and packaging need).
 */
export interface NotebookEntryRecord {
  id: string;
  title: string;
  /** Markdown body; packaged as `attachments/notebooks/NN-<title>.md`. */
  content: string;
  execution_id?: string | null;
  project_id?: string | null;
  author_id?: string | null;
  created_at: string;
  updated_at: string;
}

/** A stored file plus, optionally, its bytes (packaged as `attachments/files/NN-<name>`). */
export type EvidenceFileRecord = ExportFileOut & { content?: Uint8Array | string };

/**
 * The notebook entries and files a real backend owns; the evidence and export engines only read
 * them (the mock server seeds them). Execution events come from the shared EventLog instead.
 */
export interface EvidenceCatalog {
  getNotebookEntry(id: string): NotebookEntryRecord | undefined;
  listNotebookEntries(): NotebookEntryRecord[];
  putNotebookEntry(entry: NotebookEntryRecord): void;
  getFile(id: string): EvidenceFileRecord | undefined;
  listFiles(): EvidenceFileRecord[];
  putFile(file: EvidenceFileRecord): void;
}

/** Initial content of {@link createMemoryEvidenceCatalog}. */
export interface EvidenceCatalogSeed {
  notebookEntries?: NotebookEntryRecord[];
  files?: EvidenceFileRecord[];
}

/** An in-memory {@link EvidenceCatalog}; values are copied in and out. */
export function createMemoryEvidenceCatalog(seed: EvidenceCatalogSeed = {}): EvidenceCatalog {
  const entries = new Map<string, NotebookEntryRecord>();
  const files = new Map<string, EvidenceFileRecord>();
  const copy = <T>(value: T): T => structuredClone(value);
  const catalog: EvidenceCatalog = {
    getNotebookEntry: (id) => (entries.has(id) ? copy(entries.get(id)) : undefined),
    listNotebookEntries: () => [...entries.values()].map(copy),
    putNotebookEntry: (entry) => void entries.set(entry.id, copy(entry)),
    getFile: (id) => (files.has(id) ? copy(files.get(id)) : undefined),
    listFiles: () => [...files.values()].map(copy),
    putFile: (file) => void files.set(file.id, copy(file)),
  };
  for (const entry of seed.notebookEntries ?? []) catalog.putNotebookEntry(entry);
  for (const file of seed.files ?? []) catalog.putFile(file);
  return catalog;
}
