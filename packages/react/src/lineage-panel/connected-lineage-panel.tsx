import { useState } from 'react';
import { useControllableState } from '../internal/use-controllable-state';
import {
  useLineageAudit,
  useLineageRecord,
  useLineageSearch,
  useLineageStats,
} from '../lineage/use-lineage-queries';
import {
  type UseRawInputsDownloadOptions,
  useRawInputsDownload,
} from '../lineage/use-raw-inputs-download';
import { LineagePanel, type LineagePanelProps } from './lineage-panel';
import {
  EMPTY_LINEAGE_FILTERS,
  type LineagePanelFilters,
  lineageSearchParams,
} from './use-lineage-panel';

export interface ConnectedLineagePanelProps
  extends Omit<
      LineagePanelProps,
      | 'stats'
      | 'statsError'
      | 'records'
      | 'recordsError'
      | 'pageIndex'
      | 'hasNextPage'
      | 'onNextPage'
      | 'onPreviousPage'
      | 'selectedRecord'
      | 'audit'
      | 'auditError'
      | 'hasMoreAudit'
      | 'onMoreAudit'
      | 'download'
      | 'onDownload'
      | 'onCancelDownload'
      | 'onRetry'
    >,
    UseRawInputsDownloadOptions {
  /** Open the lineage of this report (`report_generation_id`) at once. */
  reportId?: string | undefined;
  /** Records per page (1–1000). Default 20, as the seed's panel. */
  pageSize?: number | undefined;
}

/**
 * The lineage panel over the provider's client: stats, search with cursor paging (Previous goes
 * back through the cursors seen), the chosen lineage's access trail, and the raw-inputs download
 * with progress and the SDK's 2 MB cap. Views, logs and downloads are audited by the server.
 */
export function ConnectedLineagePanel({
  reportId,
  pageSize = 20,
  maxBytes,
  onFile,
  ...props
}: ConnectedLineagePanelProps) {
  const [filters, setFilters] = useControllableState<LineagePanelFilters>({
    prop: props.filters,
    defaultProp: { ...EMPTY_LINEAGE_FILTERS, ...props.defaultFilters },
    onChange: props.onFiltersChange,
    caller: 'ConnectedLineagePanel',
  });
  // Cursors of the pages before the current one; a new search starts over.
  const [cursors, setCursors] = useState<{ filters: LineagePanelFilters; stack: string[] }>({
    filters,
    stack: [],
  });
  const stack = cursors.filters === filters ? cursors.stack : [];
  const search = useLineageSearch(lineageSearchParams(filters, pageSize), stack.at(-1));
  const stats = useLineageStats();
  const record = useLineageRecord(reportId);
  const [selectedId, setSelectedId] = useControllableState<string | undefined>({
    prop: props.selectedId,
    defaultProp: props.defaultSelectedId,
    onChange: (id) => {
      if (id !== undefined) props.onSelectedIdChange?.(id);
    },
    caller: 'ConnectedLineagePanel',
  });
  const effectiveId = selectedId ?? record.data?.lineage_id;
  const audit = useLineageAudit(effectiveId);
  const download = useRawInputsDownload({ maxBytes, onFile });
  const records = search.data?.items;
  const selectedRecord =
    records?.find((r) => r.lineage_id === effectiveId) ??
    (record.data?.lineage_id === effectiveId ? record.data : undefined);
  const nextCursor = search.data?.next_cursor;

  return (
    <LineagePanel
      {...props}
      filters={filters}
      onFiltersChange={setFilters}
      selectedId={effectiveId}
      onSelectedIdChange={setSelectedId}
      stats={stats.data}
      statsError={stats.error ?? undefined}
      records={records}
      recordsError={search.error ?? record.error ?? undefined}
      pageIndex={stack.length}
      hasNextPage={Boolean(nextCursor)}
      onNextPage={() => {
        if (nextCursor) setCursors({ filters, stack: [...stack, nextCursor] });
      }}
      onPreviousPage={() => setCursors({ filters, stack: stack.slice(0, -1) })}
      selectedRecord={selectedRecord}
      audit={audit.data?.pages.flatMap((page) => page.items)}
      auditError={audit.error ?? undefined}
      hasMoreAudit={audit.hasNextPage}
      onMoreAudit={() => void audit.fetchNextPage()}
      download={download}
      onDownload={(r) => void download.start(r.lineage_id)}
      onCancelDownload={download.cancel}
      onRetry={() => {
        if (stats.error) void stats.refetch();
        if (search.error) void search.refetch();
        if (record.error) void record.refetch();
        if (audit.error) void audit.refetch();
      }}
    />
  );
}
