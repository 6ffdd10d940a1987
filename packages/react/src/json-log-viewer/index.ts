'use client';

// @govkit/react/json-log-viewer: the virtualized JSON log viewer, alone.

export { useLineageLogs } from '../lineage/use-lineage-logs';
export {
  ConnectedJsonLogViewer,
  type ConnectedJsonLogViewerProps,
} from './connected-json-log-viewer';
export { JsonLogViewer, type JsonLogViewerProps } from './json-log-viewer';
export { type JsonLogViewerMessages, jsonLogViewerMessages } from './json-log-viewer-messages';
export {
  HighlightedText,
  type HighlightedTextProps,
  JsonLogViewerRoot,
  type JsonLogViewerRootProps,
  JsonLogViewerRow,
  type JsonLogViewerRowProps,
  JsonLogViewerTree,
} from './json-log-viewer-parts';
export {
  ancestorIds,
  copyableValue,
  flattenJsonTree,
  formatJsonPath,
  type JsonNodeKind,
  type JsonPathSegment,
  type JsonSearchMatch,
  type JsonSearchResult,
  type JsonTreeRow,
  searchJson,
} from './json-tree-model';
export { parseJsonPrefix } from './parse-json-prefix';
export { type ReadJsonLogOptions, readJsonLog } from './read-json-log';
export {
  type JsonLogViewerModel,
  type JsonLogViewerScrollRequest,
  type JsonLogViewerState,
  type UseJsonLogViewerOptions,
  useJsonLogViewer,
} from './use-json-log-viewer';
