/**
 * Row heights of a virtual list as differences from an estimate, summed by a prefix-sum
 * (Fenwick) tree over blocks of rows.
 *
 * Why differences: a row nobody measured counts as `estimate`, so a row's offset is
 * `index × estimate` plus the measured differences before it. Why blocks, allocated on first
 * measurement: a fresh tree allocates nothing at all (no array of the row count, which at a
 * million rows was 16 MB to zero and a likely garbage collection on the first screen), memory
 * grows with the blocks measured, and offsets stay O(log n + block) while a measurement is an
 * O(log n) update instead of a re-walk of every later offset.
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
  /** Calls `visit` for every row measured away from the estimate (for `carried`). */
  forEachMeasured(visit: (index: number, height: number) => void): void;
}

// Rows per block: small enough that summing inside a block is a few adds, large enough that the
// tree over blocks is 1/64 of the rows.
const BLOCK = 64;

/**
 * A tree of `count` rows of `estimate` px. `carried` keeps the heights measured in an earlier
 * tree for rows that moved by `shift` (rows prepended: shift > 0), visiting only measured rows.
 */
export function createHeightTree(
  count: number,
  estimate: number,
  carried?: { from: HeightTree; shift: number },
): HeightTree {
  if (!(estimate > 0)) throw new RangeError(`HeightTree: estimate must be > 0, got ${estimate}`);
  const n = Math.max(0, Math.floor(count));
  const blockCount = Math.ceil(n / BLOCK);
  // Per measured block, each row's difference from the estimate.
  const blocks = new Map<number, Float64Array>();
  // 1-based Fenwick tree over the blocks' summed differences; null until a row is measured.
  let tree: Float64Array | null = null;
  const clamp = (index: number) => Math.min(Math.max(0, index), n);
  const diff = (index: number) => blocks.get(Math.floor(index / BLOCK))?.[index % BLOCK] ?? 0;
  // The summed differences of the first `block` blocks.
  const blocksBefore = (block: number) => {
    let sum = 0;
    if (tree) for (let i = block; i > 0; i -= i & -i) sum += tree[i] as number;
    return sum;
  };

  const self: HeightTree = {
    count: n,
    size: (index) => estimate + diff(index),
    start(index) {
      const at = clamp(index);
      const block = Math.floor(at / BLOCK);
      let sum = at * estimate + blocksBefore(block);
      const rows = blocks.get(block);
      if (rows) for (let r = 0; r < at % BLOCK; r++) sum += rows[r] as number;
      return sum;
    },
    set(index, height) {
      if (index < 0 || index >= n || !(height >= 0)) return 0;
      const block = Math.floor(index / BLOCK);
      let rows = blocks.get(block);
      if (!rows) {
        rows = new Float64Array(BLOCK);
        blocks.set(block, rows);
      }
      const change = height - estimate - (rows[index % BLOCK] as number);
      rows[index % BLOCK] = height - estimate;
      if (change !== 0) {
        tree ??= new Float64Array(blockCount + 1);
        for (let i = block + 1; i <= blockCount; i += i & -i) tree[i] = (tree[i] as number) + change;
      }
      return change;
    },
    indexAt(offset) {
      if (n === 0) return -1;
      // The last block whose top edge is at or above `offset`: descend the tree (heights are
      // positive, so block offsets grow with the block).
      let block = 0;
      if (tree) {
        let sum = 0;
        for (let step = 2 ** Math.floor(Math.log2(blockCount)); step > 0; step >>= 1) {
          const next = block + step;
          if (next >= blockCount) continue;
          const candidate = sum + (tree[next] as number);
          if (next * BLOCK * estimate + candidate <= offset) {
            block = next;
            sum = candidate;
          }
        }
      } else {
        block = Math.min(blockCount - 1, Math.max(0, Math.floor(offset / (BLOCK * estimate))));
      }
      // Then the row inside it.
      const first = block * BLOCK;
      const end = Math.min(n, first + BLOCK);
      let top = self.start(first);
      for (let index = first; index < end; index++) {
        top += estimate + diff(index);
        if (top > offset) return index;
      }
      return end - 1;
    },
    forEachMeasured(visit) {
      for (const [block, rows] of blocks) {
        for (let r = 0; r < BLOCK; r++) {
          if (rows[r] !== 0) visit(block * BLOCK + r, estimate + (rows[r] as number));
        }
      }
    },
  };
  if (carried) {
    const { from, shift } = carried;
    from.forEachMeasured((index, height) => self.set(index + shift, height));
  }
  return self;
}
