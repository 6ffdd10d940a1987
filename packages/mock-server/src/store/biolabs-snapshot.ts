import type {
  BaselineEngine,
  EvidenceCatalog,
  MemoryCoachingNoteStore,
  MemoryNarrativeArtifactStore,
  MemoryOverrideStore,
  NarrativeExportEngine,
  WorkflowTemplateEngine,
} from '@govkit/sdk/engines';
import type { BiolabsLineageCatalog } from './biolabs-lineage-catalog';
import type { BiolabsResourceCatalog } from './biolabs-resources';

/**
 * Plain-JSON picture of the BioLabs world for no-change checks. Every write of every BioLabs
 * engine moves something here (a status, an `updated_at`, a count), but bulky content (export
 * Markdown, zip bytes, event payloads) is left out: the fuzz harness serialises the whole store
 * snapshot twice per request.
 */
export interface BiolabsSnapshot {
  templates: unknown[];
  template_snapshots: string[];
  template_assignments: string[];
  template_audit_rows: number;
  baselines: unknown[];
  baseline_events: number;
  exports: unknown[];
  packaging_jobs: unknown[];
  artifacts: string[];
  notebook_entries: string[];
  files: string[];
  resources: Record<string, string[]>;
  scenarios: string[];
  overrides: unknown[];
  override_lineages: number;
  override_reversals: number;
  override_lock_events: number;
  coaching_notes: unknown[];
}

/** What {@link snapshotBiolabs} reads. */
export interface BiolabsSnapshotSource {
  templates: WorkflowTemplateEngine;
  baselines: BaselineEngine;
  exports: NarrativeExportEngine;
  artifacts: MemoryNarrativeArtifactStore;
  catalog: EvidenceCatalog;
  resources: BiolabsResourceCatalog;
  lineage: BiolabsLineageCatalog;
  overrideStore: MemoryOverrideStore;
  coachingStore: MemoryCoachingNoteStore;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id).sort();

/** Take the snapshot (sorted, so insertion order never matters). */
export function snapshotBiolabs(source: BiolabsSnapshotSource): BiolabsSnapshot {
  const templateStore = source.templates.store;
  const exportStore = source.exports.deps.store;
  const overrides = source.overrideStore.dump();
  return {
    templates: templateStore
      .listTemplates()
      .sort(byId)
      .map((t) => ({
        id: t.id,
        key: t.template_key,
        version: t.version,
        status: t.status,
        is_latest: t.is_latest,
        published_snapshot_id: t.published_snapshot_id ?? null,
        updated_at: t.updated_at,
      })),
    template_snapshots: ids(templateStore.listSnapshots()),
    template_assignments: ids(templateStore.listAssignments()),
    template_audit_rows: templateStore.listAudit().length,
    baselines: source.baselines.store
      .list()
      .sort(byId)
      .map((b) => ({
        id: b.id,
        status: b.status,
        is_current: b.is_current,
        version_number: b.version_number ?? null,
        reviewer_ids: b.reviewer_ids,
        updated_at: b.updated_at,
      })),
    baseline_events: source.baselines.store.listEvents().length,
    exports: exportStore
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
    packaging_jobs: exportStore
      .listJobs()
      .sort(byId)
      .map((j) => [j.id, j.export_id, j.state, j.run_at]),
    artifacts: source.artifacts.keys().sort(),
    notebook_entries: ids(source.catalog.listNotebookEntries()),
    files: ids(source.catalog.listFiles()),
    resources: {
      inventory_item: source.resources.list('inventory_item'),
      booking: source.resources.list('booking'),
      equipment: source.resources.list('equipment'),
    },
    scenarios: ids(source.lineage.listScenarios()),
    overrides: overrides.overrides
      .sort(byId)
      .map((o) => [o.id, o.status, o.updated_at, o.reversal_lock_token ?? null]),
    override_lineages: overrides.lineages.length,
    override_reversals: overrides.reversals.length,
    override_lock_events: overrides.lockEvents.length,
    coaching_notes: source.coachingStore
      .dump()
      .sort(byId)
      .map((n) => [n.id, n.moderation_state, n.updated_at, n.moderation_history.length]),
  };
}
