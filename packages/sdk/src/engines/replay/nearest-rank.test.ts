import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestRank, percentileOf, percentilesOf, selectKth } from './nearest-rank';

const runs = Number(process.env.GOVKIT_FC_RUNS) || 300;

/** The textbook definition: sort ascending, take rank ceil(p/100·n), 1-based. */
function naivePercentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * values.length - 1e-9));
  return sorted[rank - 1] ?? null;
}

describe('nearestRank', () => {
  it.each([
    [50, 1, 1],
    [95, 1, 1],
    [50, 2, 1],
    [50, 10, 5],
    [50, 11, 6],
    [95, 20, 19],
    [95, 21, 20],
    [99, 100, 99],
    [99, 101, 100],
    [100, 7, 7],
  ])('p%d of %d samples is rank %d', (p, n, rank) => {
    expect(nearestRank(p, n)).toBe(rank);
  });

  it('rejects impossible inputs', () => {
    expect(() => nearestRank(0, 5)).toThrow(RangeError);
    expect(() => nearestRank(101, 5)).toThrow(RangeError);
    expect(() => nearestRank(50, 0)).toThrow(RangeError);
  });
});

describe('selectKth', () => {
  it('finds order statistics with duplicates', () => {
    const values = Float64Array.from([5, 1, 5, 3, 5, 2, 5]);
    expect([0, 1, 2, 3, 6].map((k) => selectKth(values, k))).toEqual([1, 2, 3, 5, 5]);
  });

  it('rejects k outside the array and a from beyond k', () => {
    expect(() => selectKth(new Float64Array(3), 3)).toThrow(RangeError);
    expect(() => selectKth(new Float64Array(0), 0)).toThrow(RangeError);
    expect(() => selectKth(new Float64Array(3), 1, 2)).toThrow(RangeError);
  });

  it('narrows to the tail after a previous selection', () => {
    const values = Float64Array.from([9, 3, 7, 1, 8, 2, 6, 4, 5, 0]);
    expect(selectKth(values, 4)).toBe(4);
    expect(selectKth(values, 8, 4)).toBe(8);
    expect(selectKth(values, 9, 8)).toBe(9);
  });

  it('stays correct on sorted, reversed and constant inputs', () => {
    const n = 5000;
    const inputs = [
      Float64Array.from({ length: n }, (_, i) => i),
      Float64Array.from({ length: n }, (_, i) => n - i),
      new Float64Array(n).fill(7),
      Float64Array.from({ length: n }, (_, i) => (i % 2 === 0 ? i : n - i)),
    ];
    for (const input of inputs) {
      const sorted = Float64Array.from(input).sort();
      for (const k of [0, 1, n >> 1, n - 2, n - 1]) {
        expect(selectKth(Float64Array.from(input), k)).toBe(sorted[k]);
      }
    }
  });

  it('matches a sort for any array and k (property)', () => {
    fc.assert(
      fc.property(
        // `+ 0` turns -0 into 0: a selection may legitimately return either of two equal zeros.
        fc.array(
          fc.double({ noNaN: true, min: -1e9, max: 1e9 }).map((v) => v + 0),
          { minLength: 1, maxLength: 300 },
        ),
        fc.nat(),
        (values, seed) => {
          const k = seed % values.length;
          const sorted = [...values].sort((a, b) => a - b);
          expect(selectKth(Float64Array.from(values), k)).toBe(sorted[k]);
        },
      ),
      { numRuns: runs },
    );
  });
});

describe('percentilesOf', () => {
  it('answers in the order asked, nulls without samples', () => {
    expect(percentilesOf(new Float64Array(0), [50, 95])).toEqual([null, null]);
    const values = Float64Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentilesOf(values, [99, 50, 95, 50])).toEqual([99, 50, 95, 50]);
  });

  it('agrees with the naive reference for any samples and percentiles (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: 0, max: 3600 }), { maxLength: 400 }),
        fc.array(fc.integer({ min: 50, max: 99 }), { minLength: 1, maxLength: 4 }),
        (values, ps) => {
          expect(percentilesOf(Float64Array.from(values), ps)).toEqual(
            ps.map((p) => naivePercentile(values, p)),
          );
        },
      ),
      { numRuns: runs },
    );
  });
});

describe('percentileOf', () => {
  it('is null without samples', () => {
    expect(percentileOf(new Float64Array(0), 95)).toBeNull();
  });

  it('picks a sample, never an interpolation', () => {
    const values = Float64Array.from([0.1, 0.2, 0.3, 0.4]);
    expect(percentileOf(values, 50)).toBe(0.2);
    expect(percentileOf(values, 51)).toBe(0.3);
    expect(percentileOf(values, 95)).toBe(0.4);
  });

  it('agrees with the naive reference for every percentile 50–99 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: 0, max: 3600 }), { maxLength: 400 }),
        fc.integer({ min: 50, max: 99 }),
        (values, p) => {
          const shared = Float64Array.from(values);
          // p50 and p95 first, as the lag stats do, then p on the same (reordered) array.
          percentileOf(shared, 50);
          percentileOf(shared, 95);
          expect(percentileOf(shared, p)).toBe(naivePercentile(values, p));
          expect(percentileOf(Float64Array.from(values), p)).toBe(naivePercentile(values, p));
        },
      ),
      { numRuns: runs },
    );
  });
});
