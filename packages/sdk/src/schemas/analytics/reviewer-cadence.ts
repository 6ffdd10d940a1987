import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject } from '../shared/open-object';
import { IdSchema, TimestampSchema } from '../shared/primitives';

/** Reviewer load bands, lightest first (load rank 1, 2, 3). */
export const REVIEWER_LOAD_BANDS = ['light', 'steady', 'saturated'] as const;

/** Review-latency bands and their `[start, end)` minutes (the last is open-ended). */
export const REVIEWER_LATENCY_BANDS = [
  { label: 'under_2h', start_minutes: 0, end_minutes: 120 },
  { label: 'two_to_eight_h', start_minutes: 120, end_minutes: 480 },
  { label: 'eight_to_day', start_minutes: 480, end_minutes: 1440 },
  { label: 'over_day', start_minutes: 1440, end_minutes: null },
] as const;

/** A reviewer's load band (open). */
export const ReviewerLoadBandSchema = openEnum(REVIEWER_LOAD_BANDS);
export type ReviewerLoadBand = z.output<typeof ReviewerLoadBandSchema>;

/** How many review latencies fell in one band. */
export const ReviewerLatencyBandSchema = openObject({
  label: z.string(),
  start_minutes: z.number().nullish(),
  end_minutes: z.number().nullish(),
  count: z.number().int(),
});
export type ReviewerLatencyBand = z.output<typeof ReviewerLatencyBandSchema>;

/** Count of reviewers per load band. */
export const ReviewerLoadBandCountsSchema = openObject({
  light: z.number().int().default(0),
  steady: z.number().int().default(0),
  saturated: z.number().int().default(0),
});
export type ReviewerLoadBandCounts = z.output<typeof ReviewerLoadBandCountsSchema>;

/**
 * One reviewer's cadence: assignments, completions and pending reviews over the baselines in
 * scope; latency mean and percentiles (linear interpolation) with bands; the trailing blocked
 * ratio and churn of their executions; the publish streak (consecutive publishes, newest back,
 * gaps ≤ 72 h; alert at ≥ 3).
 */
export const ReviewerCadenceSchema = openObject({
  reviewer_id: IdSchema,
  reviewer_email: z.string().nullish(),
  reviewer_name: z.string().nullish(),
  assignment_count: z.number().int(),
  completion_count: z.number().int(),
  pending_count: z.number().int(),
  load_band: ReviewerLoadBandSchema,
  average_latency_minutes: z.number().nullish(),
  latency_p50_minutes: z.number().nullish(),
  latency_p90_minutes: z.number().nullish(),
  latency_bands: z.array(ReviewerLatencyBandSchema).default([]),
  blocked_ratio_trailing: z.number().nullish(),
  churn_signal: z.number().nullish(),
  rollback_precursor_count: z.number().int().default(0),
  publish_streak: z.number().int().default(0),
  last_publish_at: TimestampSchema.nullish(),
  streak_alert: z.boolean().default(false),
});
export type ReviewerCadence = z.output<typeof ReviewerCadenceSchema>;

/** Totals of the reviewer view (`view=reviewer`). */
export const ReviewerCadenceTotalsSchema = openObject({
  reviewer_count: z.number().int(),
  streak_alert_count: z.number().int(),
  reviewer_latency_p50_minutes: z.number().nullish(),
  reviewer_latency_p90_minutes: z.number().nullish(),
  load_band_counts: ReviewerLoadBandCountsSchema,
});
export type ReviewerCadenceTotals = z.output<typeof ReviewerCadenceTotalsSchema>;

/** `GET /api/governance/analytics?view=reviewer`: `{reviewers[], totals}`. */
export const GovernanceReviewerViewSchema = openObject({
  reviewers: z.array(ReviewerCadenceSchema),
  totals: ReviewerCadenceTotalsSchema,
});
export type GovernanceReviewerView = z.output<typeof GovernanceReviewerViewSchema>;
