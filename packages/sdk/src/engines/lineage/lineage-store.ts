import type { LineageAuditEntry, LineageDeletionEntry } from '../../schemas/lineage/lineage-audit';
import type { LineageReportRecord, LineageRow } from '../../schemas/lineage/lineage-record';

/**
 * Storage of the lineage engine: reports, their lineage rows (`report_lineage`) and the access
 * trail (`report_lineage_audit`). Each method is one atomic operation; the engine never needs two
 * calls to stay consistent:
 * - {@link LineageStore.insertCapture} writes a report and its lineage together or not at all;
 * - {@link LineageStore.recordAccess} appends an audit row and bumps the counters together;
 * - {@link LineageStore.deleteLineage} removes a lineage, (cascade) its audit rows and its report,
 *   and records the deletion.
 *
 * Calls are synchronous, so a persistent implementation must run each inside one transaction.
 */
export interface LineageStore {
  /** Insert both rows. Throws (writing nothing) if the report id or lineage id already exists. */
  insertCapture(report: LineageReportRecord, lineage: LineageRow): void;
  getReport(reportId: string): LineageReportRecord | undefined;
  getLineage(lineageId: string): LineageRow | undefined;
  /** The lineage of a report (`report_generation_id` is unique). */
  findLineageByReportId(reportId: string): LineageRow | undefined;
  /** Every lineage row (any order). */
  listLineages(): LineageRow[];
  /** Append the audit row and set `access_count += 1`, `last_accessed_at = entry.accessed_at`. */
  recordAccess(entry: LineageAuditEntry): LineageRow | undefined;
  /**
   * Remove the lineage, its audit rows and its report, and append `deletion` (when given) to the
   * deletion log, together; false (and nothing recorded) when it did not exist.
   */
  deleteLineage(lineageId: string, deletion?: LineageDeletionEntry): boolean;
  /** The audit rows of a lineage, in insertion order. */
  listAudit(lineageId: string): LineageAuditEntry[];
  /** Every recorded deletion, oldest first. Never shortened by a delete. */
  listDeletions(): LineageDeletionEntry[];
}

/** The default {@link LineageStore}: maps of copies, no I/O. */
export function createInMemoryLineageStore(): LineageStore {
  const reports = new Map<string, LineageReportRecord>();
  const lineages = new Map<string, LineageRow>();
  const lineageByReport = new Map<string, string>();
  const audit = new Map<string, LineageAuditEntry[]>();
  const deletions: LineageDeletionEntry[] = [];

  return {
    insertCapture(report, lineage) {
      // Validate everything first: the pair is written whole or not at all.
      if (reports.has(report.id)) throw new Error(`Report ${report.id} already exists`);
      if (lineages.has(lineage.id)) throw new Error(`Lineage ${lineage.id} already exists`);
      if (lineageByReport.has(lineage.report_generation_id)) {
        throw new Error(`Report ${lineage.report_generation_id} already has a lineage`);
      }
      reports.set(report.id, structuredClone(report));
      lineages.set(lineage.id, copyRow(lineage));
      lineageByReport.set(lineage.report_generation_id, lineage.id);
      audit.set(lineage.id, []);
    },
    getReport: (reportId) => {
      const report = reports.get(reportId);
      return report && structuredClone(report);
    },
    getLineage: (lineageId) => {
      const row = lineages.get(lineageId);
      return row && copyRow(row);
    },
    findLineageByReportId(reportId) {
      const lineageId = lineageByReport.get(reportId);
      const row = lineageId === undefined ? undefined : lineages.get(lineageId);
      return row && copyRow(row);
    },
    listLineages: () => [...lineages.values()].map(copyRow),
    recordAccess(entry) {
      const row = lineages.get(entry.lineage_id);
      if (!row) return undefined;
      audit.get(entry.lineage_id)?.push({ ...entry });
      row.access_count += 1;
      row.last_accessed_at = entry.accessed_at;
      return copyRow(row);
    },
    deleteLineage(lineageId, deletion) {
      const row = lineages.get(lineageId);
      if (!row) return false;
      lineages.delete(lineageId);
      lineageByReport.delete(row.report_generation_id);
      reports.delete(row.report_generation_id);
      audit.delete(lineageId);
      if (deletion) deletions.push({ ...deletion });
      return true;
    },
    listAudit: (lineageId) => (audit.get(lineageId) ?? []).map((entry) => ({ ...entry })),
    listDeletions: () => deletions.map((entry) => ({ ...entry })),
  };
}

function copyRow(row: LineageRow): LineageRow {
  return {
    ...row,
    pipeline_logs: structuredClone(row.pipeline_logs),
    raw_inputs_compressed: row.raw_inputs_compressed ? row.raw_inputs_compressed.slice() : null,
  };
}
