'use client';

// @govkit/react/lineage-panel: the report lineage panel, alone. Its logs slot takes
// any element; pair it with @govkit/react/json-log-viewer (a separate entry, its own budget).

export {
  type LineageSearchFilters,
  useLineageAudit,
  useLineageRecord,
  useLineageSearch,
  useLineageStats,
} from '../lineage/use-lineage-queries';
export {
  type RawInputsDownload,
  type RawInputsDownloadState,
  type RawInputsDownloadStatus,
  type UseRawInputsDownloadOptions,
  useRawInputsDownload,
} from '../lineage/use-raw-inputs-download';
export {
  ConnectedLineagePanel,
  type ConnectedLineagePanelProps,
} from './connected-lineage-panel';
export { LineagePanel, type LineagePanelProps } from './lineage-panel';
export { type LineagePanelMessages, lineagePanelMessages } from './lineage-panel-messages';
export {
  LineageFieldItem,
  type LineageFieldItemProps,
  LineagePanelRoot,
  type LineagePanelRootProps,
  type LineagePanelState,
  LineageTime,
  type LineageTimeProps,
} from './lineage-panel-parts';
export {
  EMPTY_LINEAGE_FILTERS,
  type LineageField,
  type LineageFieldId,
  type LineagePanelFilters,
  type LineagePanelModel,
  type LineageStatId,
  lineageSearchParams,
  rawSizeOf,
  type UseLineagePanelOptions,
  useLineagePanel,
} from './use-lineage-panel';
