import type { NarrativeExport } from '../../schemas/exports/narrative-export';
import { cloneData } from '../shared/clone-data';

/**
 * A packaging job: one export waiting for (or being given) a packaging attempt. `run_at` is when
 * it becomes due; retries are pushed back by 60 s × attempt.
 */
export interface NarrativePackagingJob {
  id: string;
  export_id: string;
  run_at: string;
  /** `active` only while a worker is packaging it. */
  state: 'waiting' | 'active';
}

/**
 * Persistence of narrative exports (with their stages, actions and attachments embedded, as the
 * API returns them) and of packaging jobs. The export engine writes only after every check
 * passed, so an implementation needs no rollback.
 */
export interface NarrativeExportStore {
  get(id: string): NarrativeExport | undefined;
  list(): NarrativeExport[];
  put(record: NarrativeExport): void;
  getJob(id: string): NarrativePackagingJob | undefined;
  listJobs(): NarrativePackagingJob[];
  putJob(job: NarrativePackagingJob): void;
  deleteJob(id: string): void;
}

/** An in-memory {@link NarrativeExportStore}; values are copied in and out. */
export function createMemoryNarrativeExportStore(): NarrativeExportStore {
  const exports = new Map<string, NarrativeExport>();
  const jobs = new Map<string, NarrativePackagingJob>();
  const copy = cloneData;
  return {
    get: (id) => (exports.has(id) ? copy(exports.get(id)) : undefined),
    list: () => [...exports.values()].map(copy),
    put: (record) => void exports.set(record.id, copy(record)),
    getJob: (id) => (jobs.has(id) ? copy(jobs.get(id)) : undefined),
    listJobs: () => [...jobs.values()].map(copy),
    putJob: (job) => void jobs.set(job.id, copy(job)),
    deleteJob: (id) => void jobs.delete(id),
  };
}

/**
 * Where packaged zip bytes live, keyed by the artifact file id. Injectable so tests and the mock
 * server can damage a stored artifact and watch the download refuse it.
 */
export interface NarrativeArtifactStore {
  get(fileId: string): Uint8Array | undefined;
  put(fileId: string, bytes: Uint8Array): void;
  delete(fileId: string): void;
}

/** The in-memory artifact store, with a helper that corrupts a stored payload. */
export interface MemoryNarrativeArtifactStore extends NarrativeArtifactStore {
  /** Flip the bits of one byte of a stored artifact (checksum verification must then fail). */
  corrupt(fileId: string, byteIndex?: number): void;
  /** Ids of stored artifacts. */
  keys(): string[];
}

/** An in-memory {@link NarrativeArtifactStore}; bytes are copied in and out. */
export function createMemoryNarrativeArtifactStore(): MemoryNarrativeArtifactStore {
  const blobs = new Map<string, Uint8Array>();
  return {
    get: (fileId) =>
      blobs.has(fileId) ? new Uint8Array(blobs.get(fileId) as Uint8Array) : undefined,
    put: (fileId, bytes) => void blobs.set(fileId, new Uint8Array(bytes)),
    delete: (fileId) => void blobs.delete(fileId),
    corrupt(fileId, byteIndex = 0) {
      const bytes = blobs.get(fileId);
      if (!bytes || bytes.length === 0) throw new RangeError(`No stored artifact ${fileId}`);
      const index = Math.min(Math.max(byteIndex, 0), bytes.length - 1);
      bytes[index] = (bytes[index] ?? 0) ^ 0xff;
    },
    keys: () => [...blobs.keys()],
  };
}
