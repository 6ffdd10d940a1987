/**
 * Row heights of a virtual list as a prefix-sum (Fenwick) tree of differences from an estimate.
 *
 * Why differences: a row nobody measured counts as `estimate`, so a row's offset is
 * `index × estimate` plus the measured differences before it, in O(log n), and a measured row is
 * an O(log n) update instead of a re-walk of every later offset. Why allocated on the first
 * measurement: a fresh tree then costs nothing at all, so the first screen of a million rows
 * neither walks nor allocates per row (zeroing the two arrays, 16 MB at a million rows, used to
 * land on the first screen with a garbage collection); they are allocated after it is painted,
 * when its rows are measured.
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
  /** The measured differences, per row, once a row was measured (for `carried`). */
  readonly diffs: Float64Array | undefined;
}

/**
 * A tree of `count` rows of `estimate` px. `carried` keeps the heights measured in an earlier
 * tree for rows that moved by `shift` (rows prepended: shift > 0), built in one linear pass.
 */
export function createHeightTree(
  count: number,
  estimate: number,
  carried?: { from: HeightTree; shift: number },
): HeightTree {
  if (!(estimate > 0)) throw new RangeError(`HeightTree: estimate ${estimate} is not > 0`);
  const n = Math.max(0, Math.floor(count));
  // 1-based Fenwick tree over `diffs`; both undefined until a row is measured.
  let tree: Float64Array | undefined;
  let diffs: Float64Array | undefined;
  const clamp = (index: number) => Math.min(Math.max(0, index), n);
  const self: HeightTree = {
    count: n,
    get diffs() {
      return diffs;
    },
    size: (index) => estimate + (diffs?.[index] ?? 0),
    start(index) {
      let sum = clamp(index) * estimate;
      if (tree) for (let i = clamp(index); i > 0; i -= i & -i) sum += tree[i] as number;
      return sum;
    },
    set(index, height) {
      if (index < 0 || index >= n || !(height >= 0)) return 0;
      diffs ??= new Float64Array(n);
      tree ??= new Float64Array(n + 1);
      const change = height - estimate - (diffs[index] as number);
      diffs[index] = height - estimate;
      for (let i = index + 1; change !== 0 && i <= n; i += i & -i) {
        tree[i] = (tree[i] as number) + change;
      }
      return change;
    },
    indexAt(offset) {
      let position = 0;
      let sum = 0;
      // Descend the tree: heights are positive, so the prefix sums grow with the index.
      for (let step = n && 2 ** Math.floor(Math.log2(n)); step > 0; step >>= 1) {
        const next = position + step;
        const candidate = sum + (tree?.[next] ?? 0);
        if (next <= n && next * estimate + candidate <= offset) {
          position = next;
          sum = candidate;
        }
      }
      return Math.min(position, n - 1);
    },
  };
  const from = carried?.from.diffs;
  if (from && carried) {
    const { shift } = carried;
    const begin = Math.max(0, -shift);
    const end = Math.min(from.length, n - shift);
    if (end > begin) {
      diffs = new Float64Array(n);
      tree = new Float64Array(n + 1);
      diffs.set(from.subarray(begin, end), begin + shift);
      tree.set(diffs, 1);
      for (let i = 1; i <= n; i++) {
        const parent = i + (i & -i);
        if (parent <= n) tree[parent] = (tree[parent] as number) + (tree[i] as number);
      }
    }
  }
  return self;
}
