import type { EndpointDefinition } from '../schemas/shared/endpoint';
import type { ClientContext } from './client-context';
import type { ArrayKeyOf, EndpointResult, PageItem } from './endpoint-result';
import { PagePromise } from './paginate';
import { requestEndpoint } from './request-endpoint';
import type { RequestInput } from './request-input';
import type { RequestOptions } from './request-options';

/**
 * A cursor endpoint: `await` for the first page, `for await` for every item. `itemsKey` names
 * the item array (it types the items; the endpoint's pagination spec wins at run time).
 */
export function paginateEndpoint<
  E extends EndpointDefinition,
  K extends ArrayKeyOf<EndpointResult<E>>,
>(
  context: ClientContext,
  endpoint: E,
  itemsKey: K,
  input: RequestInput<E> = {},
  options?: RequestOptions,
): PagePromise<EndpointResult<E>, PageItem<EndpointResult<E>, K>> {
  const spec = endpoint.pagination;
  const cursorParam = spec?.cursorParam ?? 'cursor';
  const query = (input.query ?? {}) as Record<string, unknown>;
  const initial = query[cursorParam];
  return new PagePromise({
    fetchPage: (cursor) =>
      requestEndpoint(
        context,
        endpoint,
        {
          ...input,
          query: (cursor === undefined
            ? input.query
            : { ...query, [cursorParam]: cursor }) as never,
        },
        options,
      ),
    initialCursor: typeof initial === 'string' && initial !== '' ? initial : undefined,
    itemsKey: spec?.itemsKey ?? itemsKey,
    nextCursorKey: spec?.nextCursorKey ?? 'next_cursor',
    onWarning: context.options.onWarning,
    contract: endpoint.id,
  });
}
