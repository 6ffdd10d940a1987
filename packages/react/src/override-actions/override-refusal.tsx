import { ReversalCoolingDownError, ReversalLockedError } from '@govkit/sdk';
import { formatMessage } from '../i18n/message-catalog';
import { ErrorState } from '../shared/error-state';
import type { OverrideActionsMessages } from './override-actions-messages';
import { OverrideHoldNotice } from './override-actions-parts';
import { useCountdown } from './use-countdown';
import { isForbidden } from './use-override-actions';

export interface OverrideRefusalProps {
  error: unknown;
  /** Something was typed: say it is still there. */
  kept: boolean;
  messages: OverrideActionsMessages;
  now?: Date | number | undefined;
  /** The widget already shows this lock above the form: say only that the input is kept. */
  lockShown?: boolean | undefined;
}

/**
 * Why a write was refused, in the calmest form that is true: a held lock or a running cooldown
 * as a status with who and until when (from the error's `lockHolder` / `retryAt`), a 403 as a
 * notice, anything else as the shared error state. What was typed stays in the form.
 */
export function OverrideRefusal({ error, kept, messages, now, lockShown }: OverrideRefusalProps) {
  const retryAt =
    error instanceof ReversalLockedError || error instanceof ReversalCoolingDownError
      ? error.retryAt
      : undefined;
  const countdown = useCountdown(retryAt, now);
  const keptLine = kept ? <p>{messages.keptText}</p> : null;
  if (error instanceof ReversalLockedError && lockShown) return keptLine;
  if (error instanceof ReversalLockedError) {
    const holder = error.lockHolder;
    return (
      <>
        <OverrideHoldNotice
          kind="lock"
          title={formatMessage(messages.lockTitle, {
            holder: holder?.name || holder?.email || holder?.id || messages.lockUnknownHolder,
          })}
          countdown={countdown}
          runningText={
            countdown?.remainingText
              ? formatMessage(messages.lockRetryIn, { duration: countdown.remainingText })
              : undefined
          }
          overText={messages.lockRetryNow}
          details={[countdown ? formatMessage(messages.lockRetryAt, { time: countdown.at }) : '']}
        />
        {keptLine}
      </>
    );
  }
  if (error instanceof ReversalCoolingDownError) {
    const window = error.cooldownWindowMinutes;
    return (
      <>
        <OverrideHoldNotice
          kind="cooldown"
          title={messages.coolingTitle}
          countdown={countdown}
          runningText={
            countdown?.remainingText
              ? formatMessage(messages.coolingRemaining, { duration: countdown.remainingText })
              : undefined
          }
          overText={messages.coolingCleared}
          details={[
            countdown ? formatMessage(messages.coolingUntil, { time: countdown.at }) : '',
            window != null ? formatMessage(messages.coolingWindow, { minutes: window }) : '',
          ]}
        />
        {keptLine}
      </>
    );
  }
  if (isForbidden(error)) {
    return (
      <div role="status" data-notice="forbidden">
        <p data-notice-title="">{messages.actionForbiddenTitle}</p>
        <p>{messages.actionForbiddenDetail}</p>
        {keptLine}
      </div>
    );
  }
  return (
    <>
      <ErrorState error={error} title={messages.actionFailedTitle} />
      {keptLine}
    </>
  );
}
