import { useId } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { Skeleton } from '../shared/skeleton';
import { StatusBadge } from '../status-badge/status-badge';
import type { RunManifestReceiptMessages } from './run-manifest-receipt-messages';
import {
  RunManifestReceiptField,
  RunManifestReceiptPanel,
  RunManifestReceiptRoot,
  RunManifestReceiptStep,
  RunManifestReceiptSteps,
  RunManifestReceiptTitle,
  RunManifestReceiptTrigger,
} from './run-manifest-receipt-parts';
import {
  type ReceiptStep,
  type ReceiptTime,
  type UseRunManifestReceiptOptions,
  useRunManifestReceipt,
} from './use-run-manifest-receipt';

export interface RunManifestReceiptProps extends UseRunManifestReceiptOptions {
  onRetry?: (() => void) | undefined;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string | undefined;
}

function Time({ time, fallback }: { time: ReceiptTime | undefined; fallback: string }) {
  return time ? (
    <time dateTime={time.iso}>{time.text}</time>
  ) : (
    <span className="govkit-run-manifest-receipt__none">{fallback}</span>
  );
}

function StepItem({ step, labels }: { step: ReceiptStep; labels: RunManifestReceiptMessages }) {
  return (
    <RunManifestReceiptStep
      name={step.name}
      status={step.status}
      className="govkit-run-manifest-receipt__step"
    >
      <div className="govkit-run-manifest-receipt__step-head">
        <span className="govkit-run-manifest-receipt__step-label">{step.label}</span>
        <StatusBadge status={step.status} label={step.statusLabel} />
      </div>
      <code className="govkit-run-manifest-receipt__step-name">{step.name}</code>
      <dl className="govkit-fields govkit-fields--rows govkit-run-manifest-receipt__fields">
        <RunManifestReceiptField field="started" label={labels.started}>
          <Time time={step.started} fallback={labels.notRecorded} />
        </RunManifestReceiptField>
        <RunManifestReceiptField field="finished" label={labels.finished}>
          <Time time={step.finished} fallback={labels.notRecorded} />
        </RunManifestReceiptField>
        {step.inputFingerprint ? (
          <RunManifestReceiptField field="input-fingerprint" label={labels.inputFingerprint}>
            <code>{step.inputFingerprint}</code>
          </RunManifestReceiptField>
        ) : null}
        {step.fencingToken ? (
          <RunManifestReceiptField field="fencing-token" label={labels.fencingToken}>
            <code>{step.fencingToken}</code>
          </RunManifestReceiptField>
        ) : null}
        {step.notes ? (
          <RunManifestReceiptField field="notes" label={labels.notes}>
            {step.notes}
          </RunManifestReceiptField>
        ) : null}
        {step.errorMessage ? (
          <RunManifestReceiptField
            field="error"
            label={labels.error}
            className="govkit-run-manifest-receipt__error"
          >
            {step.errorMessage}
          </RunManifestReceiptField>
        ) : null}
      </dl>
    </RunManifestReceiptStep>
  );
}

/**
 * A run's receipt: when it finished and, behind "Show technical details", the summary
 * line (`6 steps succeeded, 0 skipped, 0 failed (lock: abc123)`), the run's lock and fencing
 * token, and the six steps in run order with status, times, notes and input fingerprint.
 * Presentational: pass the manifest, or use {@link ConnectedRunManifestReceipt}.
 */
export function RunManifestReceipt({
  onRetry,
  headingLevel,
  className,
  ...options
}: RunManifestReceiptProps) {
  const model = useRunManifestReceipt(options);
  const titleId = useId();
  const { state, messages } = model;
  const loading = state === 'loading';
  return (
    <RunManifestReceiptRoot
      state={state}
      titleId={titleId}
      detailsOpen={model.detailsOpen}
      className={
        className
          ? `govkit-widget govkit-panel govkit-run-manifest-receipt ${className}`
          : 'govkit-widget govkit-panel govkit-run-manifest-receipt'
      }
    >
      <RunManifestReceiptTitle
        id={titleId}
        level={headingLevel}
        className="govkit-run-manifest-receipt__title"
      >
        {messages.title}
      </RunManifestReceiptTitle>
      {state === 'not-found' ? (
        <ErrorState
          error={options.error}
          title={messages.notFoundTitle}
          detail={formatMessage(messages.notFoundDetail, { runId: options.runId ?? '' })}
          onRetry={onRetry}
        />
      ) : state === 'error' ? (
        <ErrorState error={options.error} onRetry={onRetry} />
      ) : (
        <>
          {loading ? (
            <span className="govkit-visually-hidden" role="status">
              {messages.loading}
            </span>
          ) : null}
          <p className="govkit-run-manifest-receipt__finalized">
            {loading ? <Skeleton width="12em" /> : model.finalized}
          </p>
          <RunManifestReceiptTrigger
            {...model.triggerProps}
            disabled={loading}
            className="govkit-button govkit-run-manifest-receipt__trigger"
          >
            <span aria-hidden="true" className="govkit-run-manifest-receipt__chevron" />
            {model.detailsOpen ? messages.hideDetails : messages.showDetails}
          </RunManifestReceiptTrigger>
          <RunManifestReceiptPanel
            id={model.panelId}
            open={model.detailsOpen && !loading}
            className="govkit-run-manifest-receipt__panel"
          >
            {state === 'empty' ? (
              <EmptyState title={messages.emptyTitle} description={messages.emptyDescription} />
            ) : (
              <>
                <p
                  className="govkit-run-manifest-receipt__summary"
                  data-failed={model.counts.failed > 0 || undefined}
                >
                  {model.summary}
                </p>
                <dl className="govkit-fields govkit-fields--rows govkit-run-manifest-receipt__fields">
                  {model.facts.map((fact) => (
                    <RunManifestReceiptField key={fact.id} field={fact.id} label={fact.label}>
                      <code>{fact.value}</code>
                    </RunManifestReceiptField>
                  ))}
                </dl>
                <RunManifestReceiptSteps
                  aria-label={messages.stepsLabel}
                  className="govkit-run-manifest-receipt__steps"
                >
                  {model.steps.map((step) => (
                    <StepItem key={`${step.position}-${step.name}`} step={step} labels={messages} />
                  ))}
                </RunManifestReceiptSteps>
              </>
            )}
          </RunManifestReceiptPanel>
        </>
      )}
    </RunManifestReceiptRoot>
  );
}
