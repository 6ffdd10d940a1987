import { describe, expect, it, vi } from 'vitest';
import type { TimelineStreamFrame } from '../../schemas/timeline/timeline-stream-frame';
import type { GovkitClient } from '../create-client';
import type { StreamOptions } from '../endpoint-result';
import { ConnectionError, PermissionDeniedError } from '../errors';
import { followTimelineStream, type TimelineStreamProgress } from './follow-timeline-stream';
import { EMPTY_TIMELINE_LIVE_STATE, type TimelineLiveState } from './timeline-live-state';

const snapshot = (at: string, ids: string[]): TimelineStreamFrame => ({
  type: 'snapshot',
  execution_id: 'exe-1',
  generated_at: at,
  locks: ids.map((id) => ({ override_id: id, recommendation_id: `rec-${id}`, lock: null })),
});

// A client whose stream runs `script` with the options the helper passed.
function fakeClient(
  script: (options: StreamOptions) => AsyncGenerator<TimelineStreamFrame, void, undefined>,
) {
  const stream = vi.fn((_params: { execution_id: string }, options: StreamOptions = {}) =>
    script(options),
  );
  return { client: { timeline: { stream } } as unknown as Pick<GovkitClient, 'timeline'>, stream };
}

function follow(client: Pick<GovkitClient, 'timeline'>, signal = new AbortController().signal) {
  let state: TimelineLiveState = EMPTY_TIMELINE_LIVE_STATE;
  const statuses: TimelineStreamProgress[] = [];
  const done = followTimelineStream(client, 'exe-1', {
    signal,
    maxAttempts: 3,
    update: (reduce) => {
      state = reduce(state);
    },
    onStatus: (progress) => statuses.push(progress),
  });
  return { done, statuses, state: () => state };
}

describe('followTimelineStream', () => {
  it('applies every frame to the host state and reports each status change once', async () => {
    const lost = new ConnectionError('socket closed');
    const { client, stream } = fakeClient(async function* (options) {
      yield snapshot('2026-01-15T12:00:00Z', ['o1', 'o2']);
      yield {
        type: 'cooldown_tick',
        execution_id: 'exe-1',
        generated_at: '2026-01-15T12:00:01Z',
        cooldowns: [],
      };
      options.onReconnect?.({ attempt: 1, delayMs: 2000, error: lost });
      yield snapshot('2026-01-15T12:00:05Z', ['o2']);
    });
    const run = follow(client);
    await run.done;
    expect(stream).toHaveBeenCalledWith(
      { execution_id: 'exe-1' },
      expect.objectContaining({ maxAttempts: 3 }),
    );
    expect(run.statuses).toEqual([
      { status: 'connecting' },
      { status: 'live' },
      { status: 'reconnecting', retryInMs: 2000, error: lost },
      { status: 'live' },
    ]);
    // The reconnect's snapshot replaced the state.
    expect(Object.keys(run.state().overrides)).toEqual(['o2']);
    expect(run.state().generatedAt).toBe('2026-01-15T12:00:05Z');
  });

  it('reports offline with the typed error when the stream gives up, without throwing', async () => {
    const refused = new PermissionDeniedError({
      status: 403,
      body: { detail: 'Forbidden' },
      headers: new Headers(),
      detail: 'Forbidden',
    });
    const { client } = fakeClient(async function* () {
      yield snapshot('2026-01-15T12:00:00Z', ['o1']);
      throw refused;
    });
    const run = follow(client);
    await expect(run.done).resolves.toBeUndefined();
    expect(run.statuses.at(-1)).toEqual({ status: 'offline', error: refused });
    expect(Object.keys(run.state().overrides)).toEqual(['o1']);
  });

  it('reports and applies nothing after the signal aborts', async () => {
    const controller = new AbortController();
    const { client } = fakeClient(async function* (options) {
      yield snapshot('2026-01-15T12:00:00Z', ['o1']);
      controller.abort();
      options.onReconnect?.({ attempt: 1, delayMs: 1000 });
      yield snapshot('2026-01-15T12:00:01Z', ['o2']);
      throw new ConnectionError('aborted');
    });
    const run = follow(client, controller.signal);
    await run.done;
    expect(run.statuses).toEqual([{ status: 'connecting' }, { status: 'live' }]);
    expect(Object.keys(run.state().overrides)).toEqual(['o1']);
  });

  it('still calls the caller’s own onReconnect', async () => {
    const onReconnect = vi.fn();
    const { client } = fakeClient(async function* (options) {
      options.onReconnect?.({ attempt: 2, delayMs: 4000 });
      yield snapshot('2026-01-15T12:00:04Z', []);
    });
    await followTimelineStream(client, 'exe-1', {
      signal: new AbortController().signal,
      onReconnect,
      update: () => {},
      onStatus: () => {},
    });
    expect(onReconnect).toHaveBeenCalledWith({ attempt: 2, delayMs: 4000 });
  });
});
