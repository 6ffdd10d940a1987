/**
 * Every string of the decision timeline and its entry renderers. Placeholders in braces
 * (`{count}`, `{actor}`, …) are filled by the widget.
 */
export interface DecisionTimelineMessages {
  title: string;
  /** Accessible name of the timeline while it loads. */
  loading: string;
  emptyTitle: string;
  emptyDescription: string;
  noMatchTitle: string;
  noMatchDescription: string;
  clearFilters: string;
  filtersLabel: string;
  filterType: string;
  filterTypeAll: string;
  filterActor: string;
  filterActorPlaceholder: string;
  filterFrom: string;
  filterTo: string;
  /** `{shown}` of `{loaded}` loaded entries. */
  entryCount: string;
  /** Said when more pages exist. */
  entryCountMore: string;
  loadMore: string;
  loadingMore: string;
  endOfTimeline: string;
  jumpLabel: string;
  jumpPlaceholder: string;
  jumpSubmit: string;
  /** `{entryId}`: searching pages that are not loaded yet. */
  jumpSearching: string;
  jumpNotFound: string;
  jumpFound: string;
  liveConnecting: string;
  live: string;
  /** `{seconds}`: the wait before the next connection attempt. */
  liveReconnecting: string;
  liveOffline: string;
  liveReconnect: string;
  livePaused: string;
  typeOverrideRecommendation: string;
  typeOverrideAction: string;
  typeOverrideReversal: string;
  typeBaselineEvent: string;
  typeApprovalEvent: string;
  typeCoachingNote: string;
  typeAnalyticsSnapshot: string;
  typeUnknown: string;
  actorSystem: string;
  /** `{action}` recommended by rule `{rule}`. */
  recommendationWhat: string;
  recommendationOptedOut: string;
  /** `{action}` (the override's action word), `{status}`. */
  overrideWhat: string;
  reasonLabel: string;
  ruleLabel: string;
  lineageLabel: string;
  scenarioLabel: string;
  notebookLabel: string;
  reversibleLabel: string;
  reversalWhat: string;
  /** `{count}` fields changed by the reversal. */
  reversalChanges: string;
  /** `{minutes}`: the enforced cooldown window. */
  cooldownWindow: string;
  /** `{remaining}`: the live countdown of a reversal cooldown. */
  cooldownRemaining: string;
  cooldownCleared: string;
  /** `{holder}` holds the reversal lock (`{tier}`). */
  lockHeld: string;
  lockHeldUnknown: string;
  lockReleased: string;
  /** The lock tiers of the contract (`tier_key`), shown as `{tier}` of `lockHeld`. */
  lockTierPlatformAdmin: string;
  lockTierOverrideActor: string;
  lockTierTargetReviewer: string;
  lockTierExecutionRunner: string;
  /** `{role}`: a team tier (`team:{role}`), the holder's best role on the baseline's team. */
  lockTierTeam: string;
  lockRoleObserver: string;
  lockRoleMember: string;
  lockRoleReviewer: string;
  lockRoleLead: string;
  lockRoleManager: string;
  lockRoleOwner: string;
  /** `{action}` of baseline `{baseline}`. */
  baselineWhat: string;
  approvalSubmitted: string;
  approvalApproved: string;
  approvalRejected: string;
  /** `{count}` replies. */
  noteReplies: string;
  noteState: string;
  /** Reviewer `{reviewer}`, load band `{band}`. */
  analyticsWhat: string;
  analyticsCounts: string;
  /** `{type}` (the unknown entry type word). */
  unknownWhat: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    decisionTimeline: DecisionTimelineMessages;
  }
}

export const decisionTimelineMessages: DecisionTimelineMessages = {
  title: 'Decision timeline',
  loading: 'Loading the decision timeline',
  emptyTitle: 'No decisions on the timeline yet',
  emptyDescription: 'Overrides, reversals, coaching notes and baseline events will show here.',
  noMatchTitle: 'No entry matches the filters',
  noMatchDescription: 'Change or clear the filters to see more of the timeline.',
  clearFilters: 'Clear filters',
  filtersLabel: 'Filter the timeline',
  filterType: 'Entry type',
  filterTypeAll: 'All types',
  filterActor: 'Actor',
  filterActorPlaceholder: 'Name, email or id',
  filterFrom: 'From',
  filterTo: 'To',
  entryCount: '{shown} of {loaded} loaded entries',
  entryCountMore: 'more on the server',
  loadMore: 'Load more',
  loadingMore: 'Loading more entries…',
  endOfTimeline: 'Beginning of the timeline',
  jumpLabel: 'Jump to entry',
  jumpPlaceholder: 'Entry id',
  jumpSubmit: 'Jump',
  jumpSearching: 'Looking for {entryId} in older entries…',
  jumpNotFound: 'No entry {entryId} on this timeline.',
  jumpFound: 'Showing entry {entryId}.',
  liveConnecting: 'Connecting…',
  live: 'Live',
  liveReconnecting: 'Reconnecting in {seconds}…',
  liveOffline: 'Live updates stopped',
  liveReconnect: 'Reconnect',
  livePaused: 'Not live',
  typeOverrideRecommendation: 'Recommendation',
  typeOverrideAction: 'Override',
  typeOverrideReversal: 'Reversal',
  typeBaselineEvent: 'Baseline',
  typeApprovalEvent: 'Approval',
  typeCoachingNote: 'Coaching note',
  typeAnalyticsSnapshot: 'Analytics',
  typeUnknown: 'Other event',
  actorSystem: 'System',
  recommendationWhat: 'Recommended {action} ({rule})',
  recommendationOptedOut: 'Reviewer opted out',
  overrideWhat: '{action}: {status}',
  reasonLabel: 'Reason',
  ruleLabel: 'Rule',
  lineageLabel: 'Lineage',
  scenarioLabel: 'Scenario',
  notebookLabel: 'Notebook',
  reversibleLabel: 'Reversible',
  reversalWhat: 'Reversed the {action} override',
  reversalChanges: '{count} fields restored',
  cooldownWindow: 'Cooldown window {minutes} min',
  cooldownRemaining: 'Cooldown: {remaining} left',
  cooldownCleared: 'Cooldown cleared',
  lockHeld: 'Reversal lock held by {holder} ({tier})',
  lockHeldUnknown: 'Reversal lock held',
  lockReleased: 'Reversal lock released',
  lockTierPlatformAdmin: 'Platform admin',
  lockTierOverrideActor: 'Override actor',
  lockTierTargetReviewer: 'Target reviewer',
  lockTierExecutionRunner: 'Execution runner',
  lockTierTeam: 'Team {role}',
  lockRoleObserver: 'observer',
  lockRoleMember: 'member',
  lockRoleReviewer: 'reviewer',
  lockRoleLead: 'lead',
  lockRoleManager: 'manager',
  lockRoleOwner: 'owner',
  baselineWhat: '{action} · baseline {baseline}',
  approvalSubmitted: 'Baseline submitted for approval',
  approvalApproved: 'Baseline approved',
  approvalRejected: 'Baseline rejected',
  noteReplies: '{count} replies',
  noteState: 'Moderation',
  analyticsWhat: 'Cadence of {reviewer}: {band} load',
  analyticsCounts: '{assigned} assigned · {completed} completed · {pending} pending',
  unknownWhat: 'Event “{type}”',
};
