import type { GovkitError, LineageLogsResponse } from '@govkit/sdk';
import {
  type InfiniteData,
  type UseInfiniteQueryResult,
  useInfiniteQuery,
} from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { cursorInfiniteOptions } from '../query/cursor-infinite-options';
import { govkitKeys } from '../query/govkit-keys';

/**
 * A lineage's logs (`GET /api/lineage/{lineage_id}/logs`): summary, raw inputs and the event
 * list, `pageSize` events per page (`fetchNextPage()` loads the next). Each page is audited
 * server-side as `view_logs`.
 */
export function useLineageLogs(
  lineageId: string,
  options: { pageSize?: number; enabled?: boolean } = {},
): UseInfiniteQueryResult<InfiniteData<LineageLogsResponse, string | undefined>, GovkitError> {
  const client = useGovkitClient();
  const limit = options.pageSize ?? 1000;
  return useInfiniteQuery({
    ...cursorInfiniteOptions({
      queryKey: govkitKeys.lineage.logs(lineageId, { limit }),
      fetchPage: (cursor, signal) =>
        client.lineage.logs(lineageId, cursor ? { limit, cursor } : { limit }, { signal }),
      nextCursor: (page: LineageLogsResponse) => page.next_cursor,
    }),
    enabled: options.enabled ?? true,
  });
}
