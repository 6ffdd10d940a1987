/**
 * Row heights of a virtual list as a sparse prefix-sum (Fenwick) tree of differences from an
 * estimate.
 *
 * Why differences: a row nobody measured counts as `estimate`, so a row's offset is
 * `index × estimate` plus the measured differences before it, in O(log n), and a measured row is
 * an O(log n) update instead of a re-walk of every later offset. Why sparse (maps of the nodes
 * measurements touched, not arrays of the row count): a fresh tree allocates nothing, and memory
 * grows with the rows measured. Typed arrays of the row count (16 MB at a million rows, zeroed
 * when the list got its data or at its first measurement, both before the first paint) set off
 * a garbage collection of the whole heap on the first screen of a million entries.
 */
export interface HeightTree {
  readonly count: number;
  /** The height of row `index` (measured, else the estimate). */
  size(index: number): number;
  /** The offset of row `index`'s top edge (the sum of the heights before it); `count`: the total. */
  start(index: number): number;
  /** Records row `index`'s measured height; returns how much the total changed. */
  set(index: number, height: number): number;
  /** The row at `offset` (the last row whose top edge is at or above it), clamped to the rows. */
  indexAt(offset: number): number;
  /** The measured differences from the estimate, by row (for {@link createHeightTree}'s `carried`). */
  readonly diffs: ReadonlyMap<number, number>;
}

/**
 * A tree of `count` rows of `estimate` px. `carried` keeps the heights measured in an earlier
 * tree for rows that moved by `shift` (rows prepended: shift > 0), visiting the measured rows only.
 */
export function createHeightTree(
  count: number,
  estimate: number,
  carried?: { from: HeightTree; shift: number },
): HeightTree {
  if (!(estimate > 0)) throw new RangeError(`HeightTree: estimate ${estimate} is not > 0`);
  const n = Math.max(0, Math.floor(count));
  // 1-based Fenwick tree over `diffs`; an absent node is 0.
  const tree = new Map<number, number>();
  const diffs = new Map<number, number>();
  const clamp = (index: number) => Math.min(Math.max(0, index), n);
  const self: HeightTree = {
    count: n,
    diffs,
    size: (index) => estimate + (diffs.get(index) ?? 0),
    start(index) {
      let sum = clamp(index) * estimate;
      for (let i = clamp(index); i > 0; i -= i & -i) sum += tree.get(i) ?? 0;
      return sum;
    },
    set(index, height) {
      if (index < 0 || index >= n || !(height >= 0)) return 0;
      const change = height - estimate - (diffs.get(index) ?? 0);
      diffs.set(index, height - estimate);
      for (let i = index + 1; change !== 0 && i <= n; i += i & -i) {
        tree.set(i, (tree.get(i) ?? 0) + change);
      }
      return change;
    },
    indexAt(offset) {
      let position = 0;
      let sum = 0;
      // Descend the tree: heights are positive, so the prefix sums grow with the index.
      for (let step = n && 2 ** Math.floor(Math.log2(n)); step > 0; step >>= 1) {
        const next = position + step;
        const candidate = sum + (tree.get(next) ?? 0);
        if (next <= n && next * estimate + candidate <= offset) {
          position = next;
          sum = candidate;
        }
      }
      return Math.min(position, n - 1);
    },
  };
  if (carried) {
    for (const [index, diff] of carried.from.diffs)
      self.set(index + carried.shift, estimate + diff);
  }
  return self;
}
