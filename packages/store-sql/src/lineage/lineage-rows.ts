import type { LineageAuditEntry, LineageRow } from '@govkit/sdk';
import type { SqlRow } from '../client/sql-client';
import { bytesOf, isoOf, isoOrNull } from '../client/sql-values';

/** The `report_lineage` columns, in the order the services select them. */
export const LINEAGE_COLUMNS = `id, report_generation_id, lead_id, pipeline_run_id, template_version_id,
  pipeline_start_time, pipeline_end_time, pipeline_logs, raw_inputs_compressed,
  raw_inputs_size_bytes, compression_ratio, created_at, last_accessed_at, access_count`;

/** The same columns without the blob, for lists that never return it. */
export const LINEAGE_LIST_COLUMNS = LINEAGE_COLUMNS.replace(
  'raw_inputs_compressed',
  '(raw_inputs_compressed IS NOT NULL) AS has_raw_inputs',
);

/** A `report_lineage` row as the engines know it. */
export function toLineageRow(row: SqlRow): LineageRow {
  const bytes = 'raw_inputs_compressed' in row ? bytesOf(row.raw_inputs_compressed) : null;
  return {
    id: String(row.id),
    report_generation_id: String(row.report_generation_id),
    lead_id: String(row.lead_id),
    pipeline_run_id: String(row.pipeline_run_id),
    template_version_id: String(row.template_version_id),
    pipeline_start_time: String(row.pipeline_start_time),
    pipeline_end_time: String(row.pipeline_end_time),
    pipeline_logs: (row.pipeline_logs ?? {}) as LineageRow['pipeline_logs'],
    // A list row stands for its blob with an empty marker of the right "has inputs" answer.
    raw_inputs_compressed: bytes ?? (row.has_raw_inputs === true ? new Uint8Array(1) : null),
    raw_inputs_size_bytes: Number(row.raw_inputs_size_bytes),
    compression_ratio: Number(row.compression_ratio),
    created_at: isoOf(row.created_at),
    last_accessed_at: isoOrNull(row.last_accessed_at),
    access_count: Number(row.access_count),
  };
}

/** A `report_lineage_audit` row as the engines know it. */
export function toAuditEntry(row: SqlRow): LineageAuditEntry {
  return {
    id: String(row.id),
    lineage_id: String(row.lineage_id),
    action: String(row.action) as LineageAuditEntry['action'],
    user_id: (row.user_id as string | null) ?? null,
    ip_address: (row.ip_address as string | null) ?? null,
    user_agent: (row.user_agent as string | null) ?? null,
    accessed_at: isoOf(row.accessed_at),
  };
}
