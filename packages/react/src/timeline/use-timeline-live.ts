import {
  EMPTY_TIMELINE_LIVE_STATE,
  followTimelineStream,
  type GovkitError,
  type SseReconnectOptions,
  type TimelineLiveState,
  type TimelineStreamProgress,
  type TimelineStreamStatus,
} from '@govkit/sdk';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useGovkitClient } from '../provider/govkit-context';
import { timelineKeys } from '../query/govkit-keys';

/**
 * Where the live stream is: `off` (not asked for), `connecting` (first connection), `live`
 * (frames arrive), `reconnecting` (the connection dropped; the next attempt is `retryInMs` away),
 * `offline` (the server refused or the attempts ran out; `reconnect()` starts over).
 */
export type TimelineLiveStatus = 'off' | TimelineStreamStatus;

export interface UseTimelineLiveOptions extends SseReconnectOptions {
  /** Default true; false closes the stream. */
  enabled?: boolean | undefined;
}

export interface TimelineLiveResult {
  status: TimelineLiveStatus;
  /** The live lock/cooldown of every override, from the query cache. */
  state: TimelineLiveState;
  /** Wait before the next connection attempt while `reconnecting`. */
  retryInMs: number | undefined;
  /** Why the stream is `offline` or `reconnecting`. */
  error: GovkitError | undefined;
  /** Open the stream again after it went `offline`. */
  reconnect: () => void;
}

/**
 * Follow an execution's live timeline stream (`client.timeline.stream`): lock engaged/released
 * and cooldown ticks are written into the query cache under `govkitKeys.timeline.live(id)`
 * (never refetched: the stream is the only writer), and every component reading that key
 * re-renders. The sdk reconnects with a doubling backoff and `Last-Event-ID`; a reconnect's
 * `snapshot` frame replaces the state, so nothing missed while away stays stale.
 */
export function useTimelineLive(
  executionId: string | undefined,
  { enabled = true, initialDelayMs, maxDelayMs, maxAttempts }: UseTimelineLiveOptions = {},
): TimelineLiveResult {
  const client = useGovkitClient();
  const queryClient = useQueryClient();
  const key = timelineKeys.live(executionId ?? '');
  const [progress, setProgress] = useState<TimelineStreamProgress>();
  const [generation, setGeneration] = useState(0);
  const active = enabled && Boolean(executionId);

  // The cache entry is the stream's: `queryFn` only reads what the stream wrote (or the empty
  // state), and `staleTime: Infinity` means nothing ever refetches it.
  const { data } = useQuery({
    queryKey: key,
    queryFn: () => queryClient.getQueryData<TimelineLiveState>(key) ?? EMPTY_TIMELINE_LIVE_STATE,
    staleTime: Number.POSITIVE_INFINITY,
    enabled: active,
  });

  // The sdk follows the stream (frames through `applyTimelineFrame`, status, reconnection); the
  // hook only points it at the query cache and keeps its status.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` restarts the stream on `reconnect()`.
  useEffect(() => {
    if (!active || !executionId) return;
    const controller = new AbortController();
    const liveKey = timelineKeys.live(executionId);
    void followTimelineStream(client, executionId, {
      signal: controller.signal,
      initialDelayMs,
      maxDelayMs,
      maxAttempts,
      update: (reduce) =>
        queryClient.setQueryData<TimelineLiveState>(liveKey, (previous) =>
          reduce(previous ?? EMPTY_TIMELINE_LIVE_STATE),
        ),
      onStatus: setProgress,
    });
    return () => controller.abort();
  }, [
    client,
    queryClient,
    executionId,
    active,
    initialDelayMs,
    maxDelayMs,
    maxAttempts,
    generation,
  ]);

  const reconnect = useCallback(() => setGeneration((value) => value + 1), []);
  return {
    status: (active && progress?.status) || 'off',
    state: data ?? EMPTY_TIMELINE_LIVE_STATE,
    retryInMs: progress?.retryInMs,
    error: progress?.error,
    reconnect,
  };
}
