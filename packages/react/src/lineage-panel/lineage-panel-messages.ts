import type { LocalizedMessages } from '../i18n/message-catalog';

/**
 * Every string of the lineage panel. Placeholders: `{reportId}`, `{page}`, `{received}` /
 * `{total}` (sizes), `{percent}`, `{limit}` (a size), `{count}`.
 */
export interface LineagePanelMessages {
  title: string;
  loading: string;
  statsLabel: string;
  totalRecords: string;
  recentRecords: string;
  storageUsed: string;
  mostUsedTemplate: string;
  mostUsedTemplateNone: string;
  searchLabel: string;
  leadId: string;
  pipelineRunId: string;
  templateVersion: string;
  startDate: string;
  endDate: string;
  search: string;
  clear: string;
  dateRangeInvalid: string;
  resultsLabel: string;
  columnReport: string;
  columnLead: string;
  columnRun: string;
  columnTemplate: string;
  columnCreated: string;
  columnSize: string;
  emptyTitle: string;
  emptyDescription: string;
  previousPage: string;
  nextPage: string;
  pageLabel: string;
  detailsTitle: string;
  detailsHint: string;
  triplet: string;
  pipelineDuration: string;
  rawSize: string;
  compressedSize: string;
  compressionRatio: string;
  accessCount: string;
  lastAccess: string;
  lastAccessNever: string;
  created: string;
  viewLogs: string;
  hideLogs: string;
  download: string;
  downloadCancel: string;
  downloadProgress: string;
  downloadProgressUnknown: string;
  downloadDone: string;
  downloadTooLarge: string;
  auditTitle: string;
  auditTime: string;
  auditAction: string;
  auditUser: string;
  auditIp: string;
  auditUserAgent: string;
  auditAnonymous: string;
  auditEmpty: string;
  auditMore: string;
  actionViewLineage: string;
  actionViewLogs: string;
  actionDownload: string;
  actionSearch: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    lineagePanel: LineagePanelMessages;
  }
}

