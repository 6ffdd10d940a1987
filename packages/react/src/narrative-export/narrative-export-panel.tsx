import { ArtifactIntegrityError, type NarrativeExport } from '@govkit/sdk';
import { type ReactNode, useId } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { SafeMarkdown, type SafeMarkdownProps } from '../shared/safe-markdown';
import { Skeleton } from '../shared/skeleton';
import { StatusBadge } from '../status-badge/status-badge';
import { NarrativeExportField as Field, NarrativeExportRoot } from './narrative-export-parts';
import {
  type NarrativeExportPanelModel,
  type UseNarrativeExportPanelOptions,
  useNarrativeExportPanel,
} from './use-narrative-export-panel';

export interface NarrativeExportPanelProps extends UseNarrativeExportPanelOptions {
  /** Download the selected export's zip (e.g. `useNarrativeArtifactDownload().start`). */
  onDownload?: ((record: NarrativeExport) => void) | undefined;
  /** Shows a retry action in the error state. */
  onRetry?: (() => void) | undefined;
  /**
   * The approval ladder of the selected export, e.g. `(x) => <ApprovalLadder record={x} … />`
   * from `@govkit/react/approval-ladder` (a slot, so each entry keeps its own size budget).
   */
  renderLadder?: ((record: NarrativeExport) => ReactNode) | undefined;
  /**
   * Shown under the selected export's evidence, e.g. `(x) => <ConnectedEvidencePicker
   * executionId={x.execution_id} />` from `@govkit/react/evidence-picker` (a slot, like the
   * ladder: attaching generates the next version, so hosts usually offer it on the newest one).
   */
  renderEvidencePicker?: ((record: NarrativeExport) => ReactNode) | undefined;
  /** remark plugins for the dossier, e.g. `[remarkGfm]` to render its tables (see SafeMarkdown). */
  markdownPlugins?: SafeMarkdownProps['remarkPlugins'];
  headingLevel?: 2 | 3 | 4 | 5;
  className?: string | undefined;
}

type Time = { iso: string; text: string } | undefined;

function When({ time }: { time: Time }) {
  return time ? <time dateTime={time.iso}>{time.text}</time> : null;
}

function DownloadOutcome({ model }: { model: NarrativeExportPanelModel }) {
  const { download, refusal, messages } = model;
  if (!download) return null;
  if (download.status === 'done') {
    return (
      <p className="govkit-narrative-export__downloaded" role="status">
        {formatMessage(messages.downloaded, { filename: download.filename ?? '' })}
      </p>
    );
  }
  if (download.status !== 'error') return null;
  const error = download.error;
  if (refusal === 'integrity' && error instanceof ArtifactIntegrityError) {
    return (
      <div className="govkit-narrative-export__refusal" data-refusal={refusal}>
        <ErrorState
          error={error}
          title={messages.integrityTitle}
          detail={messages.integrityDetail}
        />
        <p className="govkit-narrative-export__muted">
          {error.origin === 'client' ? messages.integrityClient : messages.integrityServer}
        </p>
        {error.expectedChecksum ? (
          <dl className="govkit-narrative-export__checksums">
            <Field label={messages.expected}>
              <code>{error.expectedChecksum}</code>
            </Field>
            <Field label={messages.observed}>
              <code>{error.observedChecksum}</code>
            </Field>
          </dl>
        ) : null}
      </div>
    );
  }
  const [title, detail] =
    refusal === 'not-ready'
      ? [messages.notReadyTitle, messages.notReadyDetail]
      : refusal === 'expired'
        ? [messages.expiredTitle, messages.expiredDetail]
        : [undefined, undefined];
  return (
    <div className="govkit-narrative-export__refusal" data-refusal={refusal}>
      <ErrorState error={error} title={title} detail={detail} />
    </div>
  );
}

function Packaging({
  model,
  record,
  onDownload,
  Heading,
}: {
  model: NarrativeExportPanelModel;
  record: NarrativeExport;
  onDownload: NarrativeExportPanelProps['onDownload'];
  Heading: 'h3';
}) {
  const { messages } = model;
  const downloading = model.download?.status === 'downloading';
  return (
    <section
      className="govkit-narrative-export__packaging"
      aria-label={messages.packaging}
      data-artifact-status={record.artifact_status}
      data-download={model.download?.status ?? 'idle'}
    >
      <Heading className="govkit-narrative-export__subtitle">{messages.packaging}</Heading>
      <dl className="govkit-narrative-export__fields">
        <Field label={messages.artifactStatus}>
          <StatusBadge status={record.artifact_status} label={model.artifactLabel} />
        </Field>
        <Field label={messages.attempts}>{model.number(record.packaging_attempts)}</Field>
        {record.packaged_at ? (
          <Field label={messages.packagedAt}>
            <When time={model.time(record.packaged_at)} />
          </Field>
        ) : null}
        {record.retention_expires_at ? (
          <Field label={messages.retention}>
            <When time={model.time(record.retention_expires_at)} />
          </Field>
        ) : null}
        {record.artifact_checksum ? (
          <Field label={messages.checksum} className="govkit-narrative-export__wide">
            <code>{record.artifact_checksum}</code>
          </Field>
        ) : null}
        {record.artifact_error ? (
          <Field label={messages.artifactError} className="govkit-narrative-export__wide">
            {record.artifact_error}
          </Field>
        ) : null}
      </dl>
      {model.queueText && record.artifact_status !== 'ready' ? (
        <p className="govkit-narrative-export__muted">{model.queueText}</p>
      ) : null}
      {onDownload ? (
        <div className="govkit-narrative-export__download">
          <button
            type="button"
            className="govkit-button"
            data-variant="primary"
            disabled={!model.canDownload || downloading}
            aria-describedby={model.canDownload ? undefined : `${record.id}-unavailable`}
            onClick={() => onDownload(record)}
          >
            {downloading ? messages.downloading : messages.download}
          </button>
          {model.canDownload ? null : (
            <span id={`${record.id}-unavailable`} className="govkit-narrative-export__muted">
              {messages.downloadUnavailable}
            </span>
          )}
        </div>
      ) : null}
      <DownloadOutcome model={model} />
    </section>
  );
}

