import type { LocalizedMessages } from '../i18n/message-catalog';

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

export const decisionSnapshotMessages: LocalizedMessages<DecisionSnapshotMessages> = {
  en: {
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
  },
  de: {
    title: 'Entscheidung {decisionId}',
    loading: 'Entscheidung {decisionId} wird geladen',
    policy: 'Richtlinie',
    sourceEvent: 'Auslösendes Ereignis',
    sourceEventText: '{type} über {source}, ID {id}',
    decision: 'Entscheidung',
    reason: 'Grund',
    noReason: 'Kein Grund angegeben',
    decisionTime: 'Entscheidungsdauer',
    inputs: 'Eingaben',
    findings: 'Befunde',
    noFindings: 'Keine Befunde',
    evidence: 'Belege',
    noEvidence: 'Keine Belege erfasst',
    actions: 'Maßnahmen',
    noActions: 'Keine Maßnahmen ergriffen',
    metrics: 'Messwerte',
    noMetrics: 'Keine Messwerte erfasst',
    unknown: 'Nicht erfasst',
    rawPayload:
      'Diese Entscheidung wurde in einem Format gespeichert, das govkit nicht kennt; ihr Rohinhalt:',
    notFoundTitle: 'Entscheidung nicht gefunden',
    notFoundDetail:
      'Die Entscheidung {decisionId} gibt es nicht. Entscheidungen des ursprünglichen Supervisors haben keine abrufbare ID.',
    emptyTitle: 'Kein Snapshot gespeichert',
    emptyDescription: 'Der Supervisor hat zu dieser Entscheidung keinen Snapshot gespeichert.',
  },
};
