import {
  DownloadSizeLimitError,
  type LineageAuditEntry,
  type LineageRecord,
  type LineageStats,
} from '@govkit/sdk';
import { createElement, type ReactNode, useId, useState } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import type { RawInputsDownloadState } from '../lineage/use-raw-inputs-download';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { Skeleton } from '../shared/skeleton';
import { useFormat } from '../shared/use-format';
import {
  LineageFieldItem,
  LineagePanelRoot,
  type LineagePanelState,
  LineageTime,
} from './lineage-panel-parts';
import {
  type LineagePanelFilters,
  type UseLineagePanelOptions,
  useLineagePanel,
} from './use-lineage-panel';

export interface LineagePanelProps extends UseLineagePanelOptions {
  stats?: LineageStats | undefined;
  statsError?: unknown;
  /** The current page of search results; `undefined` while loading. */
  records?: readonly LineageRecord[] | undefined;
  recordsError?: unknown;
  /** 0-based index of the page shown. */
  pageIndex?: number | undefined;
  hasNextPage?: boolean | undefined;
  onNextPage?: (() => void) | undefined;
  onPreviousPage?: (() => void) | undefined;
  /** The record to detail; default the one of `records` with `selectedId`. */
  selectedRecord?: LineageRecord | undefined;
  /** The selected record's access trail, newest first. */
  audit?: readonly LineageAuditEntry[] | undefined;
  auditError?: unknown;
  hasMoreAudit?: boolean | undefined;
  onMoreAudit?: (() => void) | undefined;
  /** The raw-inputs download (see `useRawInputsDownload`). */
  download?: RawInputsDownloadState | undefined;
  onDownload?: ((record: LineageRecord) => void) | undefined;
  onCancelDownload?: (() => void) | undefined;
  /** The logs of a record, shown under "View logs" (e.g. a `ConnectedJsonLogViewer`). */
  renderLogs?: ((record: LineageRecord) => ReactNode) | undefined;
  /** Retry of every failed part (stats, results, audit). */
  onRetry?: (() => void) | undefined;
  headingLevel?: 2 | 3 | 4;
  className?: string | undefined;
}

const FILTER_FIELDS: ReadonlyArray<{
  field: keyof LineagePanelFilters;
  label: 'leadId' | 'pipelineRunId' | 'templateVersion' | 'startDate' | 'endDate';
  type: 'text' | 'date';
}> = [
  { field: 'lead_id', label: 'leadId', type: 'text' },
  { field: 'pipeline_run_id', label: 'pipelineRunId', type: 'text' },
  { field: 'template_version_id', label: 'templateVersion', type: 'text' },
  { field: 'start_date', label: 'startDate', type: 'date' },
  { field: 'end_date', label: 'endDate', type: 'date' },
];
const STAT_IDS = ['total-records', 'recent-records', 'storage-used', 'most-used-template'];

/**
 * Report lineage: stats cards, a search form with paging, and for the chosen report
 * its {lead, pipeline run, template version} triplet, pipeline duration, raw and compressed size,
 * compression, accesses, the logs, the gzip raw inputs download (progress, size cap, cancel) and
 * the access trail. Presentational: pass data and callbacks, or use {@link ConnectedLineagePanel}.
 */
