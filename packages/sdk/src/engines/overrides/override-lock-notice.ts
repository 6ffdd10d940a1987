import type {
  OverrideLiveState,
  OverrideLockEvent,
} from '../../schemas/overrides/override-live-state';

/**
 * What reversal-lock subscribers receive: the stored lock event and the override's live state
 * after it. Its own module so that the engine context (which keeps the listeners) and the lock
 * operations (which notify them) both depend on it, not on each other.
 */
export interface OverrideLockNotice {
  event: OverrideLockEvent;
  execution_id: string;
  live_state: OverrideLiveState;
}
