/** Every string of the three decision stats widgets. */
export interface DecisionStatsMessages {
  blockedReasonsTitle: string;
  decisionTypesTitle: string;
  decisionLagTitle: string;
  /** The window selector's group label. */
  window: string;
  window24h: string;
  window7d: string;
  window30d: string;
  loading: string;
  showAsTable: string;
  task: string;
  reasonCode: string;
  noReasonCode: string;
  blockCount: string;
  lastBlockedAt: string;
  decisionType: string;
  count: string;
  share: string;
  /** `{count}` of `{total}` decisions. */
  totalDecisions: string;
  percentile: string;
  lag: string;
  /** `p{percentile}`, the chosen percentile's label. */
  chosenPercentile: string;
  /** Lag over `{count}` decisions. */
  lagSamples: string;
  emptyBlockedTitle: string;
  emptyTypesTitle: string;
  emptyLagTitle: string;
  /** `{window}` is the window's label. */
  emptyDescription: string;
  /** Labels of the decision types the server counts; an unknown future type shows its key. */
  typeAllowed: string;
  typeBlocked: string;
  typePaused: string;
  typeRetry: string;
  typeDecision: string;
  typeError: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    decisionStats: DecisionStatsMessages;
  }
}

export const decisionStatsMessages: DecisionStatsMessages = {
  blockedReasonsTitle: 'Most blocked tasks',
  decisionTypesTitle: 'Decisions by type',
  decisionLagTitle: 'Decision lag',
  window: 'Time window',
  window24h: '24 hours',
  window7d: '7 days',
  window30d: '30 days',
  loading: 'Loading statistics',
  showAsTable: 'Show as table',
  task: 'Task',
  reasonCode: 'Latest reason',
  noReasonCode: 'No reason code',
  blockCount: 'Blocks',
  lastBlockedAt: 'Last blocked',
  decisionType: 'Decision type',
  count: 'Decisions',
  share: 'Share',
  totalDecisions: '{total} decisions',
  percentile: 'Percentile',
  lag: 'Lag',
  chosenPercentile: 'p{percentile}',
  lagSamples: 'Event to decision, over {count} decisions',
  emptyBlockedTitle: 'No blocked tasks',
  emptyTypesTitle: 'No decisions',
  emptyLagTitle: 'No lag measured',
  emptyDescription: 'Nothing was recorded in the last {window}.',
  typeAllowed: 'Allowed',
  typeBlocked: 'Blocked',
  typePaused: 'Paused',
  typeRetry: 'Retry recommended',
  typeDecision: 'Review required',
  typeError: 'Error',
};
