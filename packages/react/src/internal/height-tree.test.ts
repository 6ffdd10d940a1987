import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHeightTree } from './height-tree';

// The plain model: an array of heights, offsets by summing.
const naiveStart = (heights: number[], index: number) =>
  heights.slice(0, Math.max(0, index)).reduce((sum, h) => sum + h, 0);
const naiveIndexAt = (heights: number[], offset: number) => {
  let top = 0;
  for (let i = 0; i < heights.length; i++) {
    top += heights[i] as number;
    if (top > offset) return i;
  }
  return heights.length - 1;
};

describe('createHeightTree', () => {
  it('counts unmeasured rows at the estimate, without a pass over them', () => {
    const tree = createHeightTree(1_000_000, 100);
    expect(tree.start(0)).toBe(0);
    expect(tree.start(10)).toBe(1000);
    expect(tree.start(tree.count)).toBe(100_000_000);
    expect(tree.indexAt(0)).toBe(0);
    expect(tree.indexAt(99.9)).toBe(0);
    expect(tree.indexAt(100)).toBe(1);
    expect(tree.indexAt(1e12)).toBe(999_999);
    expect(tree.indexAt(-5)).toBe(0);
  });

  it('matches summed heights after any measurements', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 700 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 400 })), { maxLength: 60 }),
        fc.array(fc.double({ min: -10, max: 50_000, noNaN: true }), { maxLength: 10 }),
        (count, measured, offsets) => {
          const tree = createHeightTree(count, 104);
          const heights = new Array<number>(count).fill(104);
          for (const [at, height] of measured) {
            const index = at % count;
            expect(tree.set(index, height)).toBe(height - (heights[index] as number));
            heights[index] = height;
          }
          for (let i = 0; i <= count; i++) expect(tree.start(i)).toBe(naiveStart(heights, i));
          for (let i = 0; i < count; i++) expect(tree.size(i)).toBe(heights[i]);
          for (const offset of offsets) {
            expect(tree.indexAt(offset)).toBe(naiveIndexAt(heights, offset));
          }
        },
      ),
    );
  });

  it('holds nothing until a row is measured, then finds rows across a million', () => {
    const tree = createHeightTree(1_000_000, 100);
    expect(tree.diffs.size).toBe(0);
    tree.set(5, 300);
    tree.set(640_000, 20);
    tree.set(999_999, 1000);
    expect(tree.diffs.size).toBe(3);
    expect(tree.start(6)).toBe(800);
    expect(tree.start(640_001)).toBe(64_000_100 + 200 - 80);
    expect(tree.indexAt(64_000_100 + 200 - 81)).toBe(640_000);
    expect(tree.indexAt(64_000_100 + 120)).toBe(640_001);
    expect(tree.start(tree.count)).toBe(100_000_000 + 200 - 80 + 900);
    expect(tree.indexAt(tree.start(999_999))).toBe(999_999);
    // Carrying visits the measured rows only.
    const carried = createHeightTree(1_000_005, 100, { from: tree, shift: 10 });
    expect([...carried.diffs.keys()].sort((a, b) => a - b)).toEqual([15, 640_010]);
    expect(carried.size(640_010)).toBe(20);
  });

  it('keeps measured heights of rows that moved when rows were appended or prepended', () => {
    const before = createHeightTree(5, 10);
    before.set(1, 30);
    before.set(4, 5);
    const appended = createHeightTree(8, 10, { from: before, shift: 0 });
    expect([0, 1, 2, 3, 4, 5].map((i) => appended.size(i))).toEqual([10, 30, 10, 10, 5, 10]);
    expect(appended.start(8)).toBe(80 + 20 - 5);
    const prepended = createHeightTree(7, 10, { from: before, shift: 2 });
    expect(prepended.size(3)).toBe(30);
    expect(prepended.size(6)).toBe(5);
    expect(prepended.start(4)).toBe(60);
    // Rows that fell off the end are dropped.
    const shorter = createHeightTree(3, 10, { from: before, shift: 1 });
    expect(shorter.start(3)).toBe(50);
  });

  it('ignores measurements outside the rows and refuses a non-positive estimate', () => {
    const tree = createHeightTree(3, 10);
    expect(tree.set(-1, 50)).toBe(0);
    expect(tree.set(3, 50)).toBe(0);
    expect(tree.set(0, Number.NaN)).toBe(0);
    expect(tree.start(3)).toBe(30);
    expect(createHeightTree(0, 10).indexAt(5)).toBe(-1);
    expect(() => createHeightTree(3, 0)).toThrow(RangeError);
  });
});
