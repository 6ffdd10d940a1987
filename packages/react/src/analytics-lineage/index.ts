'use client';

// @govkit/react/analytics-lineage: override counts by scenario and notebook entry (seed 000).

export { type LineageSummaryParams, useLineageSummary } from '../overrides/use-lineage-summary';
export {
  type AnalyticsLineageMessages,
  analyticsLineageMessages,
} from './analytics-lineage-messages';
export {
  AnalyticsLineageHeading,
  type AnalyticsLineageHeadingProps,
  AnalyticsLineageRoot,
  type AnalyticsLineageRootProps,
  AnalyticsLineageSide,
  type AnalyticsLineageSideProps,
} from './analytics-lineage-parts';
export {
  AnalyticsLineageWidget,
  type AnalyticsLineageWidgetProps,
} from './analytics-lineage-widget';
export {
  ConnectedAnalyticsLineageWidget,
  type ConnectedAnalyticsLineageWidgetProps,
} from './connected-analytics-lineage-widget';
export {
  type AnalyticsLineageItem,
  type AnalyticsLineageModel,
  type AnalyticsLineageSideId,
  type AnalyticsLineageState,
  type UseAnalyticsLineageOptions,
  useAnalyticsLineage,
} from './use-analytics-lineage';
