import {
  buildNarrativeArchive,
  createMemoryNarrativeArtifactStore,
  createMemoryNarrativeExportStore,
  createNarrativeExportEngine,
  type MemoryNarrativeArtifactStore,
  type NarrativeExportEngine,
} from '@govkit/sdk/engines';
import type { EvidenceState } from './evidence-state';
import { byId } from './snapshot-order';
import type { DomainState, StoreCore } from './store-core';
import type { TemplatesState } from './templates-state';

/** The message a simulated packaging failure records as `artifact_error`. */
export const SIMULATED_PACKAGING_FAILURE = 'Simulated packaging failure (mock storage unavailable)';

/** The HMAC key a mock world signs artifact URLs with (derived from its seed; not a secret). */
export function mockArtifactSigningKey(seed: number): string {
  return `govkit-mock-artifact-signing-key:${seed}`;
}

/** Narrative exports, approval ladders and packaging inside a mock store. */
export interface ExportsState extends DomainState {
  /**
   * The export engine. Packaging runs as soon as a job is enqueued (`immediatePackaging`);
   * retries wait for `engine.runPackagingJobs()`.
   */
  readonly engine: NarrativeExportEngine;
  /** Packaged zip bytes by artifact file id; `artifacts.corrupt(fileId)` breaks a checksum. */
  readonly artifacts: MemoryNarrativeArtifactStore;
  /**
   * Make every packaging attempt of an export fail (until {@link clearPackagingFailure}): the
   * export goes `retrying` (60 s × attempt backoff) and `failed` after 5 attempts.
   */
  failPackaging(exportId: string, message?: string): void;
  /** Let packaging of the export succeed again. */
  clearPackagingFailure(exportId: string): void;
  snapshot(): ExportsSnapshot;
}

/**
 * Plain-JSON picture of the domain. Bulky content (export Markdown, zip bytes) is left out: the
 * fuzz harness serialises the whole store snapshot twice per request.
 */
export interface ExportsSnapshot {
  exports: unknown[];
  packaging_jobs: unknown[];
  artifacts: string[];
}

/**
 * Wire the export engine on the store core, over the templates' store (exports bind published
 * snapshots) and the evidence catalog (attachments).
 */
export function createExportsState(
  core: StoreCore,
  domains: { templates: TemplatesState; evidence: EvidenceState },
): ExportsState {
  const { directory, events, clock, ids } = core;
  const artifacts = createMemoryNarrativeArtifactStore();
  const packagingFailures = new Map<string, string>();
  const engine = createNarrativeExportEngine({
    directory,
    events,
    clock,
    ids,
    store: createMemoryNarrativeExportStore(),
    templates: domains.templates.engine.store,
    catalog: domains.evidence.catalog,
    artifacts,
    packager: (input) => {
      const failure = packagingFailures.get(input.export.id);
      if (failure !== undefined) throw new Error(failure);
      return buildNarrativeArchive(input);
    },
    // A mock answers the final approval with the packaged artifact, as a fast worker would.
    immediatePackaging: true,
    // Packaged artifacts carry a signed URL that downloads without the auth header until it
    // expires. The key is the mock world's (derived from its seed); a real server keeps its own.
    signing: { key: mockArtifactSigningKey(core.seed) },
  });
  const store = engine.deps.store;
  return {
    engine,
    artifacts,
    failPackaging: (exportId, message = SIMULATED_PACKAGING_FAILURE) =>
      void packagingFailures.set(exportId, message),
    clearPackagingFailure: (exportId) => void packagingFailures.delete(exportId),
    snapshot: () => ({
      exports: store
        .list()
        .sort(byId)
        .map((x) => ({
          id: x.id,
          execution_id: x.execution_id,
          version: x.version,
          approval_status: x.approval_status,
          artifact_status: x.artifact_status,
          packaging_attempts: x.packaging_attempts,
          updated_at: x.updated_at,
          stages: x.approval_stages.map((s) => [
            s.id,
            s.status,
            s.delegated_to?.id ?? null,
            s.actions.length,
          ]),
        })),
      packaging_jobs: store
        .listJobs()
        .sort(byId)
        .map((j) => [j.id, j.export_id, j.state, j.run_at]),
      artifacts: artifacts.keys().sort(),
    }),
  };
}
