/** Arithmetic mean, or null for an empty list. */
export function analyticsMean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * Percentile with linear interpolation between closest ranks (numpy's default): rank
 * `p/100 × (n − 1)` in the sorted values. Null for an empty list.
 *
 * @example analyticsPercentile([10, 20, 30, 40], 50) // 25
 */
export function analyticsPercentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] ?? 0;
  const highValue = sorted[high] ?? lowValue;
  return lowValue + (highValue - lowValue) * (rank - low);
}

/** Whole minutes between two ISO timestamps (b − a), or null when either is missing. */
export function analyticsMinutesBetween(
  a: string | null | undefined,
  b: string | null | undefined,
): number | null {
  if (!a || !b) return null;
  const from = Date.parse(a);
  const to = Date.parse(b);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return null;
  return (to - from) / 60_000;
}

/** Rounds away float noise so reports compare cleanly (6 decimals). */
export function roundAnalytics(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** `roundAnalytics` for nullable values. */
export function roundAnalyticsOrNull(value: number | null): number | null {
  return value === null ? null : roundAnalytics(value);
}
