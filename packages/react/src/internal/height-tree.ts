/**
 * Row heights of a virtual list as a prefix-sum (Fenwick) tree of differences from an estimate.
 *
 * Why differences: a row nobody measured counts as `estimate`, so a fresh tree is two zeroed
 * typed arrays (no pass over the rows) and a row's offset is `index × estimate` plus the sum of
 * the measured differences before it, in O(log n). A million rows cost nothing until shown, and
 * measuring a row is O(log n) instead of a re-walk of every later offset.
 */
export class HeightTree {
  readonly count: number;
  readonly estimate: number;
  // 1-based Fenwick tree over `diffs`.
  private readonly tree: Float64Array;
  // The measured height minus the estimate, per row (0 = not measured).
  private readonly diffs: Float64Array;
  private readonly topBit: number;

  constructor(count: number, estimate: number, carried?: { from: HeightTree; shift: number }) {
    if (!(estimate > 0)) throw new RangeError(`HeightTree: estimate must be > 0, got ${estimate}`);
    this.count = Math.max(0, Math.floor(count));
    this.estimate = estimate;
    this.tree = new Float64Array(this.count + 1);
    this.diffs = new Float64Array(this.count);
    this.topBit = this.count === 0 ? 0 : 2 ** Math.floor(Math.log2(this.count));
    if (carried) this.carry(carried.from, carried.shift);
  }

  /** The height of row `index` (measured, else the estimate). */
  size(index: number): number {
    return this.estimate + (this.diffs[index] ?? 0);
  }

  /** The offset of row `index`'s top edge (the sum of the heights before it). */
  start(index: number): number {
    let sum = 0;
    for (let i = Math.min(Math.max(0, index), this.count); i > 0; i -= i & -i) {
      sum += this.tree[i] as number;
    }
    return Math.min(Math.max(0, index), this.count) * this.estimate + sum;
  }

  /** The height of every row together. */
  total(): number {
    return this.start(this.count);
  }

  /** Records row `index`'s measured height; returns how much the total changed. */
  set(index: number, height: number): number {
    if (index < 0 || index >= this.count || !(height >= 0)) return 0;
    const change = height - this.estimate - (this.diffs[index] as number);
    if (change === 0) return 0;
    this.diffs[index] = height - this.estimate;
    for (let i = index + 1; i <= this.count; i += i & -i) {
      this.tree[i] = (this.tree[i] as number) + change;
    }
    return change;
  }

  /** The row at `offset` (the last row whose top edge is at or above it), clamped to the rows. */
  indexAt(offset: number): number {
    if (this.count === 0) return -1;
    let position = 0;
    let sum = 0;
    // Descend the tree: heights are positive, so the prefix sums grow with the index.
    for (let step = this.topBit; step > 0; step >>= 1) {
      const next = position + step;
      if (next > this.count) continue;
      const candidate = sum + (this.tree[next] as number);
      if (next * this.estimate + candidate <= offset) {
        position = next;
        sum = candidate;
      }
    }
    return Math.min(position, this.count - 1);
  }

  // Keeps the heights measured in `from` for rows that moved by `shift` (rows prepended: shift
  // > 0), then builds the tree in one linear pass.
  private carry(from: HeightTree, shift: number): void {
    const source = from.diffs;
    const begin = Math.max(0, -shift);
    const end = Math.min(source.length, this.count - shift);
    if (end <= begin) return;
    this.diffs.set(source.subarray(begin, end), begin + shift);
    const tree = this.tree;
    tree.set(this.diffs, 1);
    for (let i = 1; i <= this.count; i++) {
      const parent = i + (i & -i);
      if (parent <= this.count) tree[parent] = (tree[parent] as number) + (tree[i] as number);
    }
  }
}
