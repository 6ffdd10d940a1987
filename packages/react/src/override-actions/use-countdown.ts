import { parseTimestamp } from '../shared/parse-timestamp';
import { useFormat } from '../shared/use-format';
import { useNow } from '../shared/use-now';

/** A countdown to a moment: `pending` until the clock is known (server render, first paint). */
export interface OverrideCountdown {
  phase: 'pending' | 'active' | 'over';
  /** The moment as ISO-8601 and as local text. */
  iso: string;
  at: string;
  remainingSeconds?: number | undefined;
  /** `2 h 5 min` while it runs. */
  remainingText?: string | undefined;
}

/**
 * A live countdown to `end` (ISO-8601), ticking each second only while there is an end; `now`
 * drives the clock instead (tests, stories). `undefined` without a readable end.
 */
export function useCountdown(
  end: string | null | undefined,
  now?: Date | number | undefined,
): OverrideCountdown | undefined {
  const format = useFormat();
  const date = end ? parseTimestamp(end) : null;
  // A controlled 0 stops the timer when there is nothing to count down.
  const clock = useNow(date ? now : 0);
  if (!date) return undefined;
  const remaining =
    clock === undefined ? undefined : Math.max(0, Math.ceil((date.getTime() - clock) / 1000));
  return {
    phase: remaining === undefined ? 'pending' : remaining > 0 ? 'active' : 'over',
    iso: date.toISOString(),
    at: format.dateTime(date),
    remainingSeconds: remaining,
    remainingText:
      remaining !== undefined && remaining > 0 ? format.duration(remaining) : undefined,
  };
}
