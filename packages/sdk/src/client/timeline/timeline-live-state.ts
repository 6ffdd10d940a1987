import type {
  OverrideCooldownState,
  OverrideLockState,
} from '../../schemas/overrides/override-live-state';
import type { TimelineStreamFrame } from '../../schemas/timeline/timeline-stream-frame';

// The client-side state a timeline stream builds up, for any host (React, another framework, a
// script): the contract's lock and cooldown types, keyed by override. Not wire data, so no schema:
// it is made of the contract's zod types, and only `applyTimelineFrame` writes it.

/** The live lock and cooldown of one override (null when idle). */
export interface TimelineOverrideLive {
  lock: OverrideLockState | null;
  cooldown: OverrideCooldownState | null;
  /** The last lock event's word (`acquired`, `released`), for "lock released" notices. */
  lastLockEvent?: string | undefined;
}

/** What the live stream has said so far about an execution's overrides, by override id. */
export interface TimelineLiveState {
  overrides: Readonly<Record<string, TimelineOverrideLive>>;
  /** `generated_at` of the last frame applied; null before the first. */
  generatedAt: string | null;
}

/** The state before the first frame (`applyTimelineFrame` never mutates a state). */
export const EMPTY_TIMELINE_LIVE_STATE: TimelineLiveState = { overrides: {}, generatedAt: null };

/**
 * Apply one stream frame to the live state (a pure reducer): a `snapshot` replaces everything (the
 * first frame, and again after every reconnect), a `lock_event` sets one override's lock (and
 * remembers `acquired`/`released`), a `cooldown_tick` moves cooldowns and keeps locks. Returns a
 * new state (caches notify on a new reference) or the same one for a frame that changes nothing
 * (an unknown frame type from a newer server is skipped, never fatal).
 *
 * @example
 * let state = EMPTY_TIMELINE_LIVE_STATE;
 * for await (const frame of client.timeline.stream({ execution_id })) {
 *   state = applyTimelineFrame(state, frame);
 * }
 */
export function applyTimelineFrame(
  state: TimelineLiveState,
  frame: TimelineStreamFrame,
): TimelineLiveState {
  switch (frame.type) {
    case 'snapshot': {
      if (!('locks' in frame)) return state;
      // The snapshot is the whole truth (first frame, and again after every reconnect).
      const overrides: Record<string, TimelineOverrideLive> = {};
      for (const live of frame.locks) {
        overrides[live.override_id] = { lock: live.lock ?? null, cooldown: live.cooldown ?? null };
      }
      return { overrides, generatedAt: frame.generated_at };
    }
    case 'lock_event': {
      if (!('lock_state' in frame)) return state;
      const { lock_state: live } = frame;
      return {
        overrides: {
          ...state.overrides,
          [frame.override_id]: {
            lock: live.lock ?? null,
            cooldown: live.cooldown ?? null,
            lastLockEvent: frame.event,
          },
        },
        generatedAt: frame.generated_at,
      };
    }
    case 'cooldown_tick': {
      if (!('cooldowns' in frame)) return state;
      const overrides = { ...state.overrides };
      for (const tick of frame.cooldowns) {
        const previous = overrides[tick.override_id];
        overrides[tick.override_id] = {
          lock: previous?.lock ?? null,
          lastLockEvent: previous?.lastLockEvent,
          cooldown: {
            ...previous?.cooldown,
            expires_at: tick.expires_at,
            remaining_seconds: tick.remaining_seconds,
          },
        };
      }
      return { overrides, generatedAt: frame.generated_at };
    }
    default:
      return state;
  }
}
