import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject, requestObject } from '../shared/open-object';
import { IdSchema } from '../shared/primitives';
import { RequestFlagSchema } from '../shared/request-bounds';

/**
 * `?dry_run=` of the governance migrations: report what would change without writing anything.
 * Arrives as a string in URLs (`true`/`false`/`1`/`0`…).
 */
export const MigrationQuerySchema = requestObject({
  dry_run: RequestFlagSchema.default(false),
});
export type MigrationQuery = z.input<typeof MigrationQuerySchema>;

/** One narrative export the snapshot backfill bound (or, in a dry run, would bind). */
export const ExportSnapshotBackfillRowSchema = openObject({
  export_id: IdSchema,
  execution_id: IdSchema,
  workflow_template_id: IdSchema,
  workflow_template_snapshot_id: IdSchema,
  workflow_template_version: z.number().int().nullish(),
});
export type ExportSnapshotBackfillRow = z.output<typeof ExportSnapshotBackfillRowSchema>;

/**
 * Why an export could not be backfilled: its template is gone, the template never had a
 * published snapshot, or the snapshot it names does not exist. Anomalies are reported on every
 * run (they are facts about the data, not about the run), so operators can triage them.
 */
export const ExportSnapshotAnomalyKindSchema = openEnum([
  'template_not_found',
  'no_published_snapshot',
  'snapshot_not_found',
]);

/** One export the backfill could not fix. */
export const ExportSnapshotAnomalySchema = openObject({
  export_id: IdSchema,
  execution_id: IdSchema,
  kind: ExportSnapshotAnomalyKindSchema,
  detail: z.string(),
});
export type ExportSnapshotAnomaly = z.output<typeof ExportSnapshotAnomalySchema>;

/**
 * What `migrate-exports` did: historical template-bound narrative
 * exports without a `workflow_template_snapshot_id` get their template's published snapshot.
 * A second run finds nothing to update.
 */
export const ExportSnapshotBackfillReportSchema = openObject({
  dry_run: z.boolean(),
  scanned: z.number().int().nonnegative(),
  updated: z.array(ExportSnapshotBackfillRowSchema),
  /** Exports that already name a snapshot (why a rerun changes nothing). */
  skipped_existing: z.number().int().nonnegative(),
  /** Exports bound to no template: nothing to backfill. */
  skipped_unbound: z.number().int().nonnegative(),
  anomalies: z.array(ExportSnapshotAnomalySchema),
});
export type ExportSnapshotBackfillReport = z.output<typeof ExportSnapshotBackfillReportSchema>;

/** Where a backfilled override lineage row's provenance was found in the detail snapshot. */
export const OverrideLineageBackfillSourceSchema = openEnum([
  'lineage',
  'scenario',
  'notebook_entry',
]);
export type OverrideLineageBackfillSource = z.output<typeof OverrideLineageBackfillSourceSchema>;

/** One override lineage row the backfill created (or, in a dry run, would create). */
export const OverrideLineageBackfillRowSchema = openObject({
  override_id: IdSchema,
  scenario_id: IdSchema.nullable(),
  notebook_entry_id: IdSchema.nullable(),
  source: OverrideLineageBackfillSourceSchema,
});
export type OverrideLineageBackfillRow = z.output<typeof OverrideLineageBackfillRowSchema>;

/**
 * What `backfill-lineage` did: overrides without a lineage
 * row get one rebuilt from their preserved detail snapshot; one row per override, so a rerun
 * creates nothing.
 */
export const OverrideLineageBackfillReportSchema = openObject({
  dry_run: z.boolean(),
  scanned: z.number().int().nonnegative(),
  created: z.array(OverrideLineageBackfillRowSchema),
  skipped_existing: z.number().int().nonnegative(),
  /** Overrides whose detail carries no provenance: they stay without lineage. */
  skipped_without_provenance: z.array(IdSchema),
});
export type OverrideLineageBackfillReport = z.output<typeof OverrideLineageBackfillReportSchema>;
