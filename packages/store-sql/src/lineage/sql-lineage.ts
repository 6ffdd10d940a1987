import type { LineageAccessContext, LineageAuditAction, LineageRow } from '@govkit/sdk';
import {
  buildLineageLogsResponse,
  decodeLineageCursor,
  EngineError,
  encodeLineageCursor,
  type IdGenerator,
  LINEAGE_ERRORS,
  LINEAGE_INVALID_CURSOR_DETAIL,
  lineageAuditEntry,
  lineageDownloadOf,
  parseLineageDate,
  prepareLineageCapture,
  randomIdGenerator,
  systemClock,
  toLineageRecord,
} from '@govkit/sdk/engines';
import {
  LineageAuditParamsSchema,
  LineageLogsParamsSchema,
  LineageSearchParamsSchema,
} from '@govkit/sdk/schemas';
import { SQL_STATE, type SqlClient, type SqlTransaction, sqlStateOf } from '../client/sql-client';
import { isoOf, timestampParam } from '../client/sql-values';
import type { LineageService } from '../services';
import { insertLineagePair, LineageImportConflict } from './insert-lineage';
import { LINEAGE_COLUMNS, LINEAGE_LIST_COLUMNS, toAuditEntry, toLineageRow } from './lineage-rows';

/** Dependencies of {@link createSqlLineageService}. */
export interface SqlLineageServiceOptions {
  client: SqlClient;
  /** Lineage, report and audit ids (default: random UUIDs). Times are the database's. */
  ids?: IdGenerator;
}

const MB = 1_048_576;

/**
 * Report lineage on PostgreSQL or PGlite with the sdk engine's contract. A capture writes the
 * report and its lineage in one transaction; every audited read appends its audit rows and bumps
 * the counters in one transaction with the read; search is a keyset page read straight off the
 * `(filter, created_at DESC, id DESC)` indexes.
 */
