/** Every string of the governance analytics panel. */
export interface GovernanceAnalyticsMessages {
  title: string;
  scopeAll: string;
  /** `{executionId}` */
  scopeExecution: string;
  /** `{count}` preview summaries read. */
  previewCount: string;
  loading: string;
  emptyTitle: string;
  emptyDescription: string;
  forbiddenTitle: string;
  forbiddenDetail: string;
  notFoundTitle: string;
  showAsTable: string;
  noPreviews: string;
  noReviewers: string;
  slaTitle: string;
  /** `{ratio}` within target on average, `{delta}` mean SLA delta. */
  slaHeadline: string;
  slaHeadlineNone: string;
  slaNoSample: string;
  blockersTitle: string;
  /** `{ratio}` blocked on average, `{new}` new and `{resolved}` resolved blockers. */
  blockersHeadline: string;
  ladderTitle: string;
  /** `{mean}` mean ladder load, `{peak}` the highest. */
  ladderHeadline: string;
  cadenceTitle: string;
  /** `{count}` reviewers, `{p50}` and `{p90}` review latency. */
  cadenceHeadline: string;
  /** `{count}` reviewers with a publish streak alert. */
  streakAlerts: string;
  columnGenerated: string;
  columnExecution: string;
  columnWithinTarget: string;
  columnMeanDelta: string;
  /** `{evaluated}` of `{total}` stages. */
  stagesEvaluated: string;
  columnStagesEvaluated: string;
  columnBlocked: string;
  /** `{blocked}` of `{total}` */
  blockedOfTotal: string;
  columnNewBlockers: string;
  columnResolvedBlockers: string;
  columnRisk: string;
  columnLadderLoad: string;
  columnStages: string;
  columnOverrides: string;
  columnReviewer: string;
  columnLoadBand: string;
  columnAssigned: string;
  columnCompleted: string;
  columnPending: string;
  columnLatencyP50: string;
  columnLatencyP90: string;
  columnStreak: string;
  legendCompleted: string;
  legendPending: string;
  bandLight: string;
  bandSteady: string;
  bandSaturated: string;
  riskLow: string;
  riskMedium: string;
  riskHigh: string;
  minutesEarly: string;
  minutesLate: string;
  onTime: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    governanceAnalytics: GovernanceAnalyticsMessages;
  }
}

export const governanceAnalyticsMessages: GovernanceAnalyticsMessages = {
  title: 'Governance analytics',
  scopeAll: 'All executions you can see',
  scopeExecution: 'Execution {executionId}',
  previewCount: '{count} preview summaries',
  loading: 'Loading the governance analytics',
  emptyTitle: 'No analytics yet',
  emptyDescription: 'Analytics appear once a ladder preview has run for an execution.',
  forbiddenTitle: 'You cannot see these analytics',
  forbiddenDetail: 'Analytics of an execution are open to its runner and its template’s team.',
  notFoundTitle: 'Execution not found',
  showAsTable: 'Show as table',
  noPreviews: 'No preview summaries in scope.',
  noReviewers: 'No reviewer activity in scope.',
  slaTitle: 'SLA accuracy',
  slaHeadline: '{ratio} of evaluated stages within target · mean delta {delta}',
  slaHeadlineNone: 'No stage has finished yet, so nothing is evaluated.',
  slaNoSample: 'not evaluated',
  blockersTitle: 'Blocker trend',
  blockersHeadline:
    '{ratio} of stages blocked on average · {new} new, {resolved} resolved blockers',
  ladderTitle: 'Ladder load',
  ladderHeadline: 'Mean load {mean} · peak {peak}',
  cadenceTitle: 'Reviewer cadence',
  cadenceHeadline: '{count} reviewers · review latency p50 {p50}, p90 {p90}',
  streakAlerts: '{count} publish streak alerts',
  columnGenerated: 'Preview',
  columnExecution: 'Execution',
  columnWithinTarget: 'Within target',
  columnMeanDelta: 'Mean SLA delta',
  stagesEvaluated: '{evaluated} of {total}',
  columnStagesEvaluated: 'Stages evaluated',
  columnBlocked: 'Blocked stages',
  blockedOfTotal: '{blocked} of {total}',
  columnNewBlockers: 'New blockers',
  columnResolvedBlockers: 'Resolved blockers',
  columnRisk: 'Risk',
  columnLadderLoad: 'Ladder load',
  columnStages: 'Stages',
  columnOverrides: 'Overrides applied',
  columnReviewer: 'Reviewer',
  columnLoadBand: 'Load',
  columnAssigned: 'Assigned',
  columnCompleted: 'Completed',
  columnPending: 'Pending',
  columnLatencyP50: 'Latency p50',
  columnLatencyP90: 'Latency p90',
  columnStreak: 'Publish streak',
  legendCompleted: 'Completed',
  legendPending: 'Pending',
  bandLight: 'Light',
  bandSteady: 'Steady',
  bandSaturated: 'Saturated',
  riskLow: 'Low',
  riskMedium: 'Medium',
  riskHigh: 'High',
  minutesEarly: '{duration} early',
  minutesLate: '{duration} late',
  onTime: 'on time',
};