export function LineagePanel({
  stats,
  statsError,
  records,
  recordsError,
  pageIndex = 0,
  hasNextPage = false,
  onNextPage,
  onPreviousPage,
  selectedRecord,
  audit,
  auditError,
  hasMoreAudit = false,
  onMoreAudit,
  download,
  onDownload,
  onCancelDownload,
  renderLogs,
  onRetry,
  headingLevel = 2,
  className,
  ...options
}: LineagePanelProps) {
  const model = useLineagePanel(options);
  const format = useFormat();
  const { messages } = model;
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const [logsFor, setLogsFor] = useState<string | undefined>(undefined);
  const state: LineagePanelState =
    recordsError !== undefined && recordsError !== null
      ? 'error'
      : !records
        ? 'loading'
        : records.length === 0
          ? 'empty'
          : 'ready';
  const selected =
    selectedRecord ?? records?.find((record) => record.lineage_id === model.selectedId);
  const sub = Math.min(headingLevel + 1, 6);
  const heading = (level: number, id: string | undefined, text: string, cls: string) =>
    createElement(`h${level}`, { id, className: cls }, text);

  return (
    <LineagePanelRoot
      state={state}
      titleId={titleId}
      className={
        className
          ? `govkit-widget govkit-lineage-panel ${className}`
          : 'govkit-widget govkit-lineage-panel'
      }
    >
      {heading(headingLevel, titleId, messages.title, 'govkit-lineage-panel__title')}

      {statsError ? (
        <ErrorState error={statsError} onRetry={onRetry} />
      ) : (
        <dl className="govkit-lineage-panel__stats" aria-label={messages.statsLabel}>
          {stats
            ? model.statFields(stats).map((field) => (
                <LineageFieldItem key={field.id} field={field.id} label={field.label}>
                  {field.text}
                </LineageFieldItem>
              ))
            : STAT_IDS.map((id, i) => (
                <LineageFieldItem
                  key={id}
                  field={id}
                  label={
                    [
                      messages.totalRecords,
                      messages.recentRecords,
                      messages.storageUsed,
                      messages.mostUsedTemplate,
                    ][i]
                  }
                >
                  <Skeleton width="4em" />
                </LineageFieldItem>
              ))}
        </dl>
      )}

      {/* A search landmark, not a <form>: the panel never renders form elements (nothing could
          turn it into a phishing form), so Enter in a field submits by hand. */}
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is too new for the browsers host apps support. */}
      <div
        role="search"
        aria-label={messages.searchLabel}
        className="govkit-lineage-panel__search"
        onKeyDown={(event) => {
          if (event.key === 'Enter' && event.target instanceof HTMLInputElement)
            model.submit(event);
        }}
      >
        {FILTER_FIELDS.map(({ field, label, type }) => (
          <label key={field} className="govkit-lineage-panel__filter" data-type={type}>
            <span>{messages[label]}</span>
            <input
              type={type}
              name={field}
              value={model.draft[field]}
              aria-invalid={(type === 'date' && model.draftError !== undefined) || undefined}
              aria-describedby={type === 'date' && model.draftError ? `${baseId}-range` : undefined}
              onChange={(event) => model.setDraftField(field, event.target.value)}
            />
          </label>
        ))}
        <span className="govkit-lineage-panel__search-actions">
          <button
            type="button"
            className="govkit-button"
            data-variant="primary"
            onClick={() => model.submit()}
          >
            {messages.search}
          </button>
          <button type="button" className="govkit-button" onClick={model.clear}>
            {messages.clear}
          </button>
        </span>
        {model.draftError ? (
          <p id={`${baseId}-range`} className="govkit-lineage-panel__form-error" role="alert">
            {model.draftError}
          </p>
        ) : null}
      </div>

      {state === 'error' ? (
        <ErrorState error={recordsError} onRetry={onRetry} />
      ) : state === 'empty' ? (
        <EmptyState
          title={messages.emptyTitle}
          description={messages.emptyDescription}
          action={
            <button type="button" className="govkit-button" onClick={model.clear}>
              {messages.clear}
            </button>
          }
        />
      ) : (
        <div className="govkit-lineage-panel__results">
          {state === 'loading' ? (
            <span className="govkit-visually-hidden" role="status">
              {messages.loading}
            </span>
          ) : null}
          {/* Focusable so keyboard users can scroll a table wider than a narrow screen. */}
          <section
            className="govkit-lineage-panel__table-scroll"
            aria-label={messages.resultsLabel}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
            tabIndex={0}
          >
            <table className="govkit-lineage-panel__table" aria-label={messages.resultsLabel}>
              <thead>
                <tr>
                  <th scope="col">{messages.columnReport}</th>
                  <th scope="col">{messages.columnLead}</th>
                  <th scope="col">{messages.columnRun}</th>
                  <th scope="col">{messages.columnTemplate}</th>
                  <th scope="col">{messages.columnCreated}</th>
                  <th scope="col">{messages.columnSize}</th>
                </tr>
              </thead>
              <tbody>
                {records
                  ? records.map((record) => {
                      const current = record.lineage_id === selected?.lineage_id;
                      return (
                        <tr key={record.lineage_id} data-selected={current || undefined}>
                          <th scope="row">
                            <button
                              type="button"
                              className="govkit-lineage-panel__select"
                              aria-pressed={current}
                              onClick={() => model.select(record.lineage_id)}
                            >
                              {record.report_generation_id}
                            </button>
                          </th>
                          <td className="govkit-lineage-panel__id" title={record.lead_id}>
                            {record.lead_id}
                          </td>
                          <td className="govkit-lineage-panel__id" title={record.pipeline_run_id}>
                            {record.pipeline_run_id}
                          </td>
                          <td>{record.template_version_id}</td>
                          <td>
                            <LineageTime value={model.dateTime(record.created_at)} />
                          </td>
                          <td data-numeric="">{format.bytes(record.raw_inputs_size_bytes)}</td>
                        </tr>
                      );
                    })
                  : [0, 1, 2].map((row) => (
                      <tr key={row}>
                        {['8em', '7em', '7em', '4em', '9em', '4em'].map((width, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: fixed skeleton columns.
                          <td key={i}>
                            <Skeleton width={width} />
                          </td>
                        ))}
                      </tr>
                    ))}
              </tbody>
            </table>
          </section>
          <nav className="govkit-lineage-panel__pager" aria-label={messages.resultsLabel}>
            <button
              type="button"
              className="govkit-button"
              disabled={pageIndex === 0 || !onPreviousPage}
              onClick={onPreviousPage}
            >
              {messages.previousPage}
            </button>
            <span aria-current="page">
              {formatMessage(messages.pageLabel, { page: format.number(pageIndex + 1) })}
            </span>
            <button
              type="button"
              className="govkit-button"
              disabled={!hasNextPage || !onNextPage}
              onClick={onNextPage}
            >
              {messages.nextPage}
            </button>
          </nav>
        </div>
      )}

      {selected ? (
        <article
          className="govkit-lineage-panel__details"
          aria-labelledby={`${baseId}-details`}
          data-lineage-id={selected.lineage_id}
        >
          {heading(
            sub,
            `${baseId}-details`,
            formatMessage(messages.detailsTitle, { reportId: selected.report_generation_id }),
            'govkit-lineage-panel__subtitle',
          )}
          <dl className="govkit-lineage-panel__triplet" aria-label={messages.triplet}>
            <LineageFieldItem field="lead" label={messages.leadId}>
              <code>{selected.lead_id}</code>
            </LineageFieldItem>
            <LineageFieldItem field="pipeline-run" label={messages.pipelineRunId}>
              <code>{selected.pipeline_run_id}</code>
            </LineageFieldItem>
            <LineageFieldItem field="template-version" label={messages.templateVersion}>
              <code>{selected.template_version_id}</code>
            </LineageFieldItem>
          </dl>
          <dl className="govkit-lineage-panel__fields">
            {model.recordFields(selected).map((field) => (
              <LineageFieldItem key={field.id} field={field.id} label={field.label}>
                {field.iso ? <time dateTime={field.iso}>{field.text}</time> : field.text}
              </LineageFieldItem>
            ))}
          </dl>
          <div className="govkit-lineage-panel__actions">
            {renderLogs ? (
              <button
                type="button"
                className="govkit-button"
                aria-expanded={logsFor === selected.lineage_id}
                aria-controls={`${baseId}-logs`}
                onClick={() =>
                  setLogsFor((open) =>
                    open === selected.lineage_id ? undefined : selected.lineage_id,
                  )
                }
              >
                {logsFor === selected.lineage_id ? messages.hideLogs : messages.viewLogs}
              </button>
            ) : null}
            {onDownload ? (
              <DownloadControl
                record={selected}
                download={download?.lineageId === selected.lineage_id ? download : undefined}
                onDownload={onDownload}
                onCancel={onCancelDownload}
                messages={messages}
              />
            ) : null}
          </div>
          {renderLogs && logsFor === selected.lineage_id ? (
            <div id={`${baseId}-logs`} className="govkit-lineage-panel__logs">
              {renderLogs(selected)}
            </div>
          ) : null}
          <div className="govkit-lineage-panel__audit">
            {heading(
              Math.min(sub + 1, 6),
              `${baseId}-audit`,
              messages.auditTitle,
              'govkit-lineage-panel__subtitle',
            )}
            {auditError ? (
              <ErrorState error={auditError} onRetry={onRetry} />
            ) : audit && audit.length === 0 ? (
              <p className="govkit-lineage-panel__muted">{messages.auditEmpty}</p>
            ) : (
              <section
                className="govkit-lineage-panel__table-scroll"
                aria-labelledby={`${baseId}-audit`}
                // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
                tabIndex={0}
              >
                <table className="govkit-lineage-panel__table" aria-labelledby={`${baseId}-audit`}>
                  <thead>
                    <tr>
                      <th scope="col">{messages.auditTime}</th>
                      <th scope="col">{messages.auditAction}</th>
                      <th scope="col">{messages.auditUser}</th>
                      <th scope="col">{messages.auditIp}</th>
                      <th scope="col">{messages.auditUserAgent}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {audit ? (
                      audit.map((entry) => (
                        <tr key={entry.id} data-action={entry.action}>
                          <td>
                            <LineageTime value={model.dateTime(entry.accessed_at)} />
                          </td>
                          <td>{model.auditActionText(entry.action)}</td>
                          <td>{entry.user_id ?? messages.auditAnonymous}</td>
                          <td>{entry.ip_address ?? ''}</td>
                          <td className="govkit-lineage-panel__agent">{entry.user_agent ?? ''}</td>
                        </tr>
                      ))
                    ) : (
                      <tr>
                        {['9em', '8em', '5em', '6em', '12em'].map((width) => (
                          <td key={width}>
                            <Skeleton width={width} />
                          </td>
                        ))}
                      </tr>
                    )}
                  </tbody>
                </table>
              </section>
            )}
            {hasMoreAudit && onMoreAudit ? (
              <button type="button" className="govkit-button" onClick={onMoreAudit}>
                {messages.auditMore}
              </button>
            ) : null}
          </div>
        </article>
      ) : state === 'ready' ? (
        <p className="govkit-lineage-panel__muted">{messages.detailsHint}</p>
      ) : null}
    </LineagePanelRoot>
  );
}

