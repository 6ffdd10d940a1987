import type { LineageAuditEntry, LineageRecord, LineageStats } from '@govkit/sdk';
import { type SyntheticEvent, useState } from 'react';
import { commonMessages } from '../i18n/common-messages';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import { useControllableState } from '../internal/use-controllable-state';
import type { LineageSearchFilters } from '../lineage/use-lineage-queries';
import { parseTimestamp } from '../shared/parse-timestamp';
import { useFormat } from '../shared/use-format';
import { type LineagePanelMessages, lineagePanelMessages } from './lineage-panel-messages';

/** The search form's values; dates are calendar days (`YYYY-MM-DD`, UTC), `''` means unset. */
export interface LineagePanelFilters {
  lead_id: string;
  pipeline_run_id: string;
  template_version_id: string;
  start_date: string;
  end_date: string;
}

export const EMPTY_LINEAGE_FILTERS: LineagePanelFilters = {
  lead_id: '',
  pipeline_run_id: '',
  template_version_id: '',
  start_date: '',
  end_date: '',
};

/**
 * The search parameters of form filters: empty fields dropped, the day range made inclusive in
 * UTC (`start_date` from 00:00:00, `end_date` up to 23:59:59.999 of its day).
 */
export function lineageSearchParams(
  filters: LineagePanelFilters,
  limit: number,
): LineageSearchFilters {
  const params: LineageSearchFilters = { limit };
  const lead = filters.lead_id.trim();
  const run = filters.pipeline_run_id.trim();
  const template = filters.template_version_id.trim();
  if (lead) params.lead_id = lead;
  if (run) params.pipeline_run_id = run;
  if (template) params.template_version_id = template;
  if (filters.start_date) params.start_date = `${filters.start_date}T00:00:00Z`;
  if (filters.end_date) params.end_date = `${filters.end_date}T23:59:59.999Z`;
  return params;
}

export type LineageFieldId =
  | 'pipeline-duration'
  | 'raw-size'
  | 'compressed-size'
  | 'compression-ratio'
  | 'access-count'
  | 'last-access'
  | 'created';

/** One labelled, localised value of a record or of the stats. */
export interface LineageField<Id extends string = string> {
  id: Id;
  label: string;
  text: string;
  /** ISO time for `<time dateTime>`, when the value is a time. */
  iso?: string | undefined;
}

export type LineageStatId =
  | 'total-records'
  | 'recent-records'
  | 'storage-used'
  | 'most-used-template';

export interface UseLineagePanelOptions {
  /** Applied filters (what was searched); controlled. */
  filters?: LineagePanelFilters | undefined;
  defaultFilters?: Partial<LineagePanelFilters> | undefined;
  /** Called when the form is submitted or cleared with valid filters. */
  onFiltersChange?: ((filters: LineagePanelFilters) => void) | undefined;
  /** The chosen record's `lineage_id`; controlled. */
  selectedId?: string | undefined;
  defaultSelectedId?: string | undefined;
  onSelectedIdChange?: ((lineageId: string) => void) | undefined;
  /** "Now" for relative times (tests and stories pin it). Default: the time of render. */
  now?: Date | undefined;
  messages?: Partial<LineagePanelMessages> | undefined;
}

export interface LineagePanelModel {
  messages: LineagePanelMessages;
  filters: LineagePanelFilters;
  /** The form's current (not yet applied) values. */
  draft: LineagePanelFilters;
  setDraftField: (field: keyof LineagePanelFilters, value: string) => void;
  /** The date range error, when the form was submitted with start after end. */
  draftError: string | undefined;
  submit: (event?: SyntheticEvent) => void;
  clear: () => void;
  selectedId: string | undefined;
  select: (lineageId: string) => void;
  statFields: (stats: LineageStats) => LineageField<LineageStatId>[];
  recordFields: (record: LineageRecord) => LineageField<LineageFieldId>[];
  auditActionText: (action: LineageAuditEntry['action']) => string;
  dateTime: (value: string) => { iso: string; text: string } | undefined;
}

/** Uncompressed size from the stored (compressed) size and the percent saved. */
export function rawSizeOf(record: LineageRecord): number | undefined {
  const kept = 1 - record.compression_ratio / 100;
  return kept > 0 ? Math.round(record.raw_inputs_size_bytes / kept) : undefined;
}

/**
 * The headless lineage panel: search form state (draft and applied filters, date range check),
 * selection, and every value localised (stats cards, a record's metrics, audit actions). Data
 * and paging come from the caller (props) or from {@link ConnectedLineagePanel}.
 */
