import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from './seeded-random';

const NUM_RUNS = Number(process.env.GOVKIT_FC_RUNS) || 200;

describe('createSeededRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = createSeededRandom(seed);
        const b = createSeededRandom(seed);
        for (let i = 0; i < 20; i += 1) expect(a.next()).toBe(b.next());
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('stays within its ranges', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.nat(100),
        (seed, min, span) => {
          const rng = createSeededRandom(seed);
          const value = rng.int(min, min + span);
          expect(value).toBeGreaterThanOrEqual(min);
          expect(value).toBeLessThanOrEqual(min + span);
          const x = rng.next();
          expect(x >= 0 && x < 1).toBe(true);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('forks independent, stable streams per label', () => {
    const root = createSeededRandom(7);
    const a1 = root.fork('a');
    root.next();
    const a2 = createSeededRandom(7).fork('a');
    expect([a1.next(), a1.next()]).toEqual([a2.next(), a2.next()]);
    expect(createSeededRandom(7).fork('b').next()).not.toBe(createSeededRandom(7).fork('a').next());
  });

  it('shuffles into a permutation and refuses empty picks and bad ranges', () => {
    const rng = createSeededRandom(3);
    expect(rng.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(() => rng.pick([])).toThrow(RangeError);
    expect(() => rng.int(5, 1)).toThrow(RangeError);
    expect(() => createSeededRandom(Number.NaN)).toThrow(RangeError);
  });
});