function DownloadControl({
  record,
  download,
  onDownload,
  onCancel,
  messages,
}: {
  record: LineageRecord;
  download: RawInputsDownloadState | undefined;
  onDownload: (record: LineageRecord) => void;
  onCancel: (() => void) | undefined;
  messages: ReturnType<typeof useLineagePanel>['messages'];
}) {
  const format = useFormat();
  const status = download?.status ?? 'idle';
  const { receivedBytes, totalBytes } = download?.progress ?? {
    receivedBytes: 0,
    totalBytes: undefined,
  };
  const progressText =
    totalBytes === undefined
      ? formatMessage(messages.downloadProgressUnknown, { received: format.bytes(receivedBytes) })
      : formatMessage(messages.downloadProgress, {
          received: format.bytes(receivedBytes),
          total: format.bytes(totalBytes),
        });
  const error = download?.error;
  return (
    <div className="govkit-lineage-panel__download" data-download={status}>
      {status === 'downloading' ? (
        <>
          <progress
            value={receivedBytes}
            max={totalBytes ?? undefined}
            aria-label={messages.download}
            aria-valuetext={progressText}
          />
          <span aria-live="polite">{progressText}</span>
          {onCancel ? (
            <button type="button" className="govkit-button" onClick={onCancel}>
              {messages.downloadCancel}
            </button>
          ) : null}
        </>
      ) : (
        <button type="button" className="govkit-button" onClick={() => onDownload(record)}>
          {messages.download}
        </button>
      )}
      {status === 'done' && download?.filename ? (
        <span role="status">
          {formatMessage(messages.downloadDone, { filename: download.filename })}
        </span>
      ) : null}
      {status === 'error' ? (
        error instanceof DownloadSizeLimitError ? (
          <ErrorState
            error={error}
            detail={formatMessage(messages.downloadTooLarge, {
              limit: format.bytes(error.limitBytes),
            })}
          />
        ) : (
          <ErrorState error={error} onRetry={() => onDownload(record)} />
        )
      ) : null}
    </div>
  );
}
