import { defineEndpoint } from '../shared/endpoint';
import {
  ExportSnapshotBackfillReportSchema,
  MigrationQuerySchema,
  OverrideLineageBackfillReportSchema,
} from './migration-report';

const TAG = 'Governance migrations';
const BASE = '/api/governance/migrations';

/**
 * The governance data migrations behind `govkit migrate-exports` and `govkit backfill-lineage`
 * (admins only). Both are idempotent: a second run reports nothing to change. `?dry_run=true`
 * reports what would change and writes nothing.
 */
export const migrationsEndpoints = {
  exportSnapshots: defineEndpoint({
    id: 'migrations.exportSnapshots',
    method: 'POST',
    path: `${BASE}/export-snapshots`,
    summary: 'Backfill narrative exports with published snapshot ids',
    description:
      'Template-bound narrative exports without `workflow_template_snapshot_id` get their ' +
      'template’s published snapshot; exports that cannot be fixed are listed as anomalies.',
    tag: TAG,
    query: MigrationQuerySchema,
    response: ExportSnapshotBackfillReportSchema,
    errorStatuses: [401, 403, 422],
    idempotent: true,
  }),
  overrideLineage: defineEndpoint({
    id: 'migrations.overrideLineage',
    method: 'POST',
    path: `${BASE}/override-lineage`,
    summary: 'Backfill override lineage from preserved detail snapshots',
    description:
      'Overrides without a lineage row get one rebuilt from `detail.lineage`, `detail.scenario` ' +
      'or `detail.notebook_entry`, tagged `metadata.backfilled = true`.',
    tag: TAG,
    query: MigrationQuerySchema,
    response: OverrideLineageBackfillReportSchema,
    errorStatuses: [401, 403, 422],
    idempotent: true,
  }),
} as const;
