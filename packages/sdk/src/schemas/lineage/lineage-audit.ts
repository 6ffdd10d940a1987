import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject, requestObject } from '../shared/open-object';
import { IdSchema, TimestampSchema } from '../shared/primitives';
import { RequestCursorSchema } from '../shared/request-bounds';

/**
 * Audited actions. The real system records the first three; govkit also audits search
 * (`search_lineage`, one row per returned record).
 */
export const LINEAGE_AUDIT_ACTIONS = [
  'view_lineage',
  'view_logs',
  'download_raw_inputs',
  'search_lineage',
] as const;

/** An audited action; open, as a newer server may audit more. */
export const LineageAuditActionSchema = openEnum(LINEAGE_AUDIT_ACTIONS);
export type LineageAuditAction = z.output<typeof LineageAuditActionSchema>;

/** One `report_lineage_audit` row: who touched which lineage, how, and when. */
export const LineageAuditEntrySchema = openObject({
  id: IdSchema,
  lineage_id: IdSchema,
  action: LineageAuditActionSchema,
  user_id: z.string().nullable(),
  ip_address: z.string().nullable(),
  user_agent: z.string().nullable(),
  accessed_at: TimestampSchema,
});
export type LineageAuditEntry = z.output<typeof LineageAuditEntrySchema>;

/** Paging of `GET /api/lineage/{lineage_id}/audit` (newest first). */
export const LineageAuditParamsSchema = requestObject({
  limit: z.coerce.number<number>().int().min(1).max(1000).default(100),
  cursor: RequestCursorSchema.optional(),
});
export type LineageAuditParams = z.output<typeof LineageAuditParamsSchema>;
export type LineageAuditParamsInput = z.input<typeof LineageAuditParamsSchema>;

/** One page of the access trail, newest first; `next_cursor` null on the last page. */
export const LineageAuditPageSchema = openObject({
  items: z.array(LineageAuditEntrySchema),
  next_cursor: z.string().nullable(),
});
export type LineageAuditPage = z.output<typeof LineageAuditPageSchema>;

/**
 * Who is asking, as a server knows it (user from auth, ip from the client host, the `User-Agent`
 * header). Every field may be missing: the real system never had a user.
 */
export const LineageAccessContextSchema = requestObject({
  user_id: z.string().nullish(),
  ip_address: z.string().nullish(),
  user_agent: z.string().nullish(),
});
export type LineageAccessContext = z.output<typeof LineageAccessContextSchema>;

/**
 * One deletion of a lineage: who deleted which lineage (and so which report), from where, and
 * when. Deleting removes the lineage's access trail with it, so the deletion itself is kept
 * apart, where no delete reaches.
 */
export const LineageDeletionEntrySchema = openObject({
  lineage_id: IdSchema,
  report_generation_id: IdSchema,
  deleted_by: z.string().nullable(),
  ip_address: z.string().nullable(),
  user_agent: z.string().nullable(),
  deleted_at: TimestampSchema,
});
export type LineageDeletionEntry = z.output<typeof LineageDeletionEntrySchema>;
