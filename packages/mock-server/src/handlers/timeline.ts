import { timelineEndpoints as ep } from '@govkit/sdk/schemas';
import { type DomainRouteTable, defineRoute } from '../router/define-route';
import { sseStream } from '../router/route-results';

/** How often a live stream sends a `cooldown_tick` frame while any cooldown exists (ms). */
export const TIMELINE_COOLDOWN_TICK_MS = 1000;

/**
 * When a live stream computes its next `cooldown_tick`: called once per open stream with the
 * function to run on every tick; returns the function that stops the ticks.
 */
export type CooldownTickSource = (onTick: () => void) => () => void;

/** Real time: one tick every {@link TIMELINE_COOLDOWN_TICK_MS}. */
export const intervalCooldownTicks: CooldownTickSource = (onTick) => {
  const timer = setInterval(onTick, TIMELINE_COOLDOWN_TICK_MS);
  return () => clearInterval(timer);
};

/** Options of {@link createTimelineRoutes}. */
export interface TimelineRoutesOptions {
  /**
   * The stream's tick source (default {@link intervalCooldownTicks}). Tests pass a manual source
   * and tick on demand instead of waiting a real second per frame.
   */
  cooldownTicks?: CooldownTickSource;
}

/**
 * The governance decision timeline and its live stream (paths under
 * `/api/experiment-console/governance`).
 *
 * The stream checks access before answering (422 without `execution_id`, 404/403 for the
 * execution), so a refusal is a plain JSON error, never a stream that dies. Once open it sends a
 * `snapshot` frame, then a `lock_event` frame for every reversal lock acquired or released on the
 * execution, a `cooldown_tick` frame about once per second while any cooldown exists (at 0 too,
 * so a client sees the cooldown end) and the route layer's `: keep-alive` comment every 15 s.
 * Everything is unsubscribed when the client goes away.
 */
export function createTimelineRoutes(
  options: TimelineRoutesOptions = {},
): DomainRouteTable<'timeline'> {
  const cooldownTicks = options.cooldownTicks ?? intervalCooldownTicks;
  return {
    list: defineRoute(ep.list, ({ query, store, actor }) =>
      store.timeline.engine.list(actor.id, query),
    ),
    stream: defineRoute(ep.stream, ({ query, store, actor }) => {
      const live = store.timeline.engine.openStream(actor.id, query);
      return sseStream((send) => {
        send({ data: live.snapshot() });
        const unsubscribe = live.subscribe((frame) => send({ data: frame }));
        // Ticks read the store clock, so a manual clock moved by a test shows up on the next tick.
        const stopTicks = cooldownTicks(() => {
          const tick = live.tick();
          if (tick) send({ data: tick });
        });
        return () => {
          stopTicks();
          unsubscribe();
        };
      });
    }),
  };
}
