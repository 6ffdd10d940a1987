/** Every string of the decision snapshot view. */
export interface DecisionSnapshotMessages {
  title: string;
  loading: string;
  policy: string;
  sourceEvent: string;
  /** `{type}` from `{source}`, id `{id}`. */
  sourceEventText: string;
  decision: string;
  reason: string;
  noReason: string;
  decisionTime: string;
  inputs: string;
  findings: string;
  noFindings: string;
  evidence: string;
  noEvidence: string;
  actions: string;
  noActions: string;
  metrics: string;
  noMetrics: string;
  unknown: string;
  /** Shown above a payload govkit does not recognise (neither frozen nor legacy). */
  rawPayload: string;
  notFoundTitle: string;
  notFoundDetail: string;
  emptyTitle: string;
  emptyDescription: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    decisionSnapshot: DecisionSnapshotMessages;
  }
}

export const decisionSnapshotMessages: DecisionSnapshotMessages = {
  title: 'Decision {decisionId}',
  loading: 'Loading decision {decisionId}',
  policy: 'Policy',
  sourceEvent: 'Source event',
  sourceEventText: '{type} from {source}, id {id}',
  decision: 'Decision',
  reason: 'Reason',
  noReason: 'No reason given',
  decisionTime: 'Decision time',
  inputs: 'Inputs',
  findings: 'Findings',
  noFindings: 'No findings',
  evidence: 'Evidence',
  noEvidence: 'No evidence recorded',
  actions: 'Actions',
  noActions: 'No actions taken',
  metrics: 'Metrics',
  noMetrics: 'No metrics recorded',
  unknown: 'Not recorded',
  rawPayload: 'This decision was stored in a format govkit does not know; its raw content:',
  notFoundTitle: 'Decision not found',
  notFoundDetail:
    'There is no decision {decisionId}. Decisions written by the original supervisor have no id to look up.',
  emptyTitle: 'No snapshot stored',
  emptyDescription: 'The supervisor stored no snapshot with this decision.',
};
