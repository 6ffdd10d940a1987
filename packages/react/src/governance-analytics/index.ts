'use client';

// @govkit/react/governance-analytics: the governance analytics panel, alone, and the
// analytics query keys' invalidation other governance mutations use.

export {
  governanceAnalyticsInvalidation,
  invalidateGovernanceAnalytics,
} from '../analytics/governance-analytics-invalidation';
export {
  GOVERNANCE_ANALYTICS_STALE_MS,
  type UseGovernanceAnalyticsOptions,
  useGovernanceAnalytics,
} from '../analytics/use-governance-analytics';
export { ChartOrTable, type ChartOrTableProps } from '../shared/chart-or-table';
export { AnalyticsColumnChart } from './analytics-column-chart';
export { AnalyticsReviewerBars } from './analytics-reviewer-bars';
export { AnalyticsTable } from './analytics-table';
export {
  ConnectedGovernanceAnalyticsPanel,
  type ConnectedGovernanceAnalyticsPanelProps,
} from './connected-governance-analytics-panel';
export {
  type GovernanceAnalyticsMessages,
  governanceAnalyticsMessages,
} from './governance-analytics-messages';
export {
  type AnalyticsTableViews,
  GovernanceAnalyticsPanel,
  type GovernanceAnalyticsPanelProps,
} from './governance-analytics-panel';
export {
  ANALYTICS_CHARTS,
  type AnalyticsCadenceChart,
  type AnalyticsChartId,
  type AnalyticsColumn,
  type AnalyticsReviewerBar,
  type AnalyticsTable as AnalyticsTableModel,
  type AnalyticsTimeChart,
  type AnalyticsTone,
  type GovernanceAnalyticsPanelModel,
  type GovernanceAnalyticsPanelState,
  type UseGovernanceAnalyticsPanelOptions,
  useGovernanceAnalyticsPanel,
} from './use-governance-analytics-panel';
