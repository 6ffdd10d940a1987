import type { GovkitError } from '@govkit/sdk';
import { type InfiniteData, infiniteQueryOptions, type QueryKey } from '@tanstack/react-query';

export interface CursorInfiniteOptions<TPage, TKey extends QueryKey> {
  queryKey: TKey;
  /** Fetch one page; `cursor` is `undefined` for the first. Pass `signal` on to the client. */
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => PromiseLike<TPage>;
  /** The page's next cursor; `null`/`undefined`/`''` means it was the last page. */
  nextCursor: (page: TPage) => string | null | undefined;
}

/**
 * `useInfiniteQuery` options for a cursor-paginated govkit endpoint (every endpoint with
 * `pagination` in its definition): the first page has no cursor, each next page the previous
 * page's cursor. A server that answers the same cursor twice ends the list instead of looping.
 *
 * @example
 * useInfiniteQuery(cursorInfiniteOptions({
 *   queryKey: govkitKeys.replay.decisionTrace(taskId, params),
 *   fetchPage: (cursor, signal) => client.replay.tasks.decisionTrace(taskId, { ...params, cursor }, { signal }),
 *   nextCursor: (page) => page.next_cursor,
 * }));
 */
export function cursorInfiniteOptions<TPage, TKey extends QueryKey>({
  queryKey,
  fetchPage,
  nextCursor,
}: CursorInfiniteOptions<TPage, TKey>) {
  // The sdk's typed errors are what a cursor endpoint throws, so the error type says so.
  return infiniteQueryOptions<
    TPage,
    GovkitError,
    InfiniteData<TPage, string | undefined>,
    TKey,
    string | undefined
  >({
    queryKey,
    queryFn: async ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: undefined,
    getNextPageParam: (lastPage, _pages, lastCursor) => {
      const next = nextCursor(lastPage);
      return next && next !== lastCursor ? next : undefined;
    },
  });
}
