import type { LocalizedMessages } from '../i18n/message-catalog';

/**
 * Every string of the evidence attachment picker (`…One` is the singular of the message before
 * it). `{count}` is a number, `{label}` an item's
 * label, `{time}` a formatted date.
 */
export interface EvidencePickerMessages {
  title: string;
  loading: string;
  emptyTitle: string;
  emptyDescription: string;
  noMatchesTitle: string;
  noMatchesDescription: string;
  type: string;
  search: string;
  searchHint: string;
  listLabel: string;
  attached: string;
  selectedCount: string;
  loadMore: string;
  loadingMore: string;
  allLoaded: string;
  attach: string;
  attachOne: string;
  attaching: string;
  attachedDone: string;
  attachedDoneOne: string;
  clearSelection: string;
  refusedTitle: string;
  refusedDetail: string;
  typeNotebookEntry: string;
  typeAnalyticsSnapshot: string;
  typeQcMetric: string;
  typeRemediationReport: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    evidencePicker: EvidencePickerMessages;
  }
}

export const evidencePickerMessages: LocalizedMessages<EvidencePickerMessages> = {
  en: {
    title: 'Attach evidence',
    loading: 'Loading evidence',
    emptyTitle: 'No evidence of this type',
    emptyDescription: 'Nothing has been captured for this execution yet. Try another type.',
    noMatchesTitle: 'No loaded evidence matches',
    noMatchesDescription:
      'The search looks through the items loaded so far. Load more or clear it.',
    type: 'Evidence type',
    search: 'Search loaded items',
    searchHint: 'Filters the items loaded so far by label.',
    listLabel: 'Evidence to attach',
    attached: 'Attached',
    selectedCount: '{count} selected',
    loadMore: 'Load more',
    loadingMore: 'Loading more…',
    allLoaded: 'All evidence loaded.',
    attach: 'Attach {count} items',
    attachOne: 'Attach 1 item',
    attaching: 'Attaching…',
    attachedDone: 'Attached {count} items to a new export version.',
    attachedDoneOne: 'Attached 1 item to a new export version.',
    clearSelection: 'Clear selection',
    refusedTitle: 'The evidence was not attached',
    refusedDetail: 'Your selection is kept: fix the cause and attach again.',
    typeNotebookEntry: 'Notebook entry',
    typeAnalyticsSnapshot: 'Analytics snapshot',
    typeQcMetric: 'QC metric',
    typeRemediationReport: 'Remediation report',
  },
  de: {
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
  },
};
