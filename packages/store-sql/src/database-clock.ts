import type { SqlClient } from './client/sql-client';
import { timestampParam } from './client/sql-values';

/**
 * Control of `govkit_now()` for tests and demos: pin the database clock to an instant, or shift
 * the real clock by an offset (a "clock jump"). Every process sharing the database sees the same
 * time, which is the point: expiry is judged by one clock. Never call this in production.
 */
export interface DatabaseClock {
  /** Pin the clock to `epochMs` (it stays there until moved). */
  pin(epochMs: number): Promise<void>;
  /** Move a pinned clock forward, or shift the real clock forward, by `ms`. */
  advance(ms: number): Promise<void>;
  /** Back to the real clock, no offset. */
  reset(): Promise<void>;
  /** `govkit_now()` as epoch ms. */
  now(): Promise<number>;
}

/** The {@link DatabaseClock} of a migrated database. */
export function databaseClock(client: SqlClient): DatabaseClock {
  const upsert = `INSERT INTO govkit_clock (singleton, pinned_at, offset_ms) VALUES (true, $1, $2)
    ON CONFLICT (singleton) DO UPDATE SET pinned_at = EXCLUDED.pinned_at, offset_ms = EXCLUDED.offset_ms`;
  return {
    async pin(epochMs) {
      await client.query(upsert, [timestampParam(epochMs), 0]);
    },
    async advance(ms) {
      if (!Number.isFinite(ms) || ms < 0)
        throw new RangeError(`Cannot advance a clock by ${ms} ms`);
      await client.query(
        `INSERT INTO govkit_clock (singleton, offset_ms) VALUES (true, $1)
         ON CONFLICT (singleton) DO UPDATE SET
           pinned_at = govkit_clock.pinned_at + $1 * interval '1 millisecond',
           offset_ms = CASE WHEN govkit_clock.pinned_at IS NULL THEN govkit_clock.offset_ms + $1 ELSE 0 END`,
        [ms],
      );
    },
    async reset() {
      await client.query('DELETE FROM govkit_clock');
    },
    async now() {
      const [row] = await client.query<{ now: Date }>('SELECT govkit_now() AS now');
      if (!row) throw new Error('govkit_now() returned no row');
      return row.now.getTime();
    },
  };
}
