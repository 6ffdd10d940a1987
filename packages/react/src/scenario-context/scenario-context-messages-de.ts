import type { ScenarioContextMessages } from './scenario-context-messages';

/** German strings of `scenarioContextMessages`; shipped in `@govkit/react/locales/de`, not in the widget's entry. */
export const scenarioContextMessagesDe: ScenarioContextMessages = {
  title: 'Herkunftskontext',
  loading: 'Herkunftskontext wird geladen',
  capturedByAt: '{actor} • {time}',
  capturedBy: 'Erfasst von {actor}',
  capturedAt: 'Erfasst am {time}',
  scenario: 'Szenario',
  folder: 'Ordner: {folder}',
  notebookEntry: 'Notizbucheintrag',
  execution: 'Ausführung: {execution}',
  metadata: 'Metadaten',
  backfilled: 'Nachgetragen',
  backfilledHint:
    'Von der Herkunftsnachtragung aus einem älteren Datensatz rekonstruiert; prüfen Sie ihn, wenn Auswertungen unvollständig wirken.',
};