export const lineagePanelMessages: LocalizedMessages<LineagePanelMessages> = {
  en: {
    title: 'Report lineage',
    loading: 'Loading report lineage…',
    statsLabel: 'Lineage statistics',
    totalRecords: 'Total records',
    recentRecords: 'Last 24 hours',
    storageUsed: 'Storage used',
    mostUsedTemplate: 'Most used template',
    mostUsedTemplateNone: 'None yet',
    searchLabel: 'Search lineage',
    leadId: 'Lead ID',
    pipelineRunId: 'Pipeline run ID',
    templateVersion: 'Template version',
    startDate: 'From',
    endDate: 'To',
    search: 'Search',
    clear: 'Clear',
    dateRangeInvalid: 'The start date is after the end date.',
    resultsLabel: 'Lineage records',
    columnReport: 'Report',
    columnLead: 'Lead',
    columnRun: 'Pipeline run',
    columnTemplate: 'Template',
    columnCreated: 'Created',
    columnSize: 'Compressed size',
    emptyTitle: 'No lineage records',
    emptyDescription: 'No report matches these filters. Clear them to see every record.',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pageLabel: 'Page {page}',
    detailsTitle: 'Lineage of report {reportId}',
    detailsHint: 'Choose a report to see its lineage, logs, raw inputs and access trail.',
    triplet: 'Lineage triplet',
    pipelineDuration: 'Pipeline duration',
    rawSize: 'Raw size',
    compressedSize: 'Compressed size',
    compressionRatio: 'Compression (saved)',
    accessCount: 'Accesses',
    lastAccess: 'Last access',
    lastAccessNever: 'Never',
    created: 'Captured',
    viewLogs: 'View logs',
    hideLogs: 'Hide logs',
    download: 'Download raw inputs',
    downloadCancel: 'Cancel download',
    downloadProgress: '{received} of {total}',
    downloadProgressUnknown: '{received} received',
    downloadDone: 'Saved {filename}',
    downloadTooLarge: 'The download is larger than the {limit} limit and was stopped.',
    auditTitle: 'Access trail',
    auditTime: 'Time',
    auditAction: 'Action',
    auditUser: 'User',
    auditIp: 'IP address',
    auditUserAgent: 'User agent',
    auditAnonymous: 'Anonymous',
    auditEmpty: 'Nobody has accessed this lineage yet.',
    auditMore: 'Show older accesses',
    actionViewLineage: 'Viewed lineage',
    actionViewLogs: 'Viewed logs',
    actionDownload: 'Downloaded raw inputs',
    actionSearch: 'Found in a search',
  },
  de: {
    title: 'Bericht-Lineage',
    loading: 'Bericht-Lineage wird geladen …',
    statsLabel: 'Lineage-Statistik',
    totalRecords: 'Einträge gesamt',
    recentRecords: 'Letzte 24 Stunden',
    storageUsed: 'Belegter Speicher',
    mostUsedTemplate: 'Häufigste Vorlage',
    mostUsedTemplateNone: 'Noch keine',
    searchLabel: 'Lineage durchsuchen',
    leadId: 'Lead-ID',
    pipelineRunId: 'Pipeline-Lauf-ID',
    templateVersion: 'Vorlagenversion',
    startDate: 'Von',
    endDate: 'Bis',
    search: 'Suchen',
    clear: 'Zurücksetzen',
    dateRangeInvalid: 'Das Startdatum liegt nach dem Enddatum.',
    resultsLabel: 'Lineage-Einträge',
    columnReport: 'Bericht',
    columnLead: 'Lead',
    columnRun: 'Pipeline-Lauf',
    columnTemplate: 'Vorlage',
    columnCreated: 'Erstellt',
    columnSize: 'Komprimierte Größe',
    emptyTitle: 'Keine Lineage-Einträge',
    emptyDescription:
      'Kein Bericht passt zu diesen Filtern. Setzen Sie sie zurück, um alle Einträge zu sehen.',
    previousPage: 'Vorherige Seite',
    nextPage: 'Nächste Seite',
    pageLabel: 'Seite {page}',
    detailsTitle: 'Lineage von Bericht {reportId}',
    detailsHint:
      'Wählen Sie einen Bericht, um Lineage, Protokolle, Rohdaten und Zugriffsprotokoll zu sehen.',
    triplet: 'Lineage-Tripel',
    pipelineDuration: 'Pipeline-Dauer',
    rawSize: 'Rohgröße',
    compressedSize: 'Komprimierte Größe',
    compressionRatio: 'Kompression (gespart)',
    accessCount: 'Zugriffe',
    lastAccess: 'Letzter Zugriff',
    lastAccessNever: 'Nie',
    created: 'Erfasst',
    viewLogs: 'Protokolle anzeigen',
    hideLogs: 'Protokolle ausblenden',
    download: 'Rohdaten herunterladen',
    downloadCancel: 'Download abbrechen',
    downloadProgress: '{received} von {total}',
    downloadProgressUnknown: '{received} empfangen',
    downloadDone: '{filename} gespeichert',
    downloadTooLarge: 'Der Download ist größer als das Limit von {limit} und wurde abgebrochen.',
    auditTitle: 'Zugriffsprotokoll',
    auditTime: 'Zeit',
    auditAction: 'Aktion',
    auditUser: 'Benutzer',
    auditIp: 'IP-Adresse',
    auditUserAgent: 'User-Agent',
    auditAnonymous: 'Anonym',
    auditEmpty: 'Bisher hat niemand auf diese Lineage zugegriffen.',
    auditMore: 'Ältere Zugriffe anzeigen',
    actionViewLineage: 'Lineage angesehen',
    actionViewLogs: 'Protokolle angesehen',
    actionDownload: 'Rohdaten heruntergeladen',
    actionSearch: 'In einer Suche gefunden',
  },
};
