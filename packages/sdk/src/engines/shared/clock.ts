/**
 * The only source of "now" an engine may use. Inject a {@link ManualClock} in tests and seeded
 * worlds so expiry, cooldowns and SLAs are exact and repeatable.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to. */
export interface ManualClock extends Clock {
  set(epochMs: number | string | Date): void;
  advance(ms: number): void;
}

export function createManualClock(start: number | string | Date = 0): ManualClock {
  let current = toEpochMs(start);
  return {
    now: () => current,
    set: (value) => {
      current = toEpochMs(value);
    },
    advance: (ms) => {
      if (!Number.isFinite(ms) || ms < 0)
        throw new RangeError(`Cannot advance a clock by ${ms} ms`);
      current += ms;
    },
  };
}

function toEpochMs(value: number | string | Date): number {
  const ms = typeof value === 'number' ? value : new Date(value).getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`Invalid clock time: ${String(value)}`);
  return ms;
}

/** ISO-8601 string (UTC, millisecond precision) for a clock reading. */
export function isoAt(clock: Clock): string {
  return new Date(clock.now()).toISOString();
}
