/**
 * Exact percentiles without sorting boxed numbers: nearest-rank positions found by selection on a
 * Float64Array.
 *
 * **Method (nearest rank).** For `n` samples sorted ascending, the p-th percentile is the sample at
 * 1-based rank `ceil(p / 100 · n)` (at least 1). No interpolation: the answer is always one of the
 * samples. Example: for 20 samples, p95 is the 19th smallest, p50 the 10th.
 */

/** The 1-based nearest rank of percentile `p` (0 < p ≤ 100) among `n` samples. */
export function nearestRank(p: number, n: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`Percentile must be in (0, 100], got ${p}`);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Need at least one sample, got ${n}`);
  // p·n is an exact integer for integer p, so the division is exact whenever it should be.
  return Math.max(1, Math.ceil((p * n) / 100));
}

/**
 * The k-th smallest value (0-based) of `values`, found by quickselect (median-of-three pivot,
 * deterministic). Reorders `values` in place, leaving every value before position k no larger
 * and every value after it no smaller. If partitioning degrades (adversarial input), it finishes
 * with a native typed-array sort of the remaining range, so the worst case stays O(n log n).
 *
 * `from` narrows the search when the caller knows that `values[0..from)` are already the `from`
 * smallest values (true after a previous selection at `from - 1` or `from`): the next larger
 * order statistic then only scans the tail.
 */
export function selectKth(values: Float64Array, k: number, from = 0): number {
  if (!Number.isInteger(k) || k < 0 || k >= values.length) {
    throw new RangeError(`k=${k} is outside 0..${values.length - 1}`);
  }
  if (!Number.isInteger(from) || from < 0 || from > k) {
    throw new RangeError(`from=${from} must be in 0..${k}`);
  }
  let lo = from;
  let hi = values.length - 1;
  let budget = 2 * Math.ceil(Math.log2(values.length + 1)) + 16;
  while (hi > lo) {
    if (budget-- <= 0) {
      values.subarray(lo, hi + 1).sort();
      return values[k] as number;
    }
    const pivot = medianOfThree(values, lo, lo + ((hi - lo) >>> 1), hi);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    // Now values[lo..j] <= pivot <= values[i..hi]; anything strictly between equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k] as number;
  }
  return values[k] as number;
}

function medianOfThree(values: Float64Array, a: number, b: number, c: number): number {
  const x = values[a] as number;
  const y = values[b] as number;
  const z = values[c] as number;
  return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
}

/**
 * The nearest-rank p-th percentile of `values` (NaN-free), or null when there are none.
 * Reorders `values` in place.
 */
export function percentileOf(values: Float64Array, p: number): number | null {
  if (values.length === 0) return null;
  return selectKth(values, nearestRank(p, values.length) - 1);
}

/**
 * Several nearest-rank percentiles of the same samples, in the order asked (nulls when there are
 * none). Selects in ascending rank order, each selection scanning only the part of the array
 * above the previous one, so p50 + p95 + p99 cost little more than p50 alone. Reorders `values`.
 */
export function percentilesOf(values: Float64Array, ps: readonly number[]): (number | null)[] {
  if (values.length === 0) return ps.map(() => null);
  const ranks = ps.map((p) => nearestRank(p, values.length) - 1);
  const order = ranks.map((_, i) => i).sort((a, b) => (ranks[a] as number) - (ranks[b] as number));
  const results: (number | null)[] = ps.map(() => null);
  let from = 0;
  for (const i of order) {
    const k = ranks[i] as number;
    results[i] = selectKth(values, k, from);
    from = k;
  }
  return results;
}
