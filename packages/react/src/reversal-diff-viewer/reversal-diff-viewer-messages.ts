import type { LocalizedMessages } from '../i18n/message-catalog';

/**
 * Every string of the reversal diff viewer. `{time}`: a formatted date and time; `{actor}`: who
 * reversed (name, else e-mail, else id); `{minutes}`: the cooldown window; `{duration}`: the time
 * left, formatted.
 */
export interface ReversalDiffViewerMessages {
  title: string;
  loading: string;
  reversedAt: string;
  reversedBy: string;
  cooldownUntil: string;
  cooldownWindow: string;
  cooldownRemaining: string;
  cooldownCleared: string;
  notes: string;
  changes: string;
  field: string;
  before: string;
  after: string;
  noChanges: string;
  /** Shown for a value that is null or absent on that side. */
  noValue: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    reversalDiffViewer: ReversalDiffViewerMessages;
  }
}

export const reversalDiffViewerMessages: LocalizedMessages<ReversalDiffViewerMessages> = {
  en: {
    title: 'Override reversed',
    loading: 'Loading the reversal',
    reversedAt: 'Reversed {time}',
    reversedBy: 'by {actor}',
    cooldownUntil: 'Cooldown until {time}',
    cooldownWindow: 'Window {minutes} min',
    cooldownRemaining: '{duration} remaining',
    cooldownCleared: 'Cooldown cleared',
    notes: 'Notes',
    changes: 'Changes',
    field: 'Field',
    before: 'Before',
    after: 'After',
    noChanges: 'No field changes detected.',
    noValue: '—',
  },
  de: {
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
  },
};
