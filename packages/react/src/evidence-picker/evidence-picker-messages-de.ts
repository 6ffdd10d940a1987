import type { EvidencePickerMessages } from './evidence-picker-messages';

/** German strings of `evidencePickerMessages`; shipped in `@govkit/react/locales/de`, not in the widget's entry. */
export const evidencePickerMessagesDe: EvidencePickerMessages = {
  title: 'Nachweise anhängen',
  loading: 'Nachweise werden geladen',
  emptyTitle: 'Keine Nachweise dieses Typs',
  emptyDescription:
    'Für diese Ausführung wurde noch nichts erfasst. Versuchen Sie einen anderen Typ.',
  noMatchesTitle: 'Kein geladener Nachweis passt',
  noMatchesDescription:
    'Die Suche durchsucht die bisher geladenen Einträge. Laden Sie weitere oder leeren Sie sie.',
  type: 'Nachweistyp',
  search: 'Geladene Einträge durchsuchen',
  searchHint: 'Filtert die bisher geladenen Einträge nach Bezeichnung.',
  listLabel: 'Anzuhängende Nachweise',
  attached: 'Angehängt',
  selectedCount: '{count} ausgewählt',
  loadMore: 'Weitere laden',
  loadingMore: 'Weitere werden geladen …',
  allLoaded: 'Alle Nachweise geladen.',
  attach: '{count} Einträge anhängen',
  attachOne: '1 Eintrag anhängen',
  attaching: 'Wird angehängt …',
  attachedDone: '{count} Einträge an eine neue Exportversion angehängt.',
  attachedDoneOne: '1 Eintrag an eine neue Exportversion angehängt.',
  clearSelection: 'Auswahl aufheben',
  refusedTitle: 'Die Nachweise wurden nicht angehängt',
  refusedDetail:
    'Ihre Auswahl bleibt erhalten: Beheben Sie die Ursache und hängen Sie sie erneut an.',
  typeNotebookEntry: 'Notizbucheintrag',
  typeAnalyticsSnapshot: 'Analyse-Snapshot',
  typeQcMetric: 'QC-Kennzahl',
  typeRemediationReport: 'Nachbesserungsbericht',
};
