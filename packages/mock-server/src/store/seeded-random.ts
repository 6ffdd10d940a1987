/**
 * A small deterministic PRNG for seeded worlds and fault injection. Same seed, same sequence, in
 * every environment (Node, browsers), which `Math.random` cannot give.
 */
export interface SeededRandom {
  /** The seed this generator started from (forks derive theirs from it). */
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability `p` (0 never, 1 always). */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /**
   * An independent generator for one consumer (a domain's seed function, the fault injector).
   * Why forks: adding a draw to one domain's seeding must not shift every other domain's data.
   */
  fork(label: string): SeededRandom;
}

/**
 * Create a seeded generator (mulberry32: 32-bit state, fast, good enough for fixtures; not for
 * anything security-related).
 *
 * @example
 * const rng = createSeededRandom(42);
 * rng.pick(['hvac', 'plumbing']); // same answer for seed 42, always
 */
export function createSeededRandom(seed: number): SeededRandom {
  const start = normalizeSeed(seed);
  let state = start;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`Invalid integer range [${min}, ${max}]`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };
  return {
    seed: start,
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty array');
      return items[int(0, items.length - 1)] as T;
    },
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
    fork: (label) => createSeededRandom(hashLabel(start, label)),
  };
}

/** Any finite number becomes a 32-bit unsigned seed; NaN/Infinity are programmer errors. */
function normalizeSeed(seed: number): number {
  if (!Number.isFinite(seed)) throw new RangeError(`Invalid seed: ${seed}`);
  return Math.trunc(seed) >>> 0;
}

// FNV-1a over the label, mixed with the parent seed: stable across runs and environments.
function hashLabel(seed: number, label: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i += 1) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
