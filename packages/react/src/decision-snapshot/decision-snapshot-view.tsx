import { useId } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { JsonText } from '../shared/json-text';
import { Skeleton } from '../shared/skeleton';
import { useFormat } from '../shared/use-format';
import { StatusBadge } from '../status-badge/status-badge';
import { type UseDecisionSnapshotOptions, useDecisionSnapshot } from './use-decision-snapshot';

export interface DecisionSnapshotViewProps extends UseDecisionSnapshotOptions {
  onRetry?: (() => void) | undefined;
  headingLevel?: 2 | 3 | 4 | 5;
  className?: string | undefined;
}

// Severity reads as a tone: the same words a status badge understands.
const SEVERITY_TONE: Record<string, string> = {
  LOW: 'info',
  MEDIUM: 'pending',
  HIGH: 'blocked',
  CRITICAL: 'blocked',
};

/**
 * One decision's snapshot: policy, source event, inputs, findings with kind and
 * severity badges and their evidence, decision and reason, actions with status, and metrics.
 * Presentational; {@link ConnectedDecisionSnapshotView} fetches it by id.
 */
export function DecisionSnapshotView({
  onRetry,
  headingLevel = 2,
  className,
  ...options
}: DecisionSnapshotViewProps) {
  const { state, title, messages, view, raw } = useDecisionSnapshot(options);
  const format = useFormat();
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3';
  const classes = ['govkit-widget', 'govkit-decision-snapshot', className]
    .filter(Boolean)
    .join(' ');
  return (
    <section
      className={classes}
      data-state={state}
      aria-labelledby={titleId}
      aria-busy={state === 'loading' || undefined}
    >
      <Heading id={titleId} className="govkit-decision-snapshot__title">
        {title}
      </Heading>
      {state === 'error' || state === 'not-found' ? (
        <ErrorState
          error={options.error}
          onRetry={onRetry}
          {...(state === 'not-found'
            ? {
                title: messages.notFoundTitle,
                detail: formatMessage(messages.notFoundDetail, { decisionId: options.decisionId }),
              }
            : {})}
        />
      ) : null}
      {state === 'loading' ? (
        <>
          <span className="govkit-visually-hidden" role="status">
            {formatMessage(messages.loading, { decisionId: options.decisionId })}
          </span>
          <dl className="govkit-fields govkit-fields--rows govkit-decision-snapshot__fields">
            {[messages.decision, messages.reason, messages.policy, messages.sourceEvent].map(
              (label) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>
                    <Skeleton width="10em" />
                  </dd>
                </div>
              ),
            )}
          </dl>
        </>
      ) : null}
      {state === 'empty' ? (
        <EmptyState title={messages.emptyTitle} description={messages.emptyDescription} />
      ) : null}
      {state === 'unknown' ? (
        <>
          <p>{messages.rawPayload}</p>
          <JsonText value={raw} />
        </>
      ) : null}
      {state === 'ready' && view ? (
        <>
          <dl className="govkit-fields govkit-fields--rows govkit-decision-snapshot__fields">
            <div data-field="decision">
              <dt>{messages.decision}</dt>
              <dd>
                {view.decisionType ? <StatusBadge status={view.decisionType} /> : messages.unknown}
              </dd>
            </div>
            <div data-field="reason">
              <dt>{messages.reason}</dt>
              <dd>{view.reason ?? messages.noReason}</dd>
            </div>
            <div data-field="policy">
              <dt>{messages.policy}</dt>
              <dd>{view.policy ? <code>{view.policy}</code> : messages.unknown}</dd>
            </div>
            <div data-field="source-event">
              <dt>{messages.sourceEvent}</dt>
              <dd>
                {view.event ? (
                  <>
                    {formatMessage(messages.sourceEventText, {
                      type: view.event.type,
                      source: view.event.source,
                      id: view.event.id,
                    })}{' '}
                    <time dateTime={view.event.ts}>{format.dateTime(view.event.ts)}</time>
                  </>
                ) : (
                  messages.unknown
                )}
              </dd>
            </div>
            <div data-field="decision-time">
              <dt>{messages.decisionTime}</dt>
              <dd>
                {view.decisionTimeMs === null
                  ? messages.unknown
                  : format.duration(view.decisionTimeMs / 1000)}
              </dd>
            </div>
          </dl>
          {view.inputs ? (
            <section className="govkit-decision-snapshot__section" aria-label={messages.inputs}>
              <Sub>{messages.inputs}</Sub>
              <JsonText value={view.inputs} />
            </section>
          ) : null}
          <section className="govkit-decision-snapshot__section" aria-label={messages.findings}>
            <Sub>{messages.findings}</Sub>
            {view.findings.length === 0 ? (
              <p className="govkit-decision-snapshot__none">{messages.noFindings}</p>
            ) : (
              <ul className="govkit-decision-snapshot__findings">
                {view.findings.map((finding, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id in the frozen contract and never reorder.
                  <li key={index} data-kind={finding.kind} data-severity={finding.severity}>
                    <div className="govkit-decision-snapshot__badges">
                      <StatusBadge status={finding.kind} data-kind={finding.kind} />
                      <StatusBadge
                        status={SEVERITY_TONE[finding.severity] ?? finding.severity}
                        label={finding.severity}
                        data-severity={finding.severity}
                      />
                      {finding.code ? <code>{finding.code}</code> : null}
                    </div>
                    <p>{finding.message}</p>
                    <details>
                      <summary>{messages.evidence}</summary>
                      {isEmpty(finding.evidence) ? (
                        <p className="govkit-decision-snapshot__none">{messages.noEvidence}</p>
                      ) : (
                        <JsonText value={finding.evidence} />
                      )}
                    </details>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="govkit-decision-snapshot__section" aria-label={messages.actions}>
            <Sub>{messages.actions}</Sub>
            {view.actions.length === 0 ? (
              <p className="govkit-decision-snapshot__none">{messages.noActions}</p>
            ) : (
              <ul className="govkit-decision-snapshot__actions">
                {view.actions.map((action, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: actions have no id and never reorder.
                  <li key={index}>
                    <code>{action.type}</code>
                    {action.status ? (
                      <StatusBadge
                        status={action.status === 'OK' ? 'succeeded' : action.status}
                        label={action.status}
                      />
                    ) : null}
                    {isEmpty(action.details) ? null : <JsonText value={action.details} />}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="govkit-decision-snapshot__section" aria-label={messages.metrics}>
            <Sub>{messages.metrics}</Sub>
            {isEmpty(view.metrics) ? (
              <p className="govkit-decision-snapshot__none">{messages.noMetrics}</p>
            ) : (
              <dl className="govkit-fields govkit-fields--rows govkit-decision-snapshot__fields">
                {Object.entries(view.metrics).map(([key, value]) => (
                  <div key={key}>
                    <dt>
                      <code>{key}</code>
                    </dt>
                    <dd>
                      {typeof value === 'number'
                        ? key.endsWith('_ms')
                          ? format.duration(value / 1000)
                          : format.number(value)
                        : JSON.stringify(value)}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        </>
      ) : null}
    </section>
  );
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}