/**
 * An execution's narrative exports: pick a version, see its approval and packaging
 * state, download the zip (verified against its SHA-256, with expired / not ready / integrity
 * failures explained), the evidence it bundles and the rendered Markdown dossier. The approval
 * ladder comes in through `renderLadder`. Presentational; see {@link ConnectedNarrativeExportPanel}.
 */
export function NarrativeExportPanel({
  onDownload,
  onRetry,
  renderLadder,
  renderEvidencePicker,
  markdownPlugins,
  headingLevel = 2,
  className,
  ...options
}: NarrativeExportPanelProps) {
  const model = useNarrativeExportPanel(options);
  const titleId = useId();
  const selectId = useId();
  const { state, messages, selected: record } = model;
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3';
  return (
    <NarrativeExportRoot
      state={state}
      titleId={titleId}
      className={
        className
          ? `govkit-widget govkit-panel govkit-narrative-export ${className}`
          : 'govkit-widget govkit-panel govkit-narrative-export'
      }
    >
      <div className="govkit-narrative-export__head">
        <Heading id={titleId} className="govkit-narrative-export__title">
          {messages.title}
        </Heading>
        {state === 'ready' && model.versions.length > 0 ? (
          <div className="govkit-narrative-export__version">
            <label htmlFor={selectId}>{messages.version}</label>
            <select
              id={selectId}
              value={record?.id}
              onChange={(event) => model.select(event.target.value)}
            >
              {model.versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      {state === 'error' ? (
        <ErrorState error={options.error} onRetry={onRetry} />
      ) : state === 'empty' ? (
        <EmptyState title={messages.emptyTitle} description={messages.emptyDescription} />
      ) : state === 'loading' || !record ? (
        <>
          <span className="govkit-visually-hidden" role="status">
            {messages.loading}
          </span>
          <dl className="govkit-narrative-export__fields">
            {[messages.approval, messages.requestedBy, messages.generatedAt, messages.events].map(
              (label) => (
                <Field key={label} label={label}>
                  <Skeleton width="8em" />
                </Field>
              ),
            )}
          </dl>
          <Skeleton shape="block" height="12rem" />
        </>
      ) : (
        <>
          <dl className="govkit-narrative-export__fields" data-export-id={record.id}>
            <Field label={messages.approval}>
              <StatusBadge status={record.approval_status} label={model.approvalLabel} />
            </Field>
            <Field label={messages.requestedBy}>
              {record.requested_by.full_name || record.requested_by.email}
            </Field>
            <Field label={messages.generatedAt}>
              <When time={model.time(record.generated_at)} />
            </Field>
            <Field label={messages.events}>{model.number(record.event_count)}</Field>
            {record.workflow_template_key ? (
              <Field label={messages.template}>
                {formatMessage(messages.templateVersion, {
                  key: record.workflow_template_key,
                  version: record.workflow_template_version ?? '',
                })}
              </Field>
            ) : null}
            {record.approved_by ? (
              <Field label={messages.approvedBy}>
                {record.approved_by.full_name || record.approved_by.email}
              </Field>
            ) : null}
            {record.notes ? (
              <Field label={messages.notes} className="govkit-narrative-export__wide">
                {record.notes}
              </Field>
            ) : null}
          </dl>
          {renderLadder ? renderLadder(record) : null}
          <Packaging model={model} record={record} onDownload={onDownload} Heading={Sub} />
          <section
            className="govkit-narrative-export__attachments"
            aria-label={messages.attachments}
          >
            <Sub className="govkit-narrative-export__subtitle">
              {formatMessage(messages.attachments, { count: record.attachments.length })}
            </Sub>
            {record.attachments.length === 0 ? (
              <p className="govkit-narrative-export__muted">{messages.noAttachments}</p>
            ) : (
              <ul>
                {record.attachments.map((a) => (
                  <li key={a.id} data-evidence-type={a.evidence_type}>
                    <span className="govkit-narrative-export__evidence-type">
                      {model.evidenceLabel(a.evidence_type)}
                    </span>{' '}
                    {a.label || <code>{a.reference_id}</code>}
                  </li>
                ))}
              </ul>
            )}
            {renderEvidencePicker ? renderEvidencePicker(record) : null}
          </section>
          <section
            className="govkit-narrative-export__dossier-section"
            aria-label={messages.dossier}
          >
            <Sub className="govkit-narrative-export__subtitle">{messages.dossier}</Sub>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the dossier scrolls; keyboard users scroll it when focused. */}
            <div className="govkit-narrative-export__dossier" tabIndex={0}>
              <SafeMarkdown remarkPlugins={markdownPlugins}>{record.content}</SafeMarkdown>
            </div>
          </section>
        </>
      )}
    </NarrativeExportRoot>
  );
}
