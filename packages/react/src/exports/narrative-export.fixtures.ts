import {
  createStore,
  DEFAULT_STORE_START,
  findSeededExport,
  findSeededTemplate,
  SEEDED_EXECUTIONS,
  SEEDED_TEMPLATE_KEYS,
} from '@govkit/mock-server';
import type { ExperimentPreviewResponse, NarrativeExport, NarrativeExportList } from '@govkit/sdk';

// Fixtures are the seeded world's own exports (one per ladder and artifact scenario), read once from a store: the
// shapes the widgets meet are exactly what the engines produce.
const store = createStore();

/** The mock store's frozen clock: overdue states and countdowns are judged against it. */
export const STORE_NOW = Date.parse(DEFAULT_STORE_START);

/** The execution most seeded exports belong to (`exec-qpcr-001`). */
export const QPCR_EXECUTION = SEEDED_EXECUTIONS.qpcr;

/** Stage 1 approved, stage 2 (`lead`) active: from the `qpcr-release` v2 snapshot. */
export const MID_LADDER_EXPORT: NarrativeExport = findSeededExport(store, 'mid_ladder');
/** Stage 1 assigned to `user-reviewer`, in progress; stage 2 `lead` pending. */
export const PENDING_EXPORT: NarrativeExport = findSeededExport(store, 'pending_first_stage');
/** Approved, packaged and downloadable, with every evidence type attached. */
export const READY_EXPORT: NarrativeExport = findSeededExport(store, 'ready');
/** Rejected by the lead at its only stage. */
export const REJECTED_EXPORT: NarrativeExport = findSeededExport(store, 'rejected');
/** Past its 4 h SLA and escalated by the SLA monitor. */
export const OVERDUE_EXPORT: NarrativeExport = findSeededExport(store, 'overdue_escalated');
/** Five failed packaging attempts. */
export const FAILED_PACKAGING_EXPORT: NarrativeExport = findSeededExport(store, 'packaging_failed');
/** Packaged 400 days ago and retired: downloading answers 410. */
export const EXPIRED_EXPORT: NarrativeExport = findSeededExport(store, 'expired_artifact');
/** Stage 1 delegated to the lead, stage 2 delegated to the manager. */
export const DELEGATED_EXPORT: NarrativeExport = findSeededExport(store, 'delegated');

/** Every seeded export of `exec-qpcr-001`, newest first, as the list endpoint answers. */
export const QPCR_EXPORTS: NarrativeExportList = {
  exports: store.exports.engine.deps.store
    .list()
    .filter((x) => x.execution_id === QPCR_EXECUTION)
    .sort((a, b) => b.generated_at.localeCompare(a.generated_at)),
};

/** An export with `count` stages (a long ladder), stage `active` in progress. */
export function longLadderExport(count: number, active: number): NarrativeExport {
  const template = PENDING_EXPORT.approval_stages[0] as NarrativeExport['approval_stages'][number];
  const stages = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `stage-long-${i + 1}`,
    sequence_index: i + 1,
    name: `Review step ${i + 1}`,
    status: i < active ? 'approved' : i === active ? 'in_progress' : 'pending',
    actions: i < active ? template.actions : [],
  }));
  return {
    ...PENDING_EXPORT,
    id: 'export-long',
    approval_stages: stages,
    approval_stage_count: count,
    current_stage: stages[active] ?? null,
  };
}

/** The published snapshot of `qpcr-release` v2, which `exec-qpcr-001` previews against. */
export const QPCR_SNAPSHOT_ID = findSeededTemplate(store, SEEDED_TEMPLATE_KEYS.qpcr, 2)
  .published_snapshot_id as string;

/**
 * `exec-qpcr-001` previewed against `qpcr-release` v2 with a delegate override and an
 * out-of-range stage override: stage 3 blocked by the blocked step, one warning.
 */
export const QPCR_PREVIEW: ExperimentPreviewResponse = store.preview.engine.preview(
  'user-member',
  QPCR_EXECUTION,
  {
    workflow_template_snapshot_id: QPCR_SNAPSHOT_ID,
    stage_overrides: [
      { index: 0, delegate_id: 'user-lead', sla_hours: 36 },
      { index: 7, sla_hours: 1 },
    ],
  },
);
