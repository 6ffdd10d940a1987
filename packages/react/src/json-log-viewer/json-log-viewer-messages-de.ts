import type { JsonLogViewerMessages } from './json-log-viewer-messages';

/** German strings of `jsonLogViewerMessages`; shipped in `@govkit/react/locales/de`, not in the widget's entry. */
export const jsonLogViewerMessagesDe: JsonLogViewerMessages = {
  label: 'Pipeline-Protokoll',
  loading: 'Protokoll wird geladen …',
  loadingRest: 'Die ersten Einträge werden gezeigt; der Rest des Protokolls wird geladen …',
  searchLabel: 'Im Protokoll suchen',
  searchPlaceholder: 'Schlüssel und Werte durchsuchen',
  previousMatch: 'Vorheriger Treffer',
  nextMatch: 'Nächster Treffer',
  matchPosition: '{current} von {total}',
  matchPositionCapped: '{current} von {total}+',
  noMatches: 'Keine Treffer',
  expandAll: 'Alle aufklappen',
  collapseAll: 'Alle zuklappen',
  copyPath: 'Pfad kopieren',
  copyValue: 'Wert kopieren',
  copiedPath: 'Pfad {path} kopiert',
  copiedValue: 'Wert von {path} kopiert',
  copyFailed: 'Kopieren in die Zwischenablage fehlgeschlagen',
  objectSummary: '{count} Schlüssel',
  arraySummary: '{count} Einträge',
  emptyTitle: 'Das Protokoll ist leer',
  emptyDescription: 'Dieser Pipeline-Lauf hat keine Protokolleinträge aufgezeichnet.',
  invalidTitle: 'Dieses Protokoll ist kein gültiges JSON',
  invalidDetail: 'Der Parser brach ab mit: {detail}',
  eventsLoaded: '{count} von {total} Ereignissen geladen',
  loadMoreEvents: 'Weitere Ereignisse laden',
  truncatedNotice:
    'Das gespeicherte Protokoll wurde auf 2 MB gekürzt: die ersten und letzten Einträge bleiben erhalten.',
  notFoundTitle: 'Protokoll nicht gefunden',
  notFoundDetail: 'Es gibt keine Lineage mit dieser ID, oder sie wurde gelöscht.',
};