export function createSqlLineageService(options: SqlLineageServiceOptions): LineageService {
  const { client } = options;
  const ids = options.ids ?? randomIdGenerator;
  // Audit ids come from `ids`; the audit time is set by the database (`govkit_now()`).
  const auditDeps = { clock: systemClock, ids };

  /** Append one audit row per lineage (in order) and bump their counters; the updated rows. */
  async function audit(
    tx: SqlTransaction,
    lineageIds: readonly string[],
    action: LineageAuditAction,
    context: LineageAccessContext = {},
  ): Promise<Map<string, LineageRow>> {
    if (lineageIds.length === 0) return new Map();
    const entries = lineageIds.map((id) => lineageAuditEntry(id, action, context, auditDeps));
    const [first] = entries;
    await tx.query(
      `INSERT INTO report_lineage_audit (id, lineage_id, action, user_id, ip_address, user_agent, accessed_at)
       SELECT e.id, e.lineage_id, $3, $4, $5, $6, govkit_now()
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS e(id, lineage_id, n) ORDER BY e.n`,
      [
        entries.map((entry) => entry.id),
        entries.map((entry) => entry.lineage_id),
        action,
        first?.user_id ?? null,
        first?.ip_address ?? null,
        first?.user_agent ?? null,
      ],
    );
    const rows = await tx.query(
      `UPDATE report_lineage SET access_count = access_count + 1, last_accessed_at = govkit_now()
       WHERE id = ANY($1::text[]) RETURNING ${LINEAGE_LIST_COLUMNS}`,
      [lineageIds],
    );
    return new Map(rows.map((row) => [String(row.id), toLineageRow(row)]));
  }

  async function requireLineage(target: SqlTransaction | SqlClient, lineage_id: string) {
    const [row] = await target.query(
      `SELECT ${LINEAGE_COLUMNS} FROM report_lineage WHERE id = $1`,
      [lineage_id],
    );
    if (!row) throw EngineError.notFound(LINEAGE_ERRORS.notFound);
    return toLineageRow(row);
  }

  return {
    async captureReport(raw) {
      const requested = (raw as { report_generation_id?: unknown } | null)?.report_generation_id;
      const taken =
        typeof requested === 'string' &&
        (await client.query('SELECT 1 FROM report_generations WHERE id = $1', [requested])).length >
          0;
      const { report, row } = prepareLineageCapture(raw, { clock: systemClock, ids }, () => taken);
      try {
        return await client.transaction(async (tx) => {
          const stored = await insertLineagePair(tx, report, row, 'capture');
          if (!stored) throw new Error('report_lineage insert returned no row');
          return {
            report: { ...report, created_at: stored.created_at },
            lineage: toLineageRecord(stored),
          };
        });
      } catch (error) {
        if (sqlStateOf(error) === SQL_STATE.uniqueViolation) {
          throw EngineError.conflict(LINEAGE_ERRORS.alreadyCaptured, { cause: error });
        }
        throw error;
      }
    },

    async search(params = {}, context) {
      const parsed = LineageSearchParamsSchema.safeParse(params);
      if (!parsed.success) throw EngineError.unprocessable('Invalid search parameters');
      const query = parsed.data;
      const start = query.start_date ? parseLineageDate(query.start_date, 'start_date') : null;
      const end = query.end_date ? parseLineageDate(query.end_date, 'end_date') : null;
      const after = query.cursor ? decodeLineageCursor(query.cursor, ['number', 'string']) : null;

      const where: string[] = [];
      const values: unknown[] = [];
      const add = (clause: (placeholder: string) => string, value: unknown) => {
        values.push(value);
        where.push(clause(`$${values.length}`));
      };
      if (query.lead_id) add((p) => `lead_id = ${p}`, query.lead_id);
      if (query.pipeline_run_id) add((p) => `pipeline_run_id = ${p}`, query.pipeline_run_id);
      if (query.template_version_id)
        add((p) => `template_version_id = ${p}`, query.template_version_id);
      if (start !== null) add((p) => `created_at >= ${p}::timestamptz`, timestampParam(start));
      if (end !== null) add((p) => `created_at <= ${p}::timestamptz`, timestampParam(end));
      if (after) {
        values.push(timestampParam(after[0]), after[1]);
        where.push(`(created_at, id) < ($${values.length - 1}::timestamptz, $${values.length})`);
      }
      values.push(query.limit + 1);
      const sql = `SELECT ${LINEAGE_LIST_COLUMNS} FROM report_lineage
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY created_at DESC, id DESC LIMIT $${values.length}`;

      return client.transaction(async (tx) => {
        const rows = (await tx.query(sql, values)).map(toLineageRow);
        const page = rows.slice(0, query.limit);
        const last = page[page.length - 1];
        const audited = await audit(
          tx,
          page.map((row) => row.id),
          'search_lineage',
          context,
        );
        return {
          items: page.map((row) => toLineageRecord(audited.get(row.id) ?? row)),
          next_cursor:
            rows.length > query.limit && last
              ? encodeLineageCursor([Date.parse(last.created_at), last.id])
              : null,
        };
      });
    },

    async getByReportId(report_id, context) {
      return client.transaction(async (tx) => {
        const [row] = await tx.query<{ id: string }>(
          'SELECT id FROM report_lineage WHERE report_generation_id = $1',
          [report_id],
        );
        if (!row) throw EngineError.notFound(LINEAGE_ERRORS.notFoundForReport);
        const audited = await audit(tx, [row.id], 'view_lineage', context);
        const updated = audited.get(row.id);
        if (!updated) throw EngineError.notFound(LINEAGE_ERRORS.notFoundForReport);
        return toLineageRecord(updated);
      });
    },

    async getLogs(lineage_id, params = {}, context) {
      return client.transaction(async (tx) => {
        const row = await requireLineage(tx, lineage_id);
        const parsed = LineageLogsParamsSchema.safeParse(params);
        if (!parsed.success) throw EngineError.unprocessable('Invalid logs parameters');
        // Built before auditing, so a bad cursor (400) leaves no audit row behind.
        const response = buildLineageLogsResponse(row, parsed.data);
        await audit(tx, [row.id], 'view_logs', context);
        return response;
      });
    },

    async download(lineage_id, context) {
      // The attempt is audited even when there is nothing to download, as in the real router;
      // the audit commits before the 404 is thrown.
      const row = await client.transaction(async (tx) => {
        const found = await requireLineage(tx, lineage_id);
        await audit(tx, [found.id], 'download_raw_inputs', context);
        return found;
      });
      if (!row.raw_inputs_compressed || row.raw_inputs_compressed.length === 0) {
        throw EngineError.notFound(LINEAGE_ERRORS.noRawInputs);
      }
      return lineageDownloadOf(row.id, row.raw_inputs_compressed);
    },

    async getStats() {
      const [totals] = await client.query<{ total: string; recent: string; bytes: string }>(
        `SELECT count(*) AS total,
           count(*) FILTER (WHERE created_at >= govkit_now() - interval '1 day') AS recent,
           COALESCE(sum(raw_inputs_size_bytes) FILTER (WHERE raw_inputs_compressed IS NOT NULL), 0) AS bytes
         FROM report_lineage`,
      );
      const templates = await client.query<{ version: string; count: string }>(
        `SELECT template_version_id AS version, count(*) AS count FROM report_lineage
         WHERE template_version_id <> '' GROUP BY template_version_id
         ORDER BY count(*) DESC, template_version_id COLLATE "C"`,
      );
      return {
        total_records: Number(totals?.total ?? 0),
        recent_records_24h: Number(totals?.recent ?? 0),
        template_distribution: templates.map((t) => ({
          version: t.version,
          count: Number(t.count),
        })),
        total_storage_mb: Math.round((Number(totals?.bytes ?? 0) / MB) * 100) / 100,
      };
    },

    async deleteLineage(lineage_id, context = {}) {
      return client.transaction(async (tx) => {
        const [row] = await tx.query<{ report_generation_id: string }>(
          'SELECT report_generation_id FROM report_lineage WHERE id = $1 FOR UPDATE',
          [lineage_id],
        );
        if (!row) throw EngineError.notFound(LINEAGE_ERRORS.notFound);
        // The deletion log first, in the same transaction: a deletion is never unrecorded.
        await tx.query(
          `INSERT INTO report_lineage_deletions
             (lineage_id, report_generation_id, deleted_by, ip_address, user_agent)
           VALUES ($1, $2, left($3, 255), left($4, 45), left($5, 2000))`,
          [
            lineage_id,
            row.report_generation_id,
            context.user_id ?? null,
            context.ip_address ?? null,
            context.user_agent ?? null,
          ],
        );
        // Deleting the report cascades to its lineage and (from there) to the access trail.
        await tx.query('DELETE FROM report_generations WHERE id = $1', [row.report_generation_id]);
        return { message: `Lineage ${lineage_id} deleted successfully` };
      });
    },

    async listDeletions() {
      const rows = await client.query<{
        lineage_id: string;
        report_generation_id: string;
        deleted_by: string | null;
        ip_address: string | null;
        user_agent: string | null;
        deleted_at: Date | string;
      }>(
        `SELECT lineage_id, report_generation_id, deleted_by, ip_address, user_agent, deleted_at
         FROM report_lineage_deletions ORDER BY seq`,
      );
      return rows.map((row) => ({ ...row, deleted_at: isoOf(row.deleted_at) }));
    },

    async listAudit(lineage_id, params = {}) {
      await requireLineage(client, lineage_id);
      const parsed = LineageAuditParamsSchema.safeParse(params);
      if (!parsed.success) throw EngineError.unprocessable('Invalid audit parameters');
      const { limit, cursor } = parsed.data;
      // The cursor is a position counted from the oldest entry (as the engine's), so accesses
      // appended between pages neither repeat nor shift the next page.
      const [count] = await client.query<{ n: string }>(
        'SELECT count(*) AS n FROM report_lineage_audit WHERE lineage_id = $1',
        [lineage_id],
      );
      const total = Number(count?.n ?? 0);
      let before = total;
      if (cursor !== undefined) {
        const [position] = decodeLineageCursor(cursor, ['number']);
        if (position < 0) throw EngineError.badRequest(LINEAGE_INVALID_CURSOR_DETAIL);
        before = Math.min(position, total);
      }
      const from = Math.max(0, before - limit);
      const rows = await client.query(
        `SELECT id, lineage_id, action, user_id, ip_address, user_agent, accessed_at
         FROM report_lineage_audit WHERE lineage_id = $1 ORDER BY seq DESC OFFSET $2 LIMIT $3`,
        [lineage_id, total - before, before - from],
      );
      return {
        items: rows.map(toAuditEntry),
        next_cursor: from > 0 ? encodeLineageCursor([from]) : null,
      };
    },

    async getReport(report_id) {
      const [row] = await client.query(
        `SELECT id, lead_id, pipeline_run_id, template_version_id, data, created_at
         FROM report_generations WHERE id = $1`,
        [report_id],
      );
      if (!row) return undefined;
      return {
        id: String(row.id),
        lead_id: String(row.lead_id),
        pipeline_run_id: String(row.pipeline_run_id),
        template_version_id: String(row.template_version_id),
        created_at: (row.created_at as Date).toISOString(),
        data: row.data as Record<string, unknown>,
      };
    },

    async importLineage(report, row) {
      try {
        const stored = await client.transaction((tx) =>
          insertLineagePair(tx, report, row, 'import'),
        );
        return stored !== undefined;
      } catch (error) {
        // A lineage id taken by another report: the report row was rolled back too.
        if (error instanceof LineageImportConflict) return false;
        throw error;
      }
    },

    async purgeOlderThan(retention_days) {
      assertRetentionDays(retention_days);
      const deleted = await client.query(
        `DELETE FROM report_generations WHERE id IN (
           SELECT report_generation_id FROM report_lineage
           WHERE created_at < govkit_now() - $1 * interval '1 day') RETURNING id`,
        [retention_days],
      );
      return { deleted: deleted.length };
    },
  };
}

/** @throws EngineError 400 unless `days` is a positive whole number. */
export function assertRetentionDays(days: number): void {
  if (!Number.isInteger(days) || days < 1) {
    throw EngineError.badRequest('retention_days must be a positive whole number of days', {
      code: 'bad_request',
    });
  }
}
