import { timelineEndpoints as ep } from '../../schemas/timeline/endpoints';
import type { StreamOptions } from '../client-core';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';
import { ApiResource } from './api-resource';

/** `client.timeline`: the governance decision timeline and its live stream. */
export class TimelineResource extends ApiResource {
  /**
   * `GET /api/experiment-console/governance/timeline`: `await` for one page, `for await` for
   * every entry (analytics entries that repeat across pages are yielded once).
   */
  list(params?: EndpointParams<typeof ep.list>, options?: RequestOptions) {
    return this.core.paginate(ep.list, 'entries', { query: params }, options);
  }

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
  stream(params: EndpointParams<typeof ep.stream>, options?: StreamOptions) {
    return this.core.stream(ep.stream, { query: params }, options);
  }
}
