import type { LineageReportRecord, LineageRow } from '@govkit/sdk';
import type { SqlTransaction } from '../client/sql-client';
import { LINEAGE_COLUMNS, LINEAGE_LIST_COLUMNS, toLineageRow } from './lineage-rows';

/**
 * How a report and its lineage row are inserted: a `capture` is stamped with the database clock
 * and a taken id is an error (unique violation → 409); an `import` keeps the rows' own times and
 * skips ids that exist.
 */
export type LineageInsertMode = 'capture' | 'import';

/** Thrown inside an import transaction when the report was new but its lineage id was not. */
export class LineageImportConflict extends Error {
  override readonly name = 'LineageImportConflict';
}

/**
 * Insert `report` and `row` in `tx`. Returns the stored lineage row (with its stored
 * `created_at`), or undefined when an import found the report already there.
 *
 * @throws LineageImportConflict on an import whose lineage id is taken by another report (the
 *   caller rolls the transaction back so neither row lands).
 */
export async function insertLineagePair(
  tx: SqlTransaction,
  report: LineageReportRecord,
  row: LineageRow,
  mode: LineageInsertMode,
): Promise<LineageRow | undefined> {
  const onConflict = mode === 'import' ? 'ON CONFLICT DO NOTHING' : '';
  const [stamp] = await tx.query<{ created_at: Date }>(
    `INSERT INTO report_generations (id, lead_id, pipeline_run_id, template_version_id, data, created_at)
     VALUES ($1, $2, $3, $4, $5, COALESCE($6::timestamptz, govkit_now())) ${onConflict}
     RETURNING created_at`,
    [
      report.id,
      report.lead_id,
      report.pipeline_run_id,
      report.template_version_id,
      JSON.stringify(report.data),
      mode === 'import' ? report.created_at : null,
    ],
  );
  if (!stamp) return undefined;
  const [inserted] = await tx.query(
    `INSERT INTO report_lineage (${LINEAGE_COLUMNS})
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ${onConflict}
     RETURNING ${LINEAGE_LIST_COLUMNS}`,
    [
      row.id,
      row.report_generation_id,
      row.lead_id,
      row.pipeline_run_id,
      row.template_version_id,
      row.pipeline_start_time,
      row.pipeline_end_time,
      JSON.stringify(row.pipeline_logs),
      row.raw_inputs_compressed,
      row.raw_inputs_size_bytes,
      row.compression_ratio,
      mode === 'import' ? row.created_at : stamp.created_at,
      row.last_accessed_at,
      row.access_count,
    ],
  );
  if (!inserted) throw new LineageImportConflict(`Lineage ${row.id} already exists`);
  return toLineageRow(inserted);
}
