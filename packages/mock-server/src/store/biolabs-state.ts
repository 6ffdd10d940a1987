import {
  type BaselineEngine,
  buildNarrativeArchive,
  type CoachingNoteEngine,
  createBaselineEngine,
  createBaselineTimelineSource,
  createCoachingNoteEngine,
  createEvidenceDiscovery,
  createExperimentPreviewEngine,
  createGovernanceAnalyticsEngine,
  createGovernanceTimeline,
  createMemoryBaselineStore,
  createMemoryCoachingNoteStore,
  createMemoryEvidenceCatalog,
  createMemoryNarrativeArtifactStore,
  createMemoryNarrativeExportStore,
  createMemoryOverrideStore,
  createMemoryTemplateStore,
  createNarrativeExportEngine,
  createOverrideBaselineGatewayAdapter,
  createOverrideEngine,
  createOverrideRecommendations,
  createSeed001AnalyticsSources,
  createWorkflowTemplateEngine,
  type EvidenceCatalog,
  type EvidenceDiscovery,
  type ExperimentPreviewEngine,
  type GovernanceAnalyticsEngine,
  type GovernanceTimeline,
  type MemoryCoachingNoteStore,
  type MemoryNarrativeArtifactStore,
  type MemoryOverrideStore,
  type NarrativeExportEngine,
  type OverrideEngine,
  type OverrideRecommendations,
  type WorkflowTemplateEngine,
} from '@govkit/sdk/engines';
import { type BiolabsLineageCatalog, createBiolabsLineageCatalog } from './biolabs-lineage-catalog';
import { type BiolabsResourceCatalog, createBiolabsResourceCatalog } from './biolabs-resources';
import { type BiolabsSnapshot, snapshotBiolabs } from './biolabs-snapshot';
import type { DomainState, StoreCore } from './store-core';
import { trackWrites } from './track-writes';

/** The message a simulated packaging failure records as `artifact_error`. */
export const SIMULATED_PACKAGING_FAILURE = 'Simulated packaging failure (mock storage unavailable)';

/**
 * The shared BioLabs world (seeds 000 and 001) inside a mock store: every BioLabs-derived engine
 * wired on the store's directory, event log, clock and ids, with write-tracked stores. Seed 001
 * engines take the acting user id first; the seed 000 override engine takes it last.
 */
export interface BiolabsState extends DomainState {
  /** Workflow templates, snapshots, assignments and their audit trail (`templates.store`). */
  readonly templates: WorkflowTemplateEngine;
  /** Baseline lifecycle (`baselines.store` feeds analytics and the timeline). */
  readonly baselines: BaselineEngine;
  /** Notebook entries and files (attachments, evidence discovery, override lineage). */
  readonly catalog: EvidenceCatalog;
  /** Packaged zip bytes by artifact file id; `artifacts.corrupt(fileId)` breaks a checksum. */
  readonly artifacts: MemoryNarrativeArtifactStore;
  /**
   * Narrative exports, approval ladders and packaging. Packaging runs as soon as a job is
   * enqueued (`immediatePackaging`); retries wait for `exports.runPackagingJobs()`.
   */
  readonly exports: NarrativeExportEngine;
  /** Notebook and data evidence pages. */
  readonly evidence: EvidenceDiscovery;
  /** Experiment preview; each run emits `governance.preview.summary`. */
  readonly preview: ExperimentPreviewEngine;
  /** Preview resources (inventory items, bookings, equipment) that exist in this world. */
  readonly resources: BiolabsResourceCatalog;
  /** Override recommendations, actions and reversals (seed 000), over the real baselines. */
  readonly overrides: OverrideEngine;
  /** Override recommendations from reviewer cadence; new ones are recorded for the timeline. */
  readonly recommendations: OverrideRecommendations;
  /** The override engine's store (`dump()` for before/after comparisons). */
  readonly overrideStore: MemoryOverrideStore;
  /** Scenario and notebook snapshots for override lineage; `putScenario` adds scenarios. */
  readonly lineage: BiolabsLineageCatalog;
  /** Threaded coaching notes on overrides (seed 000). */
  readonly coaching: CoachingNoteEngine;
  /** The coaching engine's store. */
  readonly coachingStore: MemoryCoachingNoteStore;
  /** Governance analytics over previews, overrides, baselines and export ladders (30 s cache). */
  readonly analytics: GovernanceAnalyticsEngine;
  /** The decision timeline and its live lock/cooldown stream (seed 000). */
  readonly timeline: GovernanceTimeline;
  /**
   * Make every packaging attempt of an export fail (until {@link clearPackagingFailure}): the
   * export goes `retrying` (60 s × attempt backoff) and `failed` after 5 attempts.
   */
  failPackaging(exportId: string, message?: string): void;
  /** Let packaging of the export succeed again. */
  clearPackagingFailure(exportId: string): void;
  snapshot(): BiolabsSnapshot;
}

