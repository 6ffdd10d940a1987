import { useId } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { SafeMarkdown, type SafeMarkdownProps } from '../shared/safe-markdown';
import { Skeleton } from '../shared/skeleton';
import { StatusBadge } from '../status-badge/status-badge';
import {
  type UseExperimentPreviewViewOptions,
  useExperimentPreviewView,
} from './use-experiment-preview-view';

export interface ExperimentPreviewProps extends UseExperimentPreviewViewOptions {
  /** Runs the simulation again (shown as "Run again"); connected: refetch. */
  onRun?: (() => void) | undefined;
  /** Shows a retry action in the error state. */
  onRetry?: (() => void) | undefined;
  /** remark plugins for the narrative, e.g. `[remarkGfm]` (see SafeMarkdown). */
  markdownPlugins?: SafeMarkdownProps['remarkPlugins'];
  headingLevel?: 2 | 3 | 4 | 5;
  className?: string | undefined;
}

const RISK_TONES = { low: 'positive', medium: 'warning', high: 'critical' } as const;

/**
 * An experiment's governance preview: the approval ladder simulated stage by stage
 * against a published workflow template snapshot (projected due times and their change against
 * the baseline, blockers new and resolved, SLA risk) and the rendered preview narrative.
 * Presentational; see {@link ConnectedExperimentPreview}.
 */
export function ExperimentPreview({
  onRun,
  onRetry,
  markdownPlugins,
  headingLevel = 2,
  className,
  ...options
}: ExperimentPreviewProps) {
  const model = useExperimentPreviewView(options);
  const titleId = useId();
  const { state, messages } = model;
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3';
  const preview = options.preview;
  return (
    <section
      aria-labelledby={titleId}
      aria-busy={state === 'loading' || undefined}
      data-state={state}
      className={
        className
          ? `govkit-widget govkit-panel govkit-experiment-preview ${className}`
          : 'govkit-widget govkit-panel govkit-experiment-preview'
      }
    >
      <div className="govkit-experiment-preview__head">
        <div>
          <Heading id={titleId} className="govkit-experiment-preview__title">
            {messages.title}
          </Heading>
          {model.template || model.generated ? (
            <p className="govkit-experiment-preview__muted">
              {model.template}
              {model.template && model.generated ? ' · ' : null}
              {model.generated ? (
                <time dateTime={model.generated.iso}>
                  {formatMessage(messages.generatedAt, { time: model.generated.text })}
                </time>
              ) : null}
            </p>
          ) : null}
        </div>
        {onRun && state !== 'error' ? (
          <button
            type="button"
            className="govkit-button"
            disabled={state === 'loading'}
            onClick={onRun}
          >
            {messages.runAgain}
          </button>
        ) : null}
      </div>
      {state === 'error' ? (
        <ErrorState error={options.error} onRetry={onRetry} />
      ) : state === 'loading' ? (
        <>
          <span className="govkit-visually-hidden" role="status">
            {messages.loading}
          </span>
          <Skeleton shape="block" height="9rem" />
          <Skeleton shape="block" height="6rem" />
        </>
      ) : state === 'empty' ? (
        <EmptyState title={messages.emptyTitle} description={messages.emptyDescription} />
      ) : (
        <>
          {preview && preview.resource_warnings.length > 0 ? (
            <section className="govkit-experiment-preview__warnings" aria-label={messages.warnings}>
              <ul>
                {preview.resource_warnings.map((warning, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: warnings are plain strings and may repeat.
                  <li key={i}>{warning}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby={`${titleId}-sim`}>
            <Sub id={`${titleId}-sim`} className="govkit-experiment-preview__subtitle">
              {messages.simulation}
            </Sub>
            <p className="govkit-experiment-preview__muted">{model.summary}</p>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the table scrolls sideways on narrow screens; keyboard users scroll it when focused. */}
            <div className="govkit-experiment-preview__scroll" tabIndex={0}>
              <table className="govkit-experiment-preview__table">
                <thead>
                  <tr>
                    <th scope="col">{messages.stage}</th>
                    <th scope="col">{messages.status}</th>
                    <th scope="col">{messages.sla}</th>
                    <th scope="col">{messages.projectedDue}</th>
                    <th scope="col">{messages.blockers}</th>
                    <th scope="col">{messages.risk}</th>
                  </tr>
                </thead>
                <tbody>
                  {model.rows.map((row) => (
                    <tr
                      key={row.insight.index}
                      data-status={row.insight.status}
                      data-risk={row.risk}
                    >
                      <th scope="row">
                        <span className="govkit-experiment-preview__stage-name">
                          {row.insight.index + 1}. {row.insight.name || row.insight.required_role}
                        </span>
                        <code>{row.insight.required_role}</code>
                      </th>
                      <td>
                        <StatusBadge status={row.insight.status} label={row.statusLabel} />
                      </td>
                      <td>{row.sla}</td>
                      <td>
                        {row.due ? <time dateTime={row.due.iso}>{row.due.text}</time> : '—'}
                        {row.delta ? (
                          <span className="govkit-experiment-preview__delta">{row.delta}</span>
                        ) : null}
                      </td>
                      <td>
                        {row.insight.blockers.length === 0 &&
                        row.insight.delta_resolved_blockers.length === 0 ? (
                          <span className="govkit-experiment-preview__muted">
                            {messages.noBlockers}
                          </span>
                        ) : (
                          <ul className="govkit-experiment-preview__blockers">
                            {row.insight.blockers.map((blocker) => (
                              <li key={blocker}>
                                {blocker}
                                {row.insight.delta_new_blockers.includes(blocker) ? (
                                  <span className="govkit-experiment-preview__new">
                                    {' '}
                                    ({messages.newBlocker})
                                  </span>
                                ) : null}
                              </li>
                            ))}
                            {row.insight.delta_resolved_blockers.map((blocker) => (
                              <li key={`resolved-${blocker}`} data-resolved="">
                                {formatMessage(messages.resolvedBlocker, { name: blocker })}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td>
                        <StatusBadge
                          status={`risk_${row.risk}`}
                          data-tone={RISK_TONES[row.risk]}
                          label={row.riskLabel}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          {preview?.narrative_preview ? (
            <section aria-labelledby={`${titleId}-narrative`}>
              <Sub id={`${titleId}-narrative`} className="govkit-experiment-preview__subtitle">
                {messages.narrative}
              </Sub>
              <SafeMarkdown
                className="govkit-experiment-preview__narrative"
                remarkPlugins={markdownPlugins}
              >
                {preview.narrative_preview}
              </SafeMarkdown>
            </section>
          ) : null}
        </>
      )}
    </section>
  );
}
