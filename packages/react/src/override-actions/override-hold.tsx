import { formatMessage } from '../i18n/message-catalog';
import type { OverrideActionsMessages } from './override-actions-messages';
import { OverrideHoldNotice } from './override-actions-parts';
import type { OverrideCountdown } from './use-countdown';

export interface OverrideHoldProps {
  kind: 'lock' | 'cooldown';
  /** To its end; absent when the end is not known (a lock until the stream releases it). */
  countdown: OverrideCountdown | undefined;
  /** Who holds the lock (a name, an e-mail, an id or "another operator"). */
  holder?: string | undefined;
  /** The cooldown's window (`120-minute window`). */
  windowText?: string | undefined;
  messages: OverrideActionsMessages;
  className?: string | undefined;
}

/**
 * A held reversal lock or running cooldown in the widget's words: one wording whether it came
 * from the live state above the buttons or from a refused write in a form. Once a cooldown is
 * over, one calm line says so (announced once by the status role).
 */
export function OverrideHold({
  kind,
  countdown,
  holder,
  windowText,
  messages,
  className,
}: OverrideHoldProps) {
  const lock = kind === 'lock';
  const over = !lock && countdown?.phase === 'over';
  const running = countdown?.remainingText;
  return (
    <OverrideHoldNotice
      className={className}
      kind={kind}
      title={
        lock
          ? formatMessage(messages.lockTitle, { holder: holder || messages.lockUnknownHolder })
          : over
            ? messages.coolingCleared
            : messages.coolingTitle
      }
      countdown={over ? undefined : countdown}
      runningText={
        running
          ? formatMessage(lock ? messages.lockRetryIn : messages.coolingRemaining, {
              duration: running,
            })
          : undefined
      }
      overText={lock ? messages.lockRetryNow : messages.coolingCleared}
      details={[
        countdown && !over
          ? formatMessage(lock ? messages.lockRetryAt : messages.coolingUntil, {
              time: countdown.at,
            })
          : '',
        windowText,
      ]}
    />
  );
}
