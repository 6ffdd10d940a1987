import type { EndpointDefinition } from '../schemas/shared/endpoint';
import type { ClientContext } from './client-context';
import type { ArrayKeyOf, EndpointResult, PageItem } from './endpoint-result';
import type { EndpointLoader } from './lazy-endpoints';
import { PagePromise, type PagePromiseInit } from './paginate';
import { requestEndpoint } from './request-endpoint';
import type { RequestInput } from './request-input';
import type { RequestOptions } from './request-options';

/**
 * A cursor endpoint: `await` for the first page, `for await` for every item. `itemsKey` names
 * the item array (it types the items; the endpoint's pagination spec wins at run time).
 *
 * The endpoint comes from a loader (see `lazyEndpoints`), so the page promise is returned before
 * the definition is known: each page fetch resolves it and completes `init` from its spec, which
 * {@link PagePromise} reads only once the first page has arrived.
 */
export function paginateEndpoint<
  E extends EndpointDefinition,
  K extends ArrayKeyOf<EndpointResult<E>>,
>(
  context: ClientContext,
  load: EndpointLoader<E>,
  itemsKey: K,
  input: RequestInput<E> = {},
  options?: RequestOptions,
): PagePromise<EndpointResult<E>, PageItem<EndpointResult<E>, K>> {
  const query = (input.query ?? {}) as Record<string, unknown>;
  const init: PagePromiseInit<EndpointResult<E>> = {
    fetchPage: async (cursor) => {
      const endpoint = await load();
      const spec = endpoint.pagination;
      const cursorParam = spec?.cursorParam ?? 'cursor';
      const initial = query[cursorParam];
      init.initialCursor = typeof initial === 'string' && initial !== '' ? initial : undefined;
      init.itemsKey = spec?.itemsKey ?? itemsKey;
      init.nextCursorKey = spec?.nextCursorKey ?? 'next_cursor';
      init.contract = endpoint.id;
      return requestEndpoint(
        context,
        endpoint,
        {
          ...input,
          query: (cursor === undefined
            ? input.query
            : { ...query, [cursorParam]: cursor }) as never,
        },
        options,
      );
    },
    itemsKey,
    nextCursorKey: 'next_cursor',
    onWarning: context.options.onWarning,
  };
  return new PagePromise(init);
}
