import type { GovkitError, SseReconnectOptions, TimelineLiveState } from '@govkit/sdk';
import { applyTimelineFrame, EMPTY_TIMELINE_LIVE_STATE } from '@govkit/sdk/schemas';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useGovkitClient } from '../provider/govkit-context';
import { timelineKeys } from '../query/govkit-keys';

/**
 * Where the live stream is: `off` (not asked for), `connecting` (first connection), `live`
 * (frames arrive), `reconnecting` (the connection dropped; the next attempt is `retryInMs` away),
 * `offline` (the server refused or the attempts ran out; `reconnect()` starts over).
 */
export type TimelineLiveStatus = 'off' | 'connecting' | 'live' | 'reconnecting' | 'offline';

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
  const [status, setStatus] = useState<TimelineLiveStatus>('off');
  const [retryInMs, setRetryInMs] = useState<number | undefined>();
  const [error, setError] = useState<GovkitError | undefined>();
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

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` restarts the stream on `reconnect()`; `key` follows `executionId`.
  useEffect(() => {
    if (!active || !executionId) {
      setStatus('off');
      return;
    }
    const controller = new AbortController();
    const liveKey = timelineKeys.live(executionId);
    setStatus('connecting');
    setError(undefined);
    setRetryInMs(undefined);
    void (async () => {
      try {
        const frames = client.timeline.stream(
          { execution_id: executionId },
          {
            signal: controller.signal,
            initialDelayMs,
            maxDelayMs,
            maxAttempts,
            onReconnect: ({ delayMs, error: cause }) => {
              if (controller.signal.aborted) return;
              setStatus('reconnecting');
              setRetryInMs(delayMs);
              setError(cause as GovkitError | undefined);
            },
          },
        );
        for await (const frame of frames) {
          if (controller.signal.aborted) return;
          queryClient.setQueryData<TimelineLiveState>(liveKey, (previous) =>
            applyTimelineFrame(previous ?? EMPTY_TIMELINE_LIVE_STATE, frame),
          );
          setStatus('live');
          setRetryInMs(undefined);
          setError(undefined);
        }
      } catch (cause) {
        if (controller.signal.aborted) return;
        setStatus('offline');
        setError(cause as GovkitError);
      }
    })();
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
    status: active ? status : 'off',
    state: data ?? EMPTY_TIMELINE_LIVE_STATE,
    retryInMs,
    error,
    reconnect,
  };
}
