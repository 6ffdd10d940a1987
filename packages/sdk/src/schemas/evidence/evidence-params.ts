import { z } from 'zod';
import { requestObject } from '../shared/open-object';
import { RequestCursorSchema, RequestIdSchema } from '../shared/request-bounds';
import { DATA_EVIDENCE_DOMAINS } from './evidence-item';

/**
 * Query of `GET /api/notebook/entries/evidence`. `limit` 1–100 (default 20); `cursor` is the
 * opaque `next_cursor` of the previous page (govkit's cursor holds `created_at` and `id`, so pages
 * never repeat or skip items; a bare ISO timestamp, an older server's cursor, is accepted too).
 */
export const NotebookEvidenceParamsSchema = requestObject({
  limit: z.coerce.number<number>().int().min(1).max(100).default(20),
  cursor: RequestCursorSchema.optional(),
  execution_id: RequestIdSchema.optional(),
});
export type NotebookEvidenceParams = z.input<typeof NotebookEvidenceParamsSchema>;

/** Query of `GET /api/data/evidence`: the notebook parameters plus `domain` (default analytics). */
export const DataEvidenceParamsSchema = NotebookEvidenceParamsSchema.extend({
  domain: z.enum(DATA_EVIDENCE_DOMAINS).default('analytics_snapshot'),
});
export type DataEvidenceParams = z.input<typeof DataEvidenceParamsSchema>;
