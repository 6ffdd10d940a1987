import { z } from 'zod';
import { openObject, requestObject } from '../shared/open-object';
import { RequestIdSchema } from '../shared/request-bounds';
import { GovernanceAnalyticsMetaSchema } from './analytics-approval-meta';
import { GovernanceLineageSummarySchema } from './analytics-lineage-summary';
import {
  GovernanceAnalyticsResultSchema,
  GovernanceAnalyticsTotalsSchema,
} from './analytics-result';
import { GovernanceReviewerViewSchema, ReviewerCadenceSchema } from './reviewer-cadence';

/** The two shapes of `GET /api/governance/analytics`. */
export const ANALYTICS_VIEWS = ['full', 'reviewer'] as const;

/** Query of `GET /api/governance/analytics`. `limit` caps how many preview summaries are read. */
export const GovernanceAnalyticsParamsSchema = requestObject({
  execution_id: RequestIdSchema.optional(),
  limit: z.coerce.number<number>().int().min(1).max(200).default(50),
  view: z.enum(ANALYTICS_VIEWS).default('full'),
});
export type GovernanceAnalyticsParams = z.output<typeof GovernanceAnalyticsParamsSchema>;
export type GovernanceAnalyticsParamsInput = z.input<typeof GovernanceAnalyticsParamsSchema>;

/**
 * The full analytics report (`view=full`): one result per
 * preview summary, reviewer cadence, totals, the lineage summary and (when some execution is in
 * scope) approval-stage `meta`.
 */
export const GovernanceAnalyticsReportSchema = openObject({
  results: z.array(GovernanceAnalyticsResultSchema),
  reviewer_cadence: z.array(ReviewerCadenceSchema).default([]),
  totals: GovernanceAnalyticsTotalsSchema,
  lineage_summary: GovernanceLineageSummarySchema.default({ scenarios: [], notebooks: [] }),
  meta: GovernanceAnalyticsMetaSchema.nullish(),
});
export type GovernanceAnalyticsReport = z.output<typeof GovernanceAnalyticsReportSchema>;

/**
 * Either analytics shape. The full report is tried first (it is the only one with `results`), so
 * a reviewer view never parses as a partial report.
 */
export const GovernanceAnalyticsResponseSchema = z.union([
  GovernanceAnalyticsReportSchema,
  GovernanceReviewerViewSchema,
]);
export type GovernanceAnalyticsResponse = z.output<typeof GovernanceAnalyticsResponseSchema>;

/** True when an analytics response is the reviewer view. */
export function isGovernanceReviewerView(
  response: GovernanceAnalyticsResponse,
): response is z.output<typeof GovernanceReviewerViewSchema> {
  return 'reviewers' in response && !('results' in response);
}
