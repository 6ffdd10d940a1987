import type { GovkitClient } from '../create-client';
import type { GovkitError } from '../errors';
import type { SseReconnectOptions } from '../sse-reader';
import { applyTimelineFrame, type TimelineLiveState } from './timeline-live-state';

/**
 * Where a followed timeline stream is: `connecting` (first connection), `live` (frames arrive),
 * `reconnecting` (the connection dropped; the next attempt is `retryInMs` away), `offline` (the
 * server refused or the attempts ran out; follow again to start over).
 */
export type TimelineStreamStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

/** A change of a followed stream's status. */
export interface TimelineStreamProgress {
  status: TimelineStreamStatus;
  /** While `reconnecting`: the wait before the next attempt (ms). */
  retryInMs?: number | undefined;
  /** Why the stream is `reconnecting` or `offline`. */
  error?: GovkitError | undefined;
}

export interface FollowTimelineStreamOptions extends SseReconnectOptions {
  /** Stops following (no status is reported after it aborts). */
  signal: AbortSignal;
  /**
   * Called once per frame with the reducer to apply to the host's current state (start from
   * `EMPTY_TIMELINE_LIVE_STATE`): a store, a query cache or a variable.
   */
  update: (reduce: (state: TimelineLiveState) => TimelineLiveState) => void;
  /**
   * Each status change: `connecting` first, `live` at the first frame of each connection,
   * `reconnecting` before each new attempt (with its wait), `offline` at the end.
   */
  onStatus: (progress: TimelineStreamProgress) => void;
}

/**
 * Follow an execution's live timeline (`client.timeline.stream`: lock engaged/released, cooldown
 * ticks) into a host's state through {@link applyTimelineFrame}, reporting the connection's
 * status. The client reconnects with a doubling backoff and `Last-Event-ID`; a reconnect's
 * `snapshot` frame replaces the state, so nothing missed while away stays stale. Resolves when
 * the stream ends: aborted, or `offline` (reported, never thrown).
 *
 * @example
 * let state = EMPTY_TIMELINE_LIVE_STATE;
 * await followTimelineStream(client, executionId, {
 *   signal,
 *   update: (reduce) => render((state = reduce(state))),
 *   onStatus: ({ status }) => showStatus(status),
 * });
 */
export async function followTimelineStream(
  client: Pick<GovkitClient, 'timeline'>,
  executionId: string,
  { signal, update, onStatus, ...reconnect }: FollowTimelineStreamOptions,
): Promise<void> {
  onStatus({ status: 'connecting' });
  // `live` is said once per connection, not once per frame (cooldowns tick every second).
  let live = false;
  try {
    const frames = client.timeline.stream(
      { execution_id: executionId },
      {
        ...reconnect,
        signal,
        onReconnect: (info) => {
          if (signal.aborted) return;
          reconnect.onReconnect?.(info);
          live = false;
          onStatus({
            status: 'reconnecting',
            retryInMs: info.delayMs,
            error: info.error as GovkitError | undefined,
          });
        },
      },
    );
    for await (const frame of frames) {
      if (signal.aborted) return;
      update((state) => applyTimelineFrame(state, frame));
      if (!live) onStatus({ status: 'live' });
      live = true;
    }
  } catch (cause) {
    if (!signal.aborted) onStatus({ status: 'offline', error: cause as GovkitError });
  }
}
