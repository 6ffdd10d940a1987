import type { ReversalDiffViewerMessages } from './reversal-diff-viewer-messages';

/** German strings of `reversalDiffViewerMessages`; shipped in `@govkit/react/locales/de`, not in the widget's entry. */
export const reversalDiffViewerMessagesDe: ReversalDiffViewerMessages = {
  title: 'Override zurückgenommen',
  loading: 'Rücknahme wird geladen',
  reversedAt: 'Zurückgenommen am {time}',
  reversedBy: 'von {actor}',
  cooldownUntil: 'Sperrfrist bis {time}',
  cooldownWindow: 'Fenster {minutes} Min.',
  cooldownRemaining: 'noch {duration}',
  cooldownCleared: 'Sperrfrist abgelaufen',
  notes: 'Notizen',
  changes: 'Änderungen',
  field: 'Feld',
  before: 'Vorher',
  after: 'Nachher',
  noChanges: 'Keine Feldänderungen erkannt.',
  noValue: '—',
};
