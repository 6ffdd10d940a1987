import type {
  GovkitError,
  LineageAuditPage,
  LineageRecord,
  LineageSearchPage,
  LineageSearchParamsInput,
  LineageStats,
} from '@govkit/sdk';
import {
  type InfiniteData,
  keepPreviousData,
  type UseInfiniteQueryResult,
  type UseQueryResult,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { cursorInfiniteOptions } from '../query/cursor-infinite-options';
import { govkitKeys } from '../query/govkit-keys';

/** Filters of a lineage search (everything but the cursor, which the caller pages with). */
export type LineageSearchFilters = Omit<LineageSearchParamsInput, 'cursor'>;

/**
 * One page of `GET /api/lineage/search`. Pass the previous page's `next_cursor` as `cursor` for
 * the next page; the last page stays on screen while the next one loads (no flash to empty).
 */
export function useLineageSearch(
  filters: LineageSearchFilters,
  cursor?: string,
): UseQueryResult<LineageSearchPage, GovkitError> {
  const client = useGovkitClient();
  const params = cursor ? { ...filters, cursor } : filters;
  return useQuery({
    queryKey: govkitKeys.lineage.search(params),
    queryFn: ({ signal }) => client.lineage.search(params, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** `GET /api/lineage/panel/stats`: totals, last 24 h, storage, template distribution. */
export function useLineageStats(): UseQueryResult<LineageStats, GovkitError> {
  const client = useGovkitClient();
  return useQuery({
    queryKey: govkitKeys.lineage.stats(),
    queryFn: ({ signal }) => client.lineage.stats({ signal }),
  });
}

/** The lineage of one report (`GET /api/lineage/{report_id}`, audited as `view_lineage`). */
export function useLineageRecord(
  reportId: string | undefined,
): UseQueryResult<LineageRecord, GovkitError> {
  const client = useGovkitClient();
  return useQuery({
    queryKey: govkitKeys.lineage.record(reportId ?? ''),
    queryFn: ({ signal }) => client.lineage.retrieve(reportId as string, { signal }),
    enabled: reportId !== undefined,
  });
}

/** A lineage's access trail, newest first, page by page. */
export function useLineageAudit(
  lineageId: string | undefined,
  options: { pageSize?: number } = {},
): UseInfiniteQueryResult<InfiniteData<LineageAuditPage, string | undefined>, GovkitError> {
  const client = useGovkitClient();
  const limit = options.pageSize ?? 20;
  return useInfiniteQuery({
    ...cursorInfiniteOptions({
      queryKey: govkitKeys.lineage.audit(lineageId ?? ''),
      fetchPage: (cursor, signal) =>
        client.lineage.audit(lineageId as string, cursor ? { limit, cursor } : { limit }, {
          signal,
        }),
      nextCursor: (page: LineageAuditPage) => page.next_cursor,
    }),
    enabled: lineageId !== undefined,
  });
}
