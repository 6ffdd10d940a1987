import { ApiError, ConnectionError, NotFoundError } from '@govkit/sdk';
import type { ReactNode } from 'react';
import { commonMessages } from '../i18n/common-messages';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';

export interface ErrorStateProps {
  /** The error as thrown (the sdk's typed errors keep their `detail` and request id). */
  error: unknown;
  /** Shows a retry button; connected widgets pass their query's `refetch`. */
  onRetry?: (() => void) | undefined;
  /** A heading that says what failed in the widget's words (`Task not found`). */
  title?: ReactNode;
  /** Words of the widget instead of the server's `detail` (the request id still shows). */
  detail?: ReactNode;
}

/**
 * The error state of every widget: a title by error kind, the server's `detail` as plain text,
 * the request id for support, and a retry action.
 */
export function ErrorState({ error, onRetry, title, detail: detailOverride }: ErrorStateProps) {
  const messages = useMessages('common', commonMessages);
  const detail =
    detailOverride ??
    (error instanceof ApiError
      ? error.detailMessage
      : error instanceof Error
        ? error.message
        : String(error));
  const heading =
    title ??
    (error instanceof NotFoundError
      ? messages.notFoundTitle
      : error instanceof ConnectionError
        ? messages.networkErrorTitle
        : messages.errorTitle);
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <div
      className="govkit-error-state"
      role="alert"
      data-status={error instanceof ApiError ? error.status : undefined}
    >
      <p className="govkit-error-state__title">{heading}</p>
      {detail ? <p className="govkit-error-state__detail">{detail}</p> : null}
      {requestId ? (
        <p className="govkit-error-state__request-id">
          {formatMessage(messages.requestId, { requestId })}
        </p>
      ) : null}
      {onRetry ? (
        <button type="button" className="govkit-button" onClick={onRetry}>
          {messages.retry}
        </button>
      ) : null}
    </div>
  );
}
