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

export const lineagePanelMessages: LineagePanelMessages = {
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
};
