import { timelineEndpoints as ep } from '@govkit/sdk/schemas';
import { defineRoute, type RouteDefinition } from '../router/define-route';
import { sseStream } from '../router/route-results';

/** How often a live stream sends a `cooldown_tick` frame while any cooldown exists (ms). */
export const TIMELINE_COOLDOWN_TICK_MS = 1000;

/**
 * The governance decision timeline and its live stream (BioLabs paths under
 * `/api/experiment-console/governance`).
 *
 * The stream checks access before answering (422 without `execution_id`, 404/403 for the
 * execution), so a refusal is a plain JSON error, never a stream that dies. Once open it sends a
 * `snapshot` frame, then a `lock_event` frame for every reversal lock acquired or released on the
 * execution, a `cooldown_tick` frame about once per second while any cooldown exists (at 0 too,
 * as BioLabs does) and the route layer's `: keep-alive` comment every 15 s. Everything is
 * unsubscribed when the client goes away.
 */
export function createTimelineRoutes(): RouteDefinition[] {
  return [
    defineRoute(ep.list, ({ query, store, actor }) => store.timeline.engine.list(actor.id, query)),
    defineRoute(ep.stream, ({ query, store, actor }) => {
      const live = store.timeline.engine.openStream(actor.id, query);
      return sseStream((send) => {
        send({ data: live.snapshot() });
        const unsubscribe = live.subscribe((frame) => send({ data: frame }));
        // Ticks read the store clock, so a manual clock moved by a test shows up on the next tick.
        const ticker = setInterval(() => {
          const tick = live.tick();
          if (tick) send({ data: tick });
        }, TIMELINE_COOLDOWN_TICK_MS);
        return () => {
          clearInterval(ticker);
          unsubscribe();
        };
      });
    }),
  ];
}
