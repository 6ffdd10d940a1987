import type { LocalizedMessages } from '../i18n/message-catalog';

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

export const decisionTimelineMessages: LocalizedMessages<DecisionTimelineMessages> = {
  en: {
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
    baselineWhat: '{action} · baseline {baseline}',
    approvalSubmitted: 'Baseline submitted for approval',
    approvalApproved: 'Baseline approved',
    approvalRejected: 'Baseline rejected',
    noteReplies: '{count} replies',
    noteState: 'Moderation',
    analyticsWhat: 'Cadence of {reviewer}: {band} load',
    analyticsCounts: '{assigned} assigned · {completed} completed · {pending} pending',
    unknownWhat: 'Event “{type}”',
  },
  de: {
    title: 'Entscheidungsverlauf',
    loading: 'Entscheidungsverlauf wird geladen',
    emptyTitle: 'Noch keine Entscheidungen im Verlauf',
    emptyDescription:
      'Overrides, Rücknahmen, Coaching-Notizen und Baseline-Ereignisse erscheinen hier.',
    noMatchTitle: 'Kein Eintrag passt zu den Filtern',
    noMatchDescription: 'Ändern oder löschen Sie die Filter, um mehr vom Verlauf zu sehen.',
    clearFilters: 'Filter löschen',
    filtersLabel: 'Verlauf filtern',
    filterType: 'Eintragstyp',
    filterTypeAll: 'Alle Typen',
    filterActor: 'Akteur',
    filterActorPlaceholder: 'Name, E-Mail oder ID',
    filterFrom: 'Von',
    filterTo: 'Bis',
    entryCount: '{shown} von {loaded} geladenen Einträgen',
    entryCountMore: 'weitere auf dem Server',
    loadMore: 'Mehr laden',
    loadingMore: 'Weitere Einträge werden geladen …',
    endOfTimeline: 'Anfang des Verlaufs',
    jumpLabel: 'Zu Eintrag springen',
    jumpPlaceholder: 'Eintrags-ID',
    jumpSubmit: 'Springen',
    jumpSearching: '{entryId} wird in älteren Einträgen gesucht …',
    jumpNotFound: 'Kein Eintrag {entryId} in diesem Verlauf.',
    jumpFound: 'Eintrag {entryId} wird angezeigt.',
    liveConnecting: 'Verbinde …',
    live: 'Live',
    liveReconnecting: 'Neue Verbindung in {seconds} …',
    liveOffline: 'Live-Aktualisierung gestoppt',
    liveReconnect: 'Neu verbinden',
    livePaused: 'Nicht live',
    typeOverrideRecommendation: 'Empfehlung',
    typeOverrideAction: 'Override',
    typeOverrideReversal: 'Rücknahme',
    typeBaselineEvent: 'Baseline',
    typeApprovalEvent: 'Freigabe',
    typeCoachingNote: 'Coaching-Notiz',
    typeAnalyticsSnapshot: 'Analyse',
    typeUnknown: 'Anderes Ereignis',
    actorSystem: 'System',
    recommendationWhat: '{action} empfohlen ({rule})',
    recommendationOptedOut: 'Prüfer hat abgelehnt',
    overrideWhat: '{action}: {status}',
    reasonLabel: 'Begründung',
    ruleLabel: 'Regel',
    lineageLabel: 'Herkunft',
    scenarioLabel: 'Szenario',
    notebookLabel: 'Notizbuch',
    reversibleLabel: 'Umkehrbar',
    reversalWhat: 'Override „{action}“ zurückgenommen',
    reversalChanges: '{count} Felder wiederhergestellt',
    cooldownWindow: 'Sperrfrist {minutes} Min.',
    cooldownRemaining: 'Sperrfrist: noch {remaining}',
    cooldownCleared: 'Sperrfrist abgelaufen',
    lockHeld: 'Rücknahmesperre gehalten von {holder} ({tier})',
    lockHeldUnknown: 'Rücknahmesperre aktiv',
    lockReleased: 'Rücknahmesperre freigegeben',
    baselineWhat: '{action} · Baseline {baseline}',
    approvalSubmitted: 'Baseline zur Freigabe eingereicht',
    approvalApproved: 'Baseline freigegeben',
    approvalRejected: 'Baseline abgelehnt',
    noteReplies: '{count} Antworten',
    noteState: 'Moderation',
    analyticsWhat: 'Taktung von {reviewer}: Last {band}',
    analyticsCounts: '{assigned} zugewiesen · {completed} erledigt · {pending} offen',
    unknownWhat: 'Ereignis „{type}“',
  },
};
