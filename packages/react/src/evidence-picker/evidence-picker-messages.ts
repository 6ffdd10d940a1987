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

export const evidencePickerMessages: EvidencePickerMessages = {
  title: 'Attach evidence',
  loading: 'Loading evidence',
  emptyTitle: 'No evidence of this type',
  emptyDescription: 'Nothing has been captured for this execution yet. Try another type.',
  noMatchesTitle: 'No loaded evidence matches',
  noMatchesDescription: 'The search looks through the items loaded so far. Load more or clear it.',
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
};
