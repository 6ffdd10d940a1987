import type { ReplayWindow } from '../../schemas/replay/replay-params';
import { type DecisionIndex, decisionWindowStart } from './decision-index';

const DEFAULT_CAPACITY = 32;

/**
 * Remembers the last answers of the stats queries. A stats answer depends only on the query's
 * parameters and on which decisions are in its window, and the index only grows by appends, so
 * the key is the parameters, the window's first position (a binary search) and the index size:
 * the same key always means the same answer, with no expiry to tune. A live clock moves `now`
 * every millisecond but the window start only when a decision leaves the window, so dashboards
 * polling the same query hit until the data changes.
 *
 * _Alternative:_ a time-to-live cache keyed by parameters (stale answers for its lifetime) or
 * invalidation hooks on the store (every store would have to call them).
 */
export class ReplayStatsCache {
  readonly #capacity: number;
  readonly #answers = new Map<string, unknown>();

  constructor(capacity = DEFAULT_CAPACITY) {
    this.#capacity = capacity;
  }

  /**
   * The cached answer for `query` over `window` at `nowMs`, or `compute()`'s (then cached).
   * Each call returns its own copy, so a caller that edits an answer cannot change the next one.
   */
  answer<T>(
    query: string,
    index: DecisionIndex,
    window: ReplayWindow,
    nowMs: number,
    compute: () => T,
  ): T {
    const key = `${query}|${decisionWindowStart(index, window, nowMs)}|${index.size}`;
    if (this.#answers.has(key)) {
      const hit = this.#answers.get(key) as T;
      // Most recently used last: Map iteration order is insertion order.
      this.#answers.delete(key);
      this.#answers.set(key, hit);
      return structuredClone(hit);
    }
    const value = compute();
    this.#answers.set(key, structuredClone(value));
    if (this.#answers.size > this.#capacity) {
      const oldest = this.#answers.keys().next().value as string;
      this.#answers.delete(oldest);
    }
    return value;
  }

  /** Number of cached answers. */
  get size(): number {
    return this.#answers.size;
  }
}
