import type { TaskSummaryMessages } from './task-summary-card-messages';

/** German strings of `taskSummaryMessages`; shipped in `@govkit/react/locales/de`, not in the widget's entry. */
export const taskSummaryMessagesDe: TaskSummaryMessages = {
  title: 'Aufgabe {taskId}',
  loading: 'Governance-Übersicht der Aufgabe {taskId} wird geladen',
  status: 'Status',
  lastDecision: 'Letzte Entscheidung',
  lastDecisionNone: 'Noch keine Entscheidung',
  blockedReason: 'Blockierungsgrund',
  blockedReasonNone: 'Nicht blockiert',
  inboxBacklog: 'Posteingang (offen)',
  decisionCount: 'Entscheidungen',
  notFoundTitle: 'Aufgabe nicht gefunden',
  notFoundDetail: 'Die Aufgabe {taskId} gibt es nicht, oder Sie dürfen sie nicht sehen.',
  emptyTitle: 'Noch keine Entscheidungen',
  emptyDescription: 'Der Supervisor hat über diese Aufgabe bisher nicht entschieden.',
  decisionAllow: 'Erlaubt',
  decisionBlock: 'Blockiert',
  decisionPause: 'Pausiert',
  decisionRetry: 'Wiederholung empfohlen',
  decisionRequireReview: 'Prüfung erforderlich',
  decisionError: 'Fehler',
};
