/**
 * Every string of the JSON log viewer. Placeholders: `{count}` a number of entries or matches,
 * `{current}` / `{total}` the match position, `{path}` a JSONPath, `{detail}` a parser message.
 */
export interface JsonLogViewerMessages {
  /** Accessible name of the tree. */
  label: string;
  loading: string;
  /** While the first rows show and the rest of the log still loads and parses. */
  loadingRest: string;
  searchLabel: string;
  searchPlaceholder: string;
  previousMatch: string;
  nextMatch: string;
  /** `{current}` of `{total}` matches. */
  matchPosition: string;
  /** When the search stopped at its limit: `{total}`+. */
  matchPositionCapped: string;
  noMatches: string;
  expandAll: string;
  collapseAll: string;
  copyPath: string;
  copyValue: string;
  copiedPath: string;
  copiedValue: string;
  copyFailed: string;
  /** Summary of a collapsed object: `{count}` keys. */
  objectSummary: string;
  /** Summary of a collapsed array: `{count}` items. */
  arraySummary: string;
  emptyTitle: string;
  emptyDescription: string;
  invalidTitle: string;
  /** `{detail}`: the JSON parser's message. */
  invalidDetail: string;
  /** Events loaded so far: `{count}` of `{total}`. */
  eventsLoaded: string;
  loadMoreEvents: string;
  truncatedNotice: string;
  notFoundTitle: string;
  notFoundDetail: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    jsonLogViewer: JsonLogViewerMessages;
  }
}

export const jsonLogViewerMessages: JsonLogViewerMessages = {
  label: 'Pipeline log',
  loading: 'Loading the log…',
  loadingRest: 'Showing the first entries; loading the rest of the log…',
  searchLabel: 'Search in log',
  searchPlaceholder: 'Search keys and values',
  previousMatch: 'Previous match',
  nextMatch: 'Next match',
  matchPosition: '{current} of {total}',
  matchPositionCapped: '{current} of {total}+',
  noMatches: 'No matches',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  copyPath: 'Copy path',
  copyValue: 'Copy value',
  copiedPath: 'Copied path {path}',
  copiedValue: 'Copied the value of {path}',
  copyFailed: 'Could not copy to the clipboard',
  objectSummary: '{count} keys',
  arraySummary: '{count} items',
  emptyTitle: 'The log is empty',
  emptyDescription: 'This pipeline run recorded no log entries.',
  invalidTitle: 'This log is not valid JSON',
  invalidDetail: 'The parser stopped with: {detail}',
  eventsLoaded: '{count} of {total} events loaded',
  loadMoreEvents: 'Load more events',
  truncatedNotice: 'The stored log was truncated to fit 2 MB: the first and last entries are kept.',
  notFoundTitle: 'Log not found',
  notFoundDetail: 'There is no lineage with this id, or it was deleted.',
};
