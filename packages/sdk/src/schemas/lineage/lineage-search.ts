import { z } from 'zod';
import { openObject, requestObject } from '../shared/open-object';
import { MAX_ID_LENGTH, RequestCursorSchema } from '../shared/request-bounds';
import { LineageRecordSchema } from './lineage-record';

/** Default and maximum page size of `GET /api/lineage/search`. */
export const LINEAGE_SEARCH_DEFAULT_LIMIT = 100;
export const LINEAGE_SEARCH_MAX_LIMIT = 1000;

/**
 * Query of `GET /api/lineage/search`. Filters are exact matches, ANDed; an empty string means "no
 * filter" (as in the real router). `start_date` / `end_date` are ISO-8601 (date, or date-time with
 * optional `Z`/offset; a naive time is UTC), compared inclusively with `created_at`. They are plain
 * strings here on purpose: a malformed date is the server's 400 `Invalid start_date format` /
 * `Invalid end_date format`, not a 422. `cursor` is govkit's addition (the real router has none):
 * pass the previous page's `next_cursor` to get the next page.
 */
export const LineageSearchParamsSchema = requestObject({
  lead_id: z.string().max(MAX_ID_LENGTH).optional(),
  pipeline_run_id: z.string().max(MAX_ID_LENGTH).optional(),
  template_version_id: z.string().max(MAX_ID_LENGTH).optional(),
  start_date: z.string().max(64).optional(),
  end_date: z.string().max(64).optional(),
  limit: z.coerce
    .number<number>()
    .int()
    .min(1)
    .max(LINEAGE_SEARCH_MAX_LIMIT)
    .default(LINEAGE_SEARCH_DEFAULT_LIMIT),
  cursor: RequestCursorSchema.optional(),
});
export type LineageSearchParams = z.output<typeof LineageSearchParamsSchema>;
export type LineageSearchParamsInput = z.input<typeof LineageSearchParamsSchema>;

/**
 * One page of search results, newest first (`created_at` desc, then `lineage_id` desc).
 * `next_cursor` is null on the last page.
 *
 * The real router answers a bare `LineageResponse[]` without paging: such an array parses as
 * `{items: <the array>, next_cursor: null}`.
 */
export const LineageSearchPageSchema = z.preprocess(
  (input) => (Array.isArray(input) ? { items: input, next_cursor: null } : input),
  openObject({
    items: z.array(LineageRecordSchema),
    next_cursor: z.string().nullable(),
  }),
);
export type LineageSearchPage = z.output<typeof LineageSearchPageSchema>;
