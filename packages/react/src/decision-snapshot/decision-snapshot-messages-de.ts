import type { DecisionSnapshotMessages } from './decision-snapshot-messages';

/** German strings of `decisionSnapshotMessages`; shipped in `@govkit/react/locales/de`, not in the widget's entry. */
export const decisionSnapshotMessagesDe: DecisionSnapshotMessages = {
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
};
