import type { NarrativeExport } from '@govkit/sdk';
import type { MockStore } from '../store/mock-store';
import type { SeededRandom } from '../store/seeded-random';
import { findSeededExport } from './exports';
import { SEEDED_EXECUTIONS } from './lab-directory';
import { findSeededOverride } from './overrides';
import { findSeededTemplate, SEEDED_TEMPLATE_KEYS } from './templates';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The historical rows the governance migrations exist for, as an old deployment would hold them:
 *
 * - `migrate-exports`: two exports on `exec-sequencing-001` bound to `qpcr-release` v2
 *   but without a snapshot id (the migration binds its published snapshot); one bound to a
 *   template that no longer exists and one bound to the never-published `sequencing-signoff`
 *   draft (both anomalies, left untouched);
 * - `backfill-lineage`: three overrides without a lineage row, whose preserved detail
 *   holds a `lineage`, a bare `scenario`, or no provenance at all (that one stays without).
 */
export const SEEDED_MIGRATION_BACKLOG = {
  exportsToBind: ['nexp-legacy-1', 'nexp-legacy-2'],
  exportTemplateMissing: 'nexp-legacy-orphan',
  exportNeverPublished: 'nexp-legacy-draft',
  missingTemplateId: 'tmpl-retired-1',
  overridesFromLineage: 'ovr-legacy-lineage',
  overridesFromScenario: 'ovr-legacy-scenario',
  overrideWithoutProvenance: 'ovr-legacy-bare',
} as const;

/** Seed the migration backlog (after exports and overrides, whose rows it starts from). */
export function seedMigrationBacklog(store: MockStore, _rng: SeededRandom, scale: number): void {
  if (scale <= 0) return;
  const b = SEEDED_MIGRATION_BACKLOG;
  const now = store.clock.now();
  const stamp = (daysAgo: number) => new Date(now - daysAgo * DAY_MS).toISOString();
  const base = findSeededExport(store, 'rejected');
  const qpcr = findSeededTemplate(store, SEEDED_TEMPLATE_KEYS.qpcr, 2);
  const draft = findSeededTemplate(store, SEEDED_TEMPLATE_KEYS.draft);
  const legacyExport = (id: string, version: number, templateId: string): NarrativeExport => ({
    ...structuredClone(base),
    id,
    execution_id: SEEDED_EXECUTIONS.sequencing,
    version,
    generated_at: stamp(400 - version),
    created_at: stamp(400 - version),
    updated_at: stamp(400 - version),
    workflow_template_id: templateId,
    workflow_template_snapshot_id: null,
    workflow_template_key: null,
    workflow_template_version: null,
    workflow_template_snapshot: {},
    metadata: { legacy_import: true },
  });
  const exportsStore = store.exports.engine.deps.store;
  exportsStore.put(legacyExport(b.exportsToBind[0], 1, qpcr.id));
  exportsStore.put(legacyExport(b.exportsToBind[1], 2, qpcr.id));
  exportsStore.put(legacyExport(b.exportTemplateMissing, 3, b.missingTemplateId));
  exportsStore.put(legacyExport(b.exportNeverPublished, 4, draft.id));

  const overrides = store.overrides.store;
  const template = findSeededOverride(store, 'declined');
  const legacyOverride = (id: string, detail: Record<string, unknown>) =>
    overrides.putOverride({
      ...structuredClone(template),
      id,
      recommendation_id: `legacy_import:${id}`,
      detail_snapshot: detail,
      created_at: stamp(200),
      updated_at: stamp(200),
    });
  legacyOverride(b.overridesFromLineage, {
    lineage: {
      scenario: { id: 'scn-legacy-1', name: 'Legacy reassignment drill' },
      notebook_entry: { id: 'nb-legacy-1', title: 'Bench notes (imported)' },
      captured_at: stamp(200),
    },
  });
  legacyOverride(b.overridesFromScenario, {
    scenario: { id: 'scn-legacy-2', name: 'Imported escalation scenario' },
  });
  legacyOverride(b.overrideWithoutProvenance, { notes: 'Imported without provenance' });
}
