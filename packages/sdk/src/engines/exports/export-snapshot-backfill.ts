import type {
  ExportSnapshotAnomaly,
  ExportSnapshotBackfillReport,
} from '../../schemas/migrations/migration-report';
import type { WorkflowTemplateSnapshot } from '../../schemas/templates/workflow-template';
import { requireAdmin } from '../governance/directory';
import { isoFromMs } from '../shared/iso-time';
import type { NarrativeExportDeps } from './export-context';

/** Options of {@link backfillExportSnapshots}. */
export interface ExportSnapshotBackfillOptions {
  /** Report what would change without writing anything. Default false. */
  dryRun?: boolean;
}

/**
 * The published snapshot a historical export should have been bound to: the template's
 * `published_snapshot_id` when it names a published snapshot, else the template's newest
 * published snapshot (an archived template keeps the snapshots it once published).
 */
function publishedSnapshotOf(
  deps: Pick<NarrativeExportDeps, 'templates'>,
  templateId: string,
): WorkflowTemplateSnapshot | undefined {
  const template = deps.templates.getTemplate(templateId);
  const named = template?.published_snapshot_id
    ? deps.templates.getSnapshot(String(template.published_snapshot_id))
    : undefined;
  if (named?.status === 'published') return named;
  return deps.templates
    .listSnapshots()
    .filter((s) => String(s.template_id) === templateId && s.status === 'published')
    .sort((a, b) => b.captured_at.localeCompare(a.captured_at))[0];
}

/**
 * `migrate-exports` (admins only): every template-bound narrative export without a
 * `workflow_template_snapshot_id` gets its template's published snapshot (id, payload, key and
 * version), tagged `metadata.snapshot_backfilled = true`. Exports already bound are skipped, so a
 * second run updates nothing. Exports that cannot be fixed (template gone, never published, or a
 * dangling snapshot id) are reported as anomalies and left untouched. `dryRun` only reports.
 */
export function backfillExportSnapshots(
  deps: Pick<NarrativeExportDeps, 'directory' | 'store' | 'templates' | 'clock'>,
  actorId: string,
  options: ExportSnapshotBackfillOptions = {},
): ExportSnapshotBackfillReport {
  requireAdmin(deps.directory, actorId);
  const dryRun = options.dryRun ?? false;
  const report: ExportSnapshotBackfillReport = {
    dry_run: dryRun,
    scanned: 0,
    updated: [],
    skipped_existing: 0,
    skipped_unbound: 0,
    anomalies: [],
  };
  const anomaly = (
    record: { id: string; execution_id: string },
    kind: ExportSnapshotAnomaly['kind'],
    detail: string,
  ) =>
    report.anomalies.push({
      export_id: record.id,
      execution_id: record.execution_id,
      kind,
      detail,
    });
  const now = isoFromMs(deps.clock.now());
  const records = deps.store
    .list()
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id));
  for (const record of records) {
    report.scanned += 1;
    if (record.workflow_template_snapshot_id) {
      if (!deps.templates.getSnapshot(String(record.workflow_template_snapshot_id))) {
        anomaly(
          record,
          'snapshot_not_found',
          `Snapshot ${record.workflow_template_snapshot_id} does not exist`,
        );
      }
      report.skipped_existing += 1;
      continue;
    }
    const templateId = record.workflow_template_id ? String(record.workflow_template_id) : null;
    if (!templateId) {
      report.skipped_unbound += 1;
      continue;
    }
    const template = deps.templates.getTemplate(templateId);
    if (!template) {
      anomaly(record, 'template_not_found', `Workflow template ${templateId} does not exist`);
      continue;
    }
    const snapshot = publishedSnapshotOf(deps, templateId);
    if (!snapshot) {
      anomaly(
        record,
        'no_published_snapshot',
        `Workflow template ${templateId} (${template.template_key} v${template.version}) has no published snapshot`,
      );
      continue;
    }
    report.updated.push({
      export_id: record.id,
      execution_id: record.execution_id,
      workflow_template_id: templateId,
      workflow_template_snapshot_id: snapshot.id,
      workflow_template_version: snapshot.version,
    });
    if (dryRun) continue;
    deps.store.put({
      ...record,
      workflow_template_snapshot_id: snapshot.id,
      workflow_template_key: record.workflow_template_key ?? snapshot.template_key,
      workflow_template_version: record.workflow_template_version ?? snapshot.version,
      workflow_template_snapshot: structuredClone(snapshot.snapshot_payload),
      metadata: { ...record.metadata, snapshot_backfilled: true },
      updated_at: now,
    });
  }
  return report;
}
