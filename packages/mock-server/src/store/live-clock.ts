import type { ManualClock } from '@govkit/sdk/engines';

/**
 * A clock that starts at `start` and then follows real elapsed time, while still accepting
 * `set`/`advance` like a {@link ManualClock}. The standalone server uses it so that locks expire
 * and cooldowns end in real time; tests and stories keep the frozen manual clock.
 *
 * Elapsed time comes from `performance.now()` (monotonic, present in Node and browsers), so a
 * system clock change never moves the world backwards.
 */
export function createLiveClock(start: number | string | Date = Date.now()): ManualClock {
  let base = toEpochMs(start);
  let origin = performance.now();
  // Whole milliseconds, like Date.now(): engines store ISO strings at millisecond precision.
  const now = () => Math.floor(base + (performance.now() - origin));
  return {
    now,
    set: (value) => {
      base = toEpochMs(value);
      origin = performance.now();
    },
    advance: (ms) => {
      if (!Number.isFinite(ms) || ms < 0)
        throw new RangeError(`Cannot advance a clock by ${ms} ms`);
      base += ms;
    },
  };
}

function toEpochMs(value: number | string | Date): number {
  const ms = typeof value === 'number' ? value : new Date(value).getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`Invalid clock time: ${String(value)}`);
  return ms;
}
