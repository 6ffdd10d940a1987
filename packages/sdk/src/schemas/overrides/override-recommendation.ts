import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject } from '../shared/open-object';
import { IdSchema, nullishAs, TimestampSchema } from '../shared/primitives';
import { OverrideActionSchema } from './override-action-outcome';

/** Recommendation priorities, lowest first (admins see each raised one step). */
export const OVERRIDE_RECOMMENDATION_PRIORITIES = ['low', 'medium', 'high'] as const;

/** The three rules that generate recommendations (reference §2.1). */
export const OVERRIDE_RULE_KEYS = [
  'cadence_overload',
  'streak_cooldown',
  'blocker_churn_escalation',
] as const;

/** A recommendation's priority (open). */
export const OverrideRecommendationPrioritySchema = openEnum(OVERRIDE_RECOMMENDATION_PRIORITIES);
export type OverrideRecommendationPriority = z.output<typeof OverrideRecommendationPrioritySchema>;

/**
 * The reviewer-cadence numbers a rule fired on. Escalations add `blocked_ratio` and `churn`.
 */
export const OverrideRecommendationMetricsSchema = openObject({
  load_band: z.string().nullish(),
  average_latency_minutes: z.number().nullish(),
  latency_p90_minutes: z.number().nullish(),
  blocked_ratio_trailing: z.number().nullish(),
  churn_signal: z.number().nullish(),
  publish_streak: z.number().nullish(),
  pending_count: z.number().nullish(),
  assignment_count: z.number().nullish(),
  blocked_ratio: z.number().nullish(),
  churn: z.number().nullish(),
});
export type OverrideRecommendationMetrics = z.output<typeof OverrideRecommendationMetricsSchema>;

/**
 * One override recommendation. `recommendation_id` is `{rule_key}:{reviewer_id | "global"}`;
 * `rule_key` is the text before the first `:`.
 */
export const OverrideRecommendationSchema = openObject({
  recommendation_id: z.string(),
  rule_key: openEnum(OVERRIDE_RULE_KEYS),
  action: OverrideActionSchema,
  priority: OverrideRecommendationPrioritySchema,
  summary: z.string(),
  detail: z.string().nullish(),
  reviewer_id: IdSchema.nullish(),
  reviewer_name: z.string().nullish(),
  reviewer_email: z.string().nullish(),
  triggered_at: TimestampSchema,
  related_execution_ids: z.array(IdSchema).default([]),
  metrics: nullishAs(OverrideRecommendationMetricsSchema, {}),
  allow_opt_out: z.boolean().default(true),
});
export type OverrideRecommendation = z.output<typeof OverrideRecommendationSchema>;

/** `GET /api/governance/recommendations/override`. */
export const OverrideRecommendationReportSchema = openObject({
  generated_at: TimestampSchema,
  recommendations: z.array(OverrideRecommendationSchema),
});
export type OverrideRecommendationReport = z.output<typeof OverrideRecommendationReportSchema>;

/** The text before the first `:` of a recommendation id (the whole id when there is none). */
export function overrideRuleKeyOf(recommendationId: string): string {
  const colon = recommendationId.indexOf(':');
  return colon === -1 ? recommendationId : recommendationId.slice(0, colon);
}
