import type { RunResult } from '@govkit/sdk';
import { type ReactNode, useId } from 'react';
import { PredictiveWatchList } from '../predictive-watch-list/predictive-watch-list';
import { RunConclusion } from '../run-conclusion/run-conclusion';
import { RunLockNotice } from '../run-lock/run-lock-notice';
import { RunManifestReceipt } from '../run-manifest-receipt/run-manifest-receipt';
import { ErrorState } from '../shared/error-state';
import { type UseStartRunPanelOptions, useStartRunPanel } from './use-start-run-panel';

export interface StartRunPanelProps extends UseStartRunPanelOptions {
  /** Start a run (and again: after a refusal, "Refresh" tries again). */
  onStart: () => void;
  /** Shown under the lock notice when a run is refused, e.g. a lock inspector. */
  lockDetails?: ReactNode;
  headingLevel?: 2 | 3 | 4 | 5;
  className?: string | undefined;
}

function RunOutcome({ result, level }: { result: RunResult; level: 3 | 4 | 5 | 6 }) {
  return (
    <div className="govkit-start-run__outcome">
      <RunConclusion run={result} headingLevel={level} />
      <PredictiveWatchList watchList={result.presented_watch_list} headingLevel={level} />
      <RunManifestReceipt manifest={result.manifest} runId={result.run_id} headingLevel={level} />
    </div>
  );
}

/**
 * Start a governed run and see how it went: on success the conclusion, the watch list
 * and the run receipt; when the workspace's lock refuses it, the calm lock notice (with optional
 * lock details); other errors with their `detail` and a retry. Presentational: wire `onStart`
 * yourself, or use {@link ConnectedStartRun}.
 */
export function StartRunPanel({
  onStart,
  lockDetails,
  headingLevel = 2,
  className,
  ...options
}: StartRunPanelProps) {
  const model = useStartRunPanel(options);
  const titleId = useId();
  const { state, messages } = model;
  const Heading = `h${headingLevel}` as const;
  const level = (headingLevel + 1) as 3 | 4 | 5 | 6;
  return (
    <section
      aria-labelledby={titleId}
      aria-busy={state === 'running' || undefined}
      data-state={state}
      className={
        className ? `govkit-widget govkit-start-run ${className}` : 'govkit-widget govkit-start-run'
      }
    >
      <div className="govkit-start-run__head">
        <div className="govkit-start-run__intro">
          <Heading id={titleId} className="govkit-start-run__title">
            {messages.title}
          </Heading>
          <p className="govkit-start-run__description">{messages.description}</p>
        </div>
        <button
          type="button"
          className="govkit-button govkit-start-run__action"
          data-variant="primary"
          disabled={state === 'running'}
          onClick={onStart}
        >
          {model.actionLabel}
        </button>
      </div>
      {/* One polite announcement per outcome; the outcome itself has its own roles. */}
      <span className="govkit-visually-hidden" role="status">
        {state === 'running' ? messages.running : state === 'succeeded' ? messages.finished : ''}
      </span>
      {state === 'lock-held' ? (
        <RunLockNotice onRefresh={onStart}>{lockDetails}</RunLockNotice>
      ) : state === 'error' ? (
        <ErrorState error={options.error} title={messages.failedTitle} onRetry={onStart} />
      ) : options.result && state !== 'running' ? (
        <RunOutcome result={options.result} level={level} />
      ) : null}
    </section>
  );
}
