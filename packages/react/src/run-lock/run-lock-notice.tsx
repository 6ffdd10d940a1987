import { RunLockHeldError } from '@govkit/sdk';
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages';
import { type RunLockMessages, runLockMessages } from './run-lock-messages';
import { RunLockNoticeRoot } from './run-lock-parts';

/** True for the refusal the notice is for: a run or lock request met a live lock (409). */
export function isRunLockHeld(error: unknown): error is RunLockHeldError {
  return error instanceof RunLockHeldError;
}

export interface RunLockNoticeProps {
  /** Shows a "Refresh" action (try again, or reload what the page shows). */
  onRefresh?: (() => void) | undefined;
  /** More context under the message, e.g. a lock inspector. */
  children?: ReactNode;
  messages?: Partial<RunLockMessages> | undefined;
  className?: string | undefined;
}

/**
 * The calm message a refused run shows: "A snapshot is already running for this
 * workspace. Please wait a moment and refresh." Not an error: nothing went wrong, someone else's
 * run holds the workspace. Show it when `isRunLockHeld(error)`.
 */
export function RunLockNotice({
  onRefresh,
  children,
  messages: overrides,
  className,
}: RunLockNoticeProps) {
  const messages = useMessages('runLock', runLockMessages, overrides);
  return (
    <RunLockNoticeRoot
      className={
        className
          ? `govkit-widget govkit-panel govkit-run-lock-notice ${className}`
          : 'govkit-widget govkit-panel govkit-run-lock-notice'
      }
    >
      <p className="govkit-run-lock-notice__message">{messages.lockHeld}</p>
      {onRefresh ? (
        <button type="button" className="govkit-button" onClick={onRefresh}>
          {messages.refresh}
        </button>
      ) : null}
      {children}
    </RunLockNoticeRoot>
  );
}
