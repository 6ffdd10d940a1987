import { describe, expect, it } from 'vitest';
import { parseContract } from '../../schemas/shared/parse-mode';
import {
  type TimelineStreamFrame,
  TimelineStreamFrameSchema,
} from '../../schemas/timeline/timeline-stream-frame';
import { applyTimelineFrame, EMPTY_TIMELINE_LIVE_STATE } from './timeline-live-state';

const frame = (value: Record<string, unknown>): TimelineStreamFrame =>
  parseContract(TimelineStreamFrameSchema, { execution_id: 'exe-1', ...value });
const live = (overrideId: string, lock: unknown, cooldown: unknown = null) => ({
  override_id: overrideId,
  recommendation_id: `rec-${overrideId}`,
  lock,
  cooldown,
});
const holder = { id: 'user-lead', name: 'Lee Lead' };

describe('applyTimelineFrame', () => {
  it('replaces the whole state with a snapshot (first frame and after every reconnect)', () => {
    const first = applyTimelineFrame(
      EMPTY_TIMELINE_LIVE_STATE,
      frame({
        type: 'snapshot',
        generated_at: '2026-01-15T12:00:00Z',
        locks: [live('o1', { tier_key: 'override_actor', actor: holder }), live('o2', null)],
      }),
    );
    expect(first.generatedAt).toBe('2026-01-15T12:00:00Z');
    expect(first.overrides.o1?.lock?.actor?.name).toBe('Lee Lead');
    expect(first.overrides.o2).toEqual({ lock: null, cooldown: null });
    // A reconnect's snapshot drops what it no longer lists: nothing missed while away stays stale.
    const again = applyTimelineFrame(
      first,
      frame({ type: 'snapshot', generated_at: '2026-01-15T12:05:00Z', locks: [live('o2', null)] }),
    );
    expect(Object.keys(again.overrides)).toEqual(['o2']);
    expect(EMPTY_TIMELINE_LIVE_STATE).toEqual({ overrides: {}, generatedAt: null });
  });

  it('sets one override on a lock event and remembers acquired/released', () => {
    const start = applyTimelineFrame(
      EMPTY_TIMELINE_LIVE_STATE,
      frame({ type: 'snapshot', generated_at: '2026-01-15T12:00:00Z', locks: [live('o2', null)] }),
    );
    const engaged = applyTimelineFrame(
      start,
      frame({
        type: 'lock_event',
        override_id: 'o1',
        event: 'acquired',
        generated_at: '2026-01-15T12:00:01Z',
        lock_state: live('o1', { tier: 'admin', actor: holder }),
      }),
    );
    expect(engaged.overrides.o1).toMatchObject({
      lock: { tier: 'admin' },
      lastLockEvent: 'acquired',
    });
    expect(engaged.overrides.o2).toBe(start.overrides.o2);
    expect(start.overrides.o1).toBeUndefined(); // never mutated
    const released = applyTimelineFrame(
      engaged,
      frame({
        type: 'lock_event',
        override_id: 'o1',
        event: 'released',
        generated_at: '2026-01-15T12:00:02Z',
        lock_state: live('o1', null),
      }),
    );
    expect(released.overrides.o1).toEqual({
      lock: null,
      cooldown: null,
      lastLockEvent: 'released',
    });
    expect(released.generatedAt).toBe('2026-01-15T12:00:02Z');
  });

  it('moves cooldowns on a tick and keeps each override’s lock and last lock event', () => {
    const locked = applyTimelineFrame(
      EMPTY_TIMELINE_LIVE_STATE,
      frame({
        type: 'lock_event',
        override_id: 'o1',
        event: 'acquired',
        generated_at: '2026-01-15T12:00:00Z',
        lock_state: live(
          'o1',
          { tier_key: 'platform_admin' },
          {
            expires_at: '2026-01-15T12:30:00Z',
            window_minutes: 30,
            remaining_seconds: 1800,
          },
        ),
      }),
    );
    const ticked = applyTimelineFrame(
      locked,
      frame({
        type: 'cooldown_tick',
        generated_at: '2026-01-15T12:00:01Z',
        cooldowns: [
          { override_id: 'o1', remaining_seconds: 1799, expires_at: '2026-01-15T12:30:00Z' },
          { override_id: 'o9', remaining_seconds: 0, expires_at: '2026-01-15T11:00:00Z' },
        ],
      }),
    );
    expect(ticked.overrides.o1).toEqual({
      lock: { tier_key: 'platform_admin' },
      lastLockEvent: 'acquired',
      cooldown: { expires_at: '2026-01-15T12:30:00Z', window_minutes: 30, remaining_seconds: 1799 },
    });
    // A tick for an override the stream has not mentioned yet starts its cooldown.
    expect(ticked.overrides.o9).toMatchObject({ lock: null, cooldown: { remaining_seconds: 0 } });
    expect(locked.overrides.o1?.cooldown?.remaining_seconds).toBe(1800);
  });

  it('skips a frame type from a newer server and returns the same state', () => {
    const state = applyTimelineFrame(
      EMPTY_TIMELINE_LIVE_STATE,
      frame({ type: 'snapshot', generated_at: '2026-01-15T12:00:00Z', locks: [] }),
    );
    const heartbeat = frame({ type: 'heartbeat', generated_at: '2026-01-15T12:00:01Z' });
    expect(heartbeat.type).toBe('heartbeat');
    expect(applyTimelineFrame(state, heartbeat)).toBe(state);
  });
});
