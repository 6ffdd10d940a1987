import type {
  TimelineCooldownTickFrame,
  TimelineLockEventFrame,
  TimelineSnapshotFrame,
} from '../../schemas/timeline/timeline-stream-frame';
import type { OverrideEngine } from '../overrides/override-engine';
import { type Clock, isoAt } from '../shared/clock';

type LiveOverrides = Pick<OverrideEngine, 'listLiveStates' | 'onLockEvent'>;

/** The stream's first frame: every override of the execution with its live lock and cooldown. */
export function buildTimelineSnapshotFrame(
  overrides: LiveOverrides,
  executionId: string,
  clock: Clock,
): TimelineSnapshotFrame {
  return {
    type: 'snapshot',
    execution_id: executionId,
    locks: overrides.listLiveStates(executionId),
    generated_at: isoAt(clock),
  };
}

/**
 * A `cooldown_tick` frame with every cooldown expiry of the execution and its remaining seconds
 * (0 once passed), or null when no override has a cooldown (a stream sends ticks only while one
 * exists, about once per second).
 */
export function cooldownTickFrame(
  overrides: LiveOverrides,
  executionId: string,
  clock: Clock,
): TimelineCooldownTickFrame | null {
  const cooldowns = overrides.listLiveStates(executionId).flatMap((state) =>
    state.cooldown
      ? [
          {
            override_id: state.override_id,
            remaining_seconds: state.cooldown.remaining_seconds,
            expires_at: state.cooldown.expires_at,
          },
        ]
      : [],
  );
  if (cooldowns.length === 0) return null;
  return {
    type: 'cooldown_tick',
    execution_id: executionId,
    cooldowns,
    generated_at: isoAt(clock),
  };
}

/**
 * Turn the override engine's lock notices for one execution into `lock_event` frames (event
 * `acquired` / `released`). Returns the unsubscribe function. Every reversal's lock is announced,
 * even though the reverse route takes and releases it within one request.
 */
export function subscribeTimelineLockFrames(
  overrides: LiveOverrides,
  executionId: string,
  clock: Clock,
  listener: (frame: TimelineLockEventFrame) => void,
): () => void {
  return overrides.onLockEvent((notice) => {
    if (notice.execution_id !== executionId) return;
    listener({
      type: 'lock_event',
      execution_id: executionId,
      override_id: notice.event.override_id,
      lock_state: notice.live_state,
      event: notice.event.event_type,
      generated_at: isoAt(clock),
    });
  });
}
