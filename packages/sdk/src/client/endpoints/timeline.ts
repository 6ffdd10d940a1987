import type { timelineEndpoints as definitions } from '../../schemas/timeline/endpoints';
import type { TimelineStreamParamsInput } from '../../schemas/timeline/timeline-page';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { endpointIds } from '../endpoint-ids';
import type { EndpointResult, PageItem, StreamOptions } from '../endpoint-result';
import { lazyEndpoints } from '../lazy-endpoints';
import type { PagePromise } from '../paginate';
import { paginateEndpoint } from '../paginate-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';
import { streamEndpoint } from '../stream-endpoint';

// This domain's definitions, and so its schemas, load on its first call (see `lazyEndpoints`).
const ep = lazyEndpoints(endpointIds.timeline, () =>
  import('../../schemas/timeline/endpoints').then((module) => module.timelineEndpoints),
);

/** The params argument of {@link timelineList}. */
export type TimelineListParams = EndpointParams<typeof definitions.list>;
/** What {@link timelineList} resolves with (its response schema's output). */
export type TimelineListResult = EndpointResult<typeof definitions.list>;

/**
 * `GET /api/experiment-console/governance/timeline`: `await` for one page, `for await` for
 * every entry (analytics entries that repeat across pages are yielded once).
 */
export function timelineList(
  context: ClientContext,
  params?: TimelineListParams,
  options?: RequestOptions,
): PagePromise<TimelineListResult, PageItem<TimelineListResult, 'entries'>> {
  return paginateEndpoint(context, ep.list, 'entries', { query: params }, options);
}

/** What {@link timelineStream} resolves with (its response schema's output). */
export type TimelineStreamResult = EndpointResult<typeof definitions.stream>;

/**
 * `GET /api/experiment-console/governance/timeline/stream?execution_id=`: live `snapshot`,
 * `lock_event` and `cooldown_tick` frames over a fetch-based SSE reader (auth headers work),
 * reconnecting with `Last-Event-ID`. Stop with `break` or by aborting `options.signal`.
 *
 * @example
 * for await (const frame of client.timeline.stream({ execution_id: id }, { signal })) {
 *   if (frame.type === 'cooldown_tick') render(frame.cooldowns);
 * }
 */
export function timelineStream(
  context: ClientContext,
  params: TimelineStreamParamsInput,
  options?: StreamOptions,
): AsyncGenerator<TimelineStreamResult, void, undefined> {
  return streamEndpoint(context, ep.stream, { query: params }, options);
}

/**
 * Every function above by its registry key: the client tree is derived from this table and the
 * registry's ids, and `satisfies` makes a registry endpoint without a function a compile error.
 */
export const timelineFunctions = {
  list: timelineList,
  stream: timelineStream,
} as const satisfies EndpointFunctionTable<typeof definitions>;
