import type { RunLockState } from '@govkit/sdk';
import { useEffect, useRef } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import { parseTimestamp } from '../shared/parse-timestamp';
import { useFormat } from '../shared/use-format';
import { useNow } from '../shared/use-now';
import { type RunLockMessages, runLockMessages } from './run-lock-messages';

export interface UseRunLockInspectorOptions {
  /** The workspace's lock state once loaded; without it (and without an error) it is loading. */
  lock?: RunLockState | undefined;
  error?: unknown;
  /**
   * The clock (controlled): the countdown counts down to `expires_at` from this time. Without
   * it the inspector ticks on the browser clock every second once mounted.
   */
  now?: Date | number | undefined;
  /** Called once when the countdown reaches zero (connected forms refetch the lock then). */
  onExpire?: (() => void) | undefined;
  messages?: Partial<RunLockMessages> | undefined;
}

/** `free`: nobody holds the workspace; `expired`: the holder's TTL ran out (anyone may reclaim). */
export type RunLockInspectorState = 'loading' | 'error' | 'free' | 'live' | 'expired';

export interface RunLockTime {
  iso: string;
  text: string;
}

export interface RunLockInspectorModel {
  state: RunLockInspectorState;
  messages: RunLockMessages;
  holder?: string | undefined;
  fencingToken?: string | undefined;
  acquired?: RunLockTime | undefined;
  expires?: RunLockTime | undefined;
  /** Whole seconds left on the TTL (0 once expired); undefined before the clock is known. */
  secondsLeft?: number | undefined;
  /** `4 min 30 s`, or "Expired". */
  timeLeft?: string | undefined;
  /** The lock id, only when the server showed it (holder or admin): the release action needs it. */
  lockId?: string | undefined;
}

/**
 * The headless lock inspector: holder, fencing token, acquired and expiry times and
 * a live TTL countdown on a clock you may control.
 */
export function useRunLockInspector({
  lock,
  error,
  now: controlledNow,
  onExpire,
  messages: overrides,
}: UseRunLockInspectorOptions): RunLockInspectorModel {
  const messages = useMessages('runLock', runLockMessages, overrides);
  const format = useFormat();
  const now = useNow(controlledNow);
  const expiresAt = lock?.expires_at ? parseTimestamp(lock.expires_at) : null;
  const secondsLeft =
    expiresAt && now !== undefined
      ? Math.max(0, Math.ceil((expiresAt.getTime() - now) / 1000))
      : undefined;
  const state: RunLockInspectorState =
    error !== undefined && error !== null
      ? 'error'
      : !lock
        ? 'loading'
        : lock.holder === null
          ? 'free'
          : // The local clock decides once known (the countdown and the state agree); before
            // that, the server's `live`.
            (secondsLeft === undefined ? lock.live : secondsLeft > 0)
            ? 'live'
            : 'expired';

  // Report the expiry once per lock grant, when a live countdown reaches zero.
  const reported = useRef<string | null>(null);
  const grant = lock ? `${lock.workspace_id}:${lock.fencing_token ?? ''}` : null;
  const onExpireRef = useRef(onExpire);
  onExpireRef.current = onExpire;
  useEffect(() => {
    if (state === 'expired' && lock?.live && grant !== null && reported.current !== grant) {
      reported.current = grant;
      onExpireRef.current?.();
    }
  }, [state, lock?.live, grant]);

  if (!lock || state === 'error' || state === 'free') return { state, messages };
  const time = (value: string | null): RunLockTime | undefined => {
    const date = value ? parseTimestamp(value) : null;
    return date ? { iso: date.toISOString(), text: format.dateTime(date) } : undefined;
  };
  return {
    state,
    messages,
    holder: lock.holder ?? undefined,
    fencingToken:
      lock.fencing_token === null
        ? undefined
        : formatMessage(messages.fencingTokenValue, { token: format.number(lock.fencing_token) }),
    acquired: time(lock.acquired_at),
    expires: time(lock.expires_at),
    secondsLeft,
    timeLeft:
      secondsLeft === undefined
        ? undefined
        : secondsLeft === 0
          ? messages.expired
          : format.duration(secondsLeft),
    lockId: lock.lock_id ?? undefined,
  };
}
