// @govkit/sdk/engines/analytics: the analytics engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export { computeApprovalStageMeta, isApprovalStageBreached } from './analytics-approval-stages';
export {
  createGovernanceAnalyticsCache,
  GOVERNANCE_ANALYTICS_CACHE_TTL_MS,
  GOVERNANCE_ANALYTICS_INVALIDATING_PREFIXES,
  type GovernanceAnalyticsCache,
  type GovernanceAnalyticsCacheKey,
  type GovernanceAnalyticsCacheStats,
} from './analytics-cache';
export {
  type AnalyticsOverrideEvent,
  type AnalyticsPreviewEvent,
  listAnalyticsOverrideEvents,
  listAnalyticsPreviewEvents,
} from './analytics-inputs';
export { computeLineageSummary } from './analytics-lineage-buckets';
export {} from './analytics-math';
export {
  computeReviewerCadence,
  PUBLISH_STREAK_GAP_MS,
  publishStreak,
  type ReviewerCadenceComputation,
  reviewerLoadBand,
} from './analytics-reviewer-cadence';
export {
  canReadGovernance,
  GOVERNANCE_READ_FORBIDDEN_DETAIL,
  type GovernanceReadScope,
  type GovernanceViewer,
  governanceViewerOf,
  resolveGovernanceReadScope,
} from './analytics-scope';
export {
  type AnalyticsApprovalStage,
  type AnalyticsBaseline,
  type AnalyticsExport,
  type AnalyticsSources,
  createMemoryAnalyticsSources,
  emptyAnalyticsSources,
} from './analytics-sources';
export {
  computeAnalyticsResult,
  type ExecutionBaselineStats,
  executionBaselineStats,
} from './compute-analytics-result';
export {
  computeGovernanceAnalytics,
  type GovernanceAnalyticsComputation,
  type GovernanceAnalyticsInput,
  toGovernanceReviewerView,
} from './compute-governance-analytics';
export {
  createGovernanceAnalyticsEngine,
  type GovernanceAnalyticsEngine,
  type GovernanceAnalyticsEngineOptions,
} from './governance-analytics-engine';
