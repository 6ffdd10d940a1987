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
  // A lock and a cooldown differ only in their words: one branch, one countdown.
  const hold =
    error instanceof ReversalLockedError || error instanceof ReversalCoolingDownError
      ? error
      : undefined;
  const locked = hold instanceof ReversalLockedError;
  const countdown = useCountdown(hold?.retryAt, now);
  const keptLine = kept ? <p>{messages.keptText}</p> : null;
  if (locked && lockShown) return keptLine;
  if (hold) {
    const holder = locked ? hold.lockHolder : undefined;
    const window = locked ? undefined : hold.cooldownWindowMinutes;
    return (
      <>
        <OverrideHoldNotice
          kind={locked ? 'lock' : 'cooldown'}
          countdown={countdown}
          holder={holder?.name || holder?.email || holder?.id || undefined}
          windowText={
            window != null ? formatMessage(messages.coolingWindow, { minutes: window }) : undefined
          }
          messages={messages}
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