export function useLineagePanel(options: UseLineagePanelOptions = {}): LineagePanelModel {
  const messages = useMessages('lineagePanel', lineagePanelMessages, options.messages);
  const common = useMessages('common', commonMessages);
  const format = useFormat();
  const [filters, setFilters] = useControllableState<LineagePanelFilters>({
    prop: options.filters,
    defaultProp: { ...EMPTY_LINEAGE_FILTERS, ...options.defaultFilters },
    onChange: options.onFiltersChange,
    caller: 'LineagePanel',
  });
  const [draft, setDraft] = useState(filters);
  const [draftError, setDraftError] = useState<string | undefined>(undefined);
  const [selectedId, setSelectedId] = useControllableState<string | undefined>({
    prop: options.selectedId,
    defaultProp: options.defaultSelectedId,
    onChange: (id) => {
      if (id !== undefined) options.onSelectedIdChange?.(id);
    },
    caller: 'LineagePanel',
  });
  const now = options.now ?? new Date();

  const dateTime = (value: string) => {
    const date = parseTimestamp(value);
    return date ? { iso: date.toISOString(), text: format.dateTime(date) } : undefined;
  };
  const ACTION_TEXT: Record<string, string> = {
    view_lineage: messages.actionViewLineage,
    view_logs: messages.actionViewLogs,
    download_raw_inputs: messages.actionDownload,
    search_lineage: messages.actionSearch,
  };

  return {
    messages,
    filters,
    draft,
    setDraftField: (field, value) => {
      setDraft((previous) => ({ ...previous, [field]: value }));
      setDraftError(undefined);
    },
    draftError,
    submit: (event) => {
      event?.preventDefault();
      if (draft.start_date && draft.end_date && draft.start_date > draft.end_date) {
        setDraftError(messages.dateRangeInvalid);
        return;
      }
      setFilters({ ...draft });
    },
    clear: () => {
      setDraft(EMPTY_LINEAGE_FILTERS);
      setDraftError(undefined);
      setFilters(EMPTY_LINEAGE_FILTERS);
    },
    selectedId,
    select: setSelectedId,
    statFields: (stats) => [
      {
        id: 'total-records',
        label: messages.totalRecords,
        text: format.number(stats.total_records),
      },
      {
        id: 'recent-records',
        label: messages.recentRecords,
        text: format.number(stats.recent_records_24h),
      },
      {
        id: 'storage-used',
        label: messages.storageUsed,
        // The server rounds to 0.01 MB (MiB); shown in the shared byte format.
        text: format.bytes(Math.round(stats.total_storage_mb * 1_048_576)),
      },
      {
        id: 'most-used-template',
        label: messages.mostUsedTemplate,
        text: stats.template_distribution[0]
          ? `${stats.template_distribution[0].version} (${format.number(stats.template_distribution[0].count)})`
          : messages.mostUsedTemplateNone,
      },
    ],
    recordFields: (record) => {
      const raw = rawSizeOf(record);
      const lastAccess = record.last_accessed_at ? dateTime(record.last_accessed_at) : undefined;
      const created = dateTime(record.created_at);
      return [
        {
          id: 'pipeline-duration',
          label: messages.pipelineDuration,
          text: format.duration(record.pipeline_duration_seconds),
        },
        {
          id: 'raw-size',
          label: messages.rawSize,
          text: raw === undefined ? common.notAvailable : format.bytes(raw),
        },
        {
          id: 'compressed-size',
          label: messages.compressedSize,
          text: format.bytes(record.raw_inputs_size_bytes),
        },
        {
          id: 'compression-ratio',
          label: messages.compressionRatio,
          text: format.number(record.compression_ratio / 100, {
            style: 'percent',
            maximumFractionDigits: 2,
          }),
        },
        {
          id: 'access-count',
          label: messages.accessCount,
          text: format.number(record.access_count),
        },
        {
          id: 'last-access',
          label: messages.lastAccess,
          text: lastAccess
            ? `${format.relativeTime(lastAccess.iso, now)} · ${lastAccess.text}`
            : messages.lastAccessNever,
          iso: lastAccess?.iso,
        },
        { id: 'created', label: messages.created, text: created?.text ?? '', iso: created?.iso },
      ];
    },
    auditActionText: (action) =>
      ACTION_TEXT[action] ?? formatMessage('{action}', { action: action.replace(/_/g, ' ') }),
    dateTime,
  };
}
