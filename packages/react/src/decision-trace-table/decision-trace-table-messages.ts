/** Every string of the decision trace table. `{count}`/`{total}` are formatted numbers. */
export interface DecisionTraceMessages {
  title: string;
  loading: string;
  columnTime: string;
  columnKind: string;
  columnEventType: string;
  columnDecision: string;
  columnReason: string;
  kindAudit: string;
  kindEvent: string;
  filterKind: string;
  filterEventType: string;
  filterAll: string;
  search: string;
  searchPlaceholder: string;
  sortAscending: string;
  sortDescending: string;
  showJson: string;
  hideJson: string;
  openDecision: string;
  noReason: string;
  noDecision: string;
  /** `{count}` rows shown of `{total}` loaded. */
  rowCount: string;
  loadMore: string;
  loadingMore: string;
  allLoaded: string;
  exportLabel: string;
  exportLoadedCsv: string;
  exportLoadedJson: string;
  exportAllCsv: string;
  exportAllJson: string;
  exporting: string;
  /** `{count}` rows exported. */
  exported: string;
  exportFailed: string;
  emptyTitle: string;
  emptyDescription: string;
  noMatchTitle: string;
  noMatchDescription: string;
  clearFilters: string;
  notFoundTitle: string;
  notFoundDetail: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    decisionTrace: DecisionTraceMessages;
  }
}

export const decisionTraceMessages: DecisionTraceMessages = {
  title: 'Decision trace of task {taskId}',
  loading: 'Loading the decision trace of task {taskId}',
  columnTime: 'Time',
  columnKind: 'Kind',
  columnEventType: 'Event type',
  columnDecision: 'Decision',
  columnReason: 'Reason',
  kindAudit: 'Supervisor audit',
  kindEvent: 'Task event',
  filterKind: 'Kind',
  filterEventType: 'Event type',
  filterAll: 'All',
  search: 'Search',
  searchPlaceholder: 'Event type, decision, reason…',
  sortAscending: 'sorted ascending',
  sortDescending: 'sorted descending',
  showJson: 'Show JSON',
  hideJson: 'Hide JSON',
  openDecision: 'Open decision {decisionId}',
  noReason: 'No reason given',
  noDecision: '—',
  rowCount: '{count} of {total} loaded rows',
  loadMore: 'Load more',
  loadingMore: 'Loading more rows…',
  allLoaded: 'Whole trace loaded',
  exportLabel: 'Export',
  exportLoadedCsv: 'Shown rows as CSV',
  exportLoadedJson: 'Shown rows as JSON',
  exportAllCsv: 'Whole trace as CSV',
  exportAllJson: 'Whole trace as JSON',
  exporting: 'Exporting… {count} rows so far',
  exported: '{count} rows exported',
  exportFailed: 'Export failed: {detail}',
  emptyTitle: 'No decisions or events yet',
  emptyDescription: 'The trace fills as the supervisor handles this task.',
  noMatchTitle: 'No rows match',
  noMatchDescription: 'Change the filters or the search to see more of the loaded trace.',
  clearFilters: 'Clear filters',
  notFoundTitle: 'Task not found',
  notFoundDetail: 'There is no task {taskId}, or you are not allowed to see it.',
};
