import type { RunLockMessages } from './run-lock-messages';

/** German strings of `runLockMessages`; shipped in `@govkit/react/locales/de`, not in the widget's entry. */
export const runLockMessagesDe: RunLockMessages = {
  lockHeld:
    'Für diesen Arbeitsbereich läuft bereits ein Snapshot. Bitte warten Sie einen Moment und laden Sie neu.',
  refresh: 'Neu laden',
  inspectorTitle: 'Lauf-Sperre',
  loading: 'Lauf-Sperre wird geladen',
  holder: 'Inhaber',
  fencingToken: 'Fencing-Token',
  fencingTokenValue: '#{token}',
  acquired: 'Erworben',
  expires: 'Läuft ab',
  timeLeft: 'Verbleibend',
  expired: 'Abgelaufen',
  statusLive: 'Gehalten',
  statusExpired: 'Abgelaufen',
  freeTitle: 'Kein Lauf hält diesen Arbeitsbereich',
  freeDescription: 'Ein neuer Lauf kann jetzt starten.',
  expiredDescription:
    'Der Inhaber hat die Sperre nicht rechtzeitig freigegeben. Der nächste Lauf übernimmt sie.',
  release: 'Sperre freigeben',
  releasing: 'Wird freigegeben …',
  releaseFailed: 'Die Sperre konnte nicht freigegeben werden.',
};
