import type { RunConclusionMessages } from './run-conclusion-messages';

/** German strings of `runConclusionMessages`; shipped in `@govkit/react/locales/de`, not in the widget's entry. */
export const runConclusionMessagesDe: RunConclusionMessages = {
  title: 'Schlussfolgerung',
  loading: 'Schlussfolgerung wird geladen',
  takeaway: 'Kernaussage',
  nextAction: 'Nächster Schritt',
  evidence: 'Belege',
  noEvidence: 'Keine Belege erfasst',
  gatedTakeaway: 'Uns fehlen einige Eingaben, daher ist dieser Snapshot weniger verlässlich.',
  gatedNextAction:
    'Exporte korrigieren (prüfen, dass Rechnungen und Angebote erkannt werden), dann erneut ausführen.',
  dataWarnings: 'Was wir nicht lesen konnten',
  emptyTitle: 'Noch keine Schlussfolgerung',
  emptyDescription:
    'Dieser Snapshot wird noch erstellt. Sehen Sie nach, wenn der Lauf beendet ist.',
};
