import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject } from '../shared/open-object';
import { IdSchema, nullishAs, TimestampSchema } from '../shared/primitives';
import { DecisionTypeStatKeySchema, normalizeDecisionTypeStatKey } from './decision-type';

/** The stats window as a server echoes it (`24h`, `7d`, `30d`; newer windows are open values). */
export const ReplayWindowValueSchema = openEnum(['24h', '7d', '30d']);
export type ReplayWindowValue = z.output<typeof ReplayWindowValueSchema>;

const Count = z.number().int().nonnegative();

/** One task in the blocked-reasons ranking. `reason_code` is from the newest blocking snapshot. */
export const BlockedTaskStatSchema = openObject({
  task_id: IdSchema,
  block_count: Count,
  last_blocked_at: TimestampSchema,
  reason_code: nullishAs(z.string(), null),
});
export type BlockedTaskStat = z.output<typeof BlockedTaskStatSchema>;

/**
 * Tasks blocked most often in the window (`GET /api/governance/stats/blocked-reasons`), ranked by
 * `block_count` desc, then `last_blocked_at` desc. `window` and `top_n` echo the request.
 */
export const BlockedReasonsStatsSchema = openObject({
  window: ReplayWindowValueSchema,
  top_n: z.number().int().positive(),
  blocked_tasks: z.array(BlockedTaskStatSchema),
});
export type BlockedReasonsStats = z.output<typeof BlockedReasonsStatsSchema>;

// Two spellings of one type (`RETRY` and `RETRY_RECOMMENDED`) must add up, not overwrite each
// other, so keys are normalised and summed before the record is checked.
function mergeDecisionTypeKeys(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const merged: Record<string, unknown> = {};
  for (const [key, count] of Object.entries(input)) {
    const canonical = normalizeDecisionTypeStatKey(key);
    const previous = merged[canonical];
    merged[canonical] =
      typeof previous === 'number' && typeof count === 'number' ? previous + count : count;
  }
  return merged;
}

/**
 * Decision counts by type in the window (`GET /api/governance/stats/decision-types`).
 *
 * Keys are normalised to the seed document's past tense: `ALLOWED`, `BLOCKED`, `PAUSED`, `RETRY`
 * (the real system's `RETRY_RECOMMENDED` becomes `RETRY`), plus `DECISION` (require_review) and
 * `ERROR`, which the real system also counts in `total`. Only types with a count above zero appear.
 */
export const DecisionTypesStatsSchema = openObject({
  window: ReplayWindowValueSchema,
  decision_types: z.preprocess(
    mergeDecisionTypeKeys,
    z.partialRecord(DecisionTypeStatKeySchema, Count),
  ),
  total: Count,
});
export type DecisionTypesStats = z.output<typeof DecisionTypesStatsSchema>;

/** Where a lag sample's timestamps came from in the real system. */
export const DecisionLagSampleSourceSchema = openEnum(['columns', 'payload']);

/** One of the largest lags, as the real system reports them (`lag_ms` truncated to an integer). */
export const DecisionLagSampleSchema = openObject({
  decision_id: z.string(),
  lag_ms: z.number().int(),
  source: DecisionLagSampleSourceSchema,
});
export type DecisionLagSample = z.output<typeof DecisionLagSampleSchema>;

/**
 * Decision processing lag (event → decision, in **seconds**) in the window
 * (`GET /api/governance/stats/decision-lag`).
 *
 * Percentiles use the nearest-rank method: for `n` samples sorted ascending, the p-th percentile is
 * the sample at 1-based rank `ceil(p / 100 · n)`, no interpolation. `p50` and `p95` are always
 * present; `value` is the requested `percentile` (govkit servers send it, the original system does
 * not). All three are null when the window has no samples. `samples`, `query_method` and
 * `redundant_column_coverage` are sent only by the original system.
 */
export const DecisionLagStatsSchema = openObject({
  window: ReplayWindowValueSchema,
  percentile: z.number().int(),
  p50: z.number().nullable(),
  p95: z.number().nullable(),
  value: z.number().nullable().optional(),
  count: Count,
  samples: z.array(DecisionLagSampleSchema).optional(),
  query_method: openEnum(['columns', 'payload_fallback']).optional(),
  redundant_column_coverage: z.number().min(0).max(1).optional(),
});
export type DecisionLagStats = z.output<typeof DecisionLagStatsSchema>;
