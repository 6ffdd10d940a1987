import type { StartRunMessages } from './start-run-messages';

/** German strings of `startRunMessages`; shipped in `@govkit/react/locales/de`, not in the widget's entry. */
export const startRunMessagesDe: StartRunMessages = {
  title: 'Snapshot',
  description:
    'Führt die sechs überwachten Schritte auf dem letzten Upload aus. Ein Lauf pro Arbeitsbereich zur Zeit.',
  start: 'Lauf starten',
  startAgain: 'Erneut ausführen',
  running: 'Läuft …',
  finished: 'Der Lauf ist beendet.',
  failedTitle: 'Der Lauf konnte nicht starten',
};
