import { useId } from 'react';
import { EmptyState } from '../shared/empty-state';
import { ErrorState } from '../shared/error-state';
import { Skeleton } from '../shared/skeleton';
import { StatusBadge } from '../status-badge/status-badge';
import {
  RunLockCountdown,
  RunLockInspectorField,
  RunLockInspectorRoot,
  RunLockInspectorTitle,
} from './run-lock-parts';
import {
  type RunLockTime,
  type UseRunLockInspectorOptions,
  useRunLockInspector,
} from './use-run-lock-inspector';

export interface RunLockInspectorProps extends UseRunLockInspectorOptions {
  /**
   * Release the lock by its id. The action shows only when the server gave the lock id (to the
   * holder or an admin) and this callback is set: a missing `lock_id` simply hides it.
   */
  onRelease?: ((lockId: string) => void) | undefined;
  /** A release is in flight: the action is disabled and says so. */
  releasing?: boolean | undefined;
  /** The last release's error (shown under the action with its `detail`). */
  releaseError?: unknown;
  onRetry?: (() => void) | undefined;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string | undefined;
}

function Time({ time }: { time: RunLockTime | undefined }) {
  return time ? <time dateTime={time.iso}>{time.text}</time> : null;
}

const FIELDS = ['holder', 'fencing-token', 'acquired', 'expires', 'time-left'] as const;
const SKELETON_WIDTH = {
  holder: '8em',
  'fencing-token': '2em',
  acquired: '11em',
  expires: '11em',
  'time-left': '6em',
};

/**
 * The workspace's run lock: holder, fencing token, acquired and expiry times and a
 * live TTL countdown, plus a release action for whoever the server lets release it.
 * Presentational: pass the lock state, or use {@link ConnectedRunLockInspector}.
 */
export function RunLockInspector({
  onRelease,
  releasing = false,
  releaseError,
  onRetry,
  headingLevel,
  className,
  ...options
}: RunLockInspectorProps) {
  const model = useRunLockInspector(options);
  const titleId = useId();
  const { state, messages } = model;
  const labels = {
    holder: messages.holder,
    'fencing-token': messages.fencingToken,
    acquired: messages.acquired,
    expires: messages.expires,
    'time-left': messages.timeLeft,
  };
  const lockId = model.lockId;
  return (
    <RunLockInspectorRoot
      state={state}
      titleId={titleId}
      className={
        className
          ? `govkit-widget govkit-panel govkit-run-lock-inspector ${className}`
          : 'govkit-widget govkit-panel govkit-run-lock-inspector'
      }
    >
      <div className="govkit-run-lock-inspector__head">
        <RunLockInspectorTitle
          id={titleId}
          level={headingLevel}
          className="govkit-run-lock-inspector__title"
        >
          {messages.inspectorTitle}
        </RunLockInspectorTitle>
        {state === 'live' || state === 'expired' ? (
          <StatusBadge
            status={state === 'live' ? 'in_progress' : 'expired'}
            label={state === 'live' ? messages.statusLive : messages.statusExpired}
          />
        ) : null}
      </div>
      {state === 'error' ? (
        <ErrorState error={options.error} onRetry={onRetry} />
      ) : state === 'free' ? (
        <EmptyState title={messages.freeTitle} description={messages.freeDescription} />
      ) : state === 'loading' ? (
        <>
          <span className="govkit-visually-hidden" role="status">
            {messages.loading}
          </span>
          <dl className="govkit-fields govkit-fields--rows govkit-run-lock-inspector__fields">
            {FIELDS.map((field) => (
              <RunLockInspectorField key={field} field={field} label={labels[field]}>
                <Skeleton width={SKELETON_WIDTH[field]} />
              </RunLockInspectorField>
            ))}
          </dl>
        </>
      ) : (
        <>
          <dl className="govkit-fields govkit-fields--rows govkit-run-lock-inspector__fields">
            <RunLockInspectorField field="holder" label={labels.holder}>
              {model.holder}
            </RunLockInspectorField>
            <RunLockInspectorField field="fencing-token" label={labels['fencing-token']}>
              <code>{model.fencingToken}</code>
            </RunLockInspectorField>
            <RunLockInspectorField field="acquired" label={labels.acquired}>
              <Time time={model.acquired} />
            </RunLockInspectorField>
            <RunLockInspectorField field="expires" label={labels.expires}>
              <Time time={model.expires} />
            </RunLockInspectorField>
            <RunLockInspectorField field="time-left" label={labels['time-left']}>
              <RunLockCountdown
                seconds={model.secondsLeft}
                className="govkit-run-lock-inspector__countdown"
              >
                {model.timeLeft ?? <Skeleton width={SKELETON_WIDTH['time-left']} />}
              </RunLockCountdown>
            </RunLockInspectorField>
          </dl>
          {state === 'expired' ? (
            <p className="govkit-run-lock-inspector__note">{messages.expiredDescription}</p>
          ) : null}
          {lockId && onRelease ? (
            <div className="govkit-run-lock-inspector__actions">
              <button
                type="button"
                className="govkit-button"
                disabled={releasing}
                aria-busy={releasing || undefined}
                onClick={() => onRelease(lockId)}
              >
                {releasing ? messages.releasing : messages.release}
              </button>
            </div>
          ) : null}
        </>
      )}
      {releaseError !== undefined && releaseError !== null && state !== 'error' ? (
        <ErrorState error={releaseError} title={messages.releaseFailed} />
      ) : null}
    </RunLockInspectorRoot>
  );
}
