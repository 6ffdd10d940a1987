import type {
  OverrideLineageBackfillReport,
  OverrideLineageBackfillSource,
} from '../../schemas/migrations/migration-report';
import type { IdGenerator } from '../shared/id-generator';
import type { OverrideLineageRecord, OverrideRecord, OverrideStore } from './override-store';

// The report is part of the HTTP contract (`POST /api/governance/migrations/override-lineage`),
// so its types come from the schema.
export type {
  OverrideLineageBackfillReport,
  OverrideLineageBackfillRow,
  OverrideLineageBackfillSource,
} from '../../schemas/migrations/migration-report';

/** Options of {@link backfillOverrideLineage}. */
export interface OverrideLineageBackfillOptions {
  /** Report what would be created without writing anything. Default false. */
  dryRun?: boolean;
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function idOf(snapshot: Record<string, unknown> | undefined): string | null {
  const id = snapshot?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

function rowFromDetail(
  record: OverrideRecord,
  rowId: () => string,
): { row: OverrideLineageRecord; source: OverrideLineageBackfillSource } | undefined {
  const detail = record.detail_snapshot;
  const lineage = asObject(detail.lineage);
  const scenario = asObject(lineage?.scenario) ?? asObject(detail.scenario);
  const notebook = asObject(lineage?.notebook_entry) ?? asObject(detail.notebook_entry);
  // The migration's rule: any of the three objects counts, even a lineage without ids.
  if (!lineage && !scenario && !notebook) return undefined;
  const source: OverrideLineageBackfillSource = lineage
    ? 'lineage'
    : scenario
      ? 'scenario'
      : 'notebook_entry';
  const capturedAt =
    typeof lineage?.captured_at === 'string' ? lineage.captured_at : record.created_at;
  const capturedBy =
    typeof lineage?.captured_by_id === 'string' ? lineage.captured_by_id : record.actor_id;
  return {
    source,
    row: {
      id: rowId(),
      override_id: record.id,
      scenario_id: idOf(scenario),
      // Snapshots are preserved as found (missing ids and stale titles included).
      scenario_snapshot: (scenario
        ? structuredClone(scenario)
        : {}) as OverrideLineageRecord['scenario_snapshot'],
      notebook_entry_id: idOf(notebook),
      notebook_snapshot: (notebook
        ? structuredClone(notebook)
        : {}) as OverrideLineageRecord['notebook_snapshot'],
      captured_by_id: capturedBy,
      captured_at: capturedAt,
      metadata: { ...(asObject(lineage?.metadata) ?? {}), backfilled: true },
    },
  };
}

/**
 * The lineage backfill of migration `7c8d21f34abc`: every override without a lineage row gets one
 * rebuilt from its preserved detail snapshot (`detail.lineage`, or top-level `detail.scenario` /
 * `detail.notebook_entry`), tagged `metadata.backfilled = true`. Overrides without provenance
 * stay without lineage. Idempotent (one row per override); `dryRun` only reports.
 */
export function backfillOverrideLineage(
  deps: { store: OverrideStore; ids: IdGenerator },
  options: OverrideLineageBackfillOptions = {},
): OverrideLineageBackfillReport {
  const dryRun = options.dryRun ?? false;
  const report: OverrideLineageBackfillReport = {
    dry_run: dryRun,
    scanned: 0,
    created: [],
    skipped_existing: 0,
    skipped_without_provenance: [],
  };
  // A dry run must not consume ids either, so its rows get placeholder ids.
  const rowId = () => (dryRun ? 'dry-run' : deps.ids.next('olin'));
  for (const record of deps.store.listOverrides()) {
    report.scanned += 1;
    if (deps.store.getLineage(record.id)) {
      report.skipped_existing += 1;
      continue;
    }
    const rebuilt = rowFromDetail(record, rowId);
    if (!rebuilt) {
      report.skipped_without_provenance.push(record.id);
      continue;
    }
    if (!dryRun) deps.store.putLineage(rebuilt.row);
    report.created.push({
      override_id: record.id,
      scenario_id: rebuilt.row.scenario_id,
      notebook_entry_id: rebuilt.row.notebook_entry_id,
      source: rebuilt.source,
    });
  }
  return report;
}
