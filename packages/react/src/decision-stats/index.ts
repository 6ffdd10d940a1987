'use client';

// @govkit/react/decision-stats: blocked tasks, decision types and decision lag.

export {
  useBlockedReasonsStats,
  useDecisionLagStats,
  useDecisionTypesStats,
} from '../replay/use-decision-stats';
export {
  BlockedReasonsStatsCard,
  type BlockedReasonsStatsCardProps,
} from './blocked-reasons-stats-card';
export {
  ConnectedBlockedReasonsStatsCard,
  type ConnectedBlockedReasonsStatsCardProps,
  ConnectedDecisionLagStatsCard,
  type ConnectedDecisionLagStatsCardProps,
  ConnectedDecisionTypesStatsCard,
  type ConnectedDecisionTypesStatsCardProps,
} from './connected-decision-stats';
export {
  DecisionLagStatsCard,
  type DecisionLagStatsCardProps,
  type LagMarker,
  toLagMarkers,
} from './decision-lag-stats-card';
export { type DecisionStatsMessages, decisionStatsMessages } from './decision-stats-messages';
export {
  DecisionTypesStatsCard,
  type DecisionTypesStatsCardProps,
  toDecisionTypeRows,
} from './decision-types-stats-card';
export { type StatsBar, StatsBars } from './stats-bars';
export { StatsWindowSelector, type StatsWindowSelectorProps } from './stats-window-selector';
export {
  type DecisionStatsState,
  STATS_WINDOWS,
  type UseStatsWindowOptions,
  useStatsWindow,
} from './use-stats-window';