/**
 * Wire every BioLabs engine on the store core. One template store is shared by the template,
 * export and preview engines (exports bind published snapshots, previews read them, both append
 * audit rows); one evidence catalog by exports and discovery; the baseline engine is the override
 * engine's baseline gateway and, with the export store, the analytics sources.
 */
/** The HMAC key a mock world signs artifact URLs with (derived from its seed; not a secret). */
export function mockArtifactSigningKey(seed: number): string {
  return `govkit-mock-artifact-signing-key:${seed}`;
}

export function createBiolabsState(core: StoreCore): BiolabsState {
  const { directory, events, clock, ids, recordWrite } = core;
  const templateStore = trackWrites(
    createMemoryTemplateStore(),
    ['putTemplate', 'putSnapshot', 'putAssignment', 'deleteAssignment', 'appendAudit'],
    recordWrite,
  );
  const templates = createWorkflowTemplateEngine({ directory, clock, ids, store: templateStore });
  const baselines = createBaselineEngine({
    directory,
    clock,
    ids,
    store: trackWrites(createMemoryBaselineStore(), ['put', 'appendEvent'], recordWrite),
  });
  const catalog = trackWrites(
    createMemoryEvidenceCatalog(),
    ['putNotebookEntry', 'putFile'],
    recordWrite,
  );
  const artifacts = trackWrites(
    createMemoryNarrativeArtifactStore(),
    ['put', 'delete', 'corrupt'],
    recordWrite,
  );
  const packagingFailures = new Map<string, string>();
  const exports = createNarrativeExportEngine({
    directory,
    events,
    clock,
    ids,
    store: trackWrites(
      createMemoryNarrativeExportStore(),
      ['put', 'putJob', 'deleteJob'],
      recordWrite,
    ),
    templates: templates.store,
    catalog,
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
  const resources = createBiolabsResourceCatalog(recordWrite);
  const lineage = createBiolabsLineageCatalog(catalog, recordWrite);
  const overrideStore = trackWrites(
    createMemoryOverrideStore(),
    ['putOverride', 'putLineage', 'putReversal', 'appendLockEvent'],
    recordWrite,
  );
  const overrides = createOverrideEngine({
    directory,
    events,
    clock,
    ids,
    baselines: createOverrideBaselineGatewayAdapter(baselines),
    catalog: lineage,
    store: overrideStore,
  });
  const coachingStore = trackWrites(createMemoryCoachingNoteStore(), ['put'], recordWrite);
  const coaching = createCoachingNoteEngine({
    directory,
    events,
    overrides,
    clock,
    ids,
    store: coachingStore,
  });
  const analytics = createGovernanceAnalyticsEngine({
    directory,
    events,
    clock,
    sources: createSeed001AnalyticsSources({
      baselines: baselines.store,
      exports: exports.deps.store,
    }),
  });
  const timeline = createGovernanceTimeline({
    directory,
    events,
    clock,
    overrides,
    coachingNotes: coachingStore,
    baselineEvents: createBaselineTimelineSource(baselines.store),
    analytics,
  });

  const state: Omit<BiolabsState, 'snapshot'> = {
    templates,
    baselines,
    catalog,
    artifacts,
    exports,
    evidence: createEvidenceDiscovery({ directory, events, catalog }),
    preview: createExperimentPreviewEngine({
      directory,
      events,
      clock,
      ids,
      templates: templates.store,
      resources,
    }),
    resources,
    overrides,
    recommendations: createOverrideRecommendations({ directory, events, clock, analytics }),
    overrideStore,
    lineage,
    coaching,
    coachingStore,
    analytics,
    timeline,
    failPackaging: (exportId, message = SIMULATED_PACKAGING_FAILURE) =>
      void packagingFailures.set(exportId, message),
    clearPackagingFailure: (exportId) => void packagingFailures.delete(exportId),
  };
  return { ...state, snapshot: () => snapshotBiolabs(state) };
}
