import { useId } from 'react';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { Skeleton } from '../shared/skeleton';
import {
  RunConclusionAlert,
  RunConclusionRoot,
  RunConclusionSection,
  RunConclusionTitle,
} from './run-conclusion-parts';
import { type UseRunConclusionOptions, useRunConclusion } from './use-run-conclusion';

export interface RunConclusionProps extends UseRunConclusionOptions {
  onRetry?: (() => void) | undefined;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string | undefined;
}

function List({ items, className }: { items: readonly string[]; className: string }) {
  return (
    <ul className={className}>
      {items.map((item, index) => (
        // Warnings may repeat word for word; position keeps keys unique.
        // biome-ignore lint/suspicious/noArrayIndexKey: static list, never reordered.
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * A run's conclusion: one takeaway, one next action, and the evidence. A gated run
 * shows the data-warnings alert ("We're missing some inputs, so this snapshot is less reliable.")
 * with the warnings, and the fix-and-re-run next action: no confident inference.
 * Presentational: pass the run, or use {@link ConnectedRunConclusion}.
 */
export function RunConclusion({
  onRetry,
  headingLevel,
  className,
  ...options
}: RunConclusionProps) {
  const model = useRunConclusion(options);
  const titleId = useId();
  const { state, messages } = model;
  const subLevel = Math.min((headingLevel ?? 2) + 1, 6) as 3 | 4 | 5 | 6;
  return (
    <RunConclusionRoot
      state={state}
      titleId={titleId}
      className={
        className
          ? `govkit-widget govkit-run-conclusion ${className}`
          : 'govkit-widget govkit-run-conclusion'
      }
    >
      <RunConclusionTitle
        id={titleId}
        level={headingLevel}
        className="govkit-run-conclusion__title"
      >
        {messages.title}
      </RunConclusionTitle>
      {state === 'error' ? (
        <ErrorState error={options.error} onRetry={onRetry} />
      ) : state === 'empty' ? (
        <EmptyState title={messages.emptyTitle} description={messages.emptyDescription} />
      ) : state === 'loading' ? (
        <>
          <span className="govkit-visually-hidden" role="status">
            {messages.loading}
          </span>
          <p className="govkit-run-conclusion__takeaway">
            <Skeleton width="80%" />
          </p>
          <p className="govkit-run-conclusion__label">{messages.nextAction}</p>
          <p className="govkit-run-conclusion__next-action">
            <Skeleton width="60%" />
          </p>
        </>
      ) : (
        <>
          {state === 'gated' ? (
            <RunConclusionAlert className="govkit-run-conclusion__alert">
              <RunConclusionTitle level={subLevel} className="govkit-run-conclusion__alert-title">
                {model.takeaway}
              </RunConclusionTitle>
              {model.warnings.length > 0 ? (
                <>
                  <p className="govkit-run-conclusion__label">{messages.dataWarnings}</p>
                  <List items={model.warnings} className="govkit-run-conclusion__list" />
                </>
              ) : null}
            </RunConclusionAlert>
          ) : (
            <RunConclusionSection section="takeaway">
              <p className="govkit-run-conclusion__label">{messages.takeaway}</p>
              <p className="govkit-run-conclusion__takeaway">{model.takeaway}</p>
            </RunConclusionSection>
          )}
          <RunConclusionSection section="next-action">
            <p className="govkit-run-conclusion__label">{messages.nextAction}</p>
            <p className="govkit-run-conclusion__next-action">{model.nextAction}</p>
          </RunConclusionSection>
          {/* A gated run's evidence IS its warnings, already listed in the alert. */}
          {state === 'ready' ? (
            <RunConclusionSection section="evidence">
              <p className="govkit-run-conclusion__label">{messages.evidence}</p>
              {model.evidence.length > 0 ? (
                <List items={model.evidence} className="govkit-run-conclusion__list" />
              ) : (
                <p className="govkit-run-conclusion__none">{messages.noEvidence}</p>
              )}
            </RunConclusionSection>
          ) : null}
        </>
      )}
    </RunConclusionRoot>
  );
}
