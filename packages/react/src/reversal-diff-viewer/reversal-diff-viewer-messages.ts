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

export const reversalDiffViewerMessages: ReversalDiffViewerMessages = {
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
};
