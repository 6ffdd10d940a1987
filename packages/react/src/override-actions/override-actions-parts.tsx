import { forwardRef } from 'react';
import { formatMessage } from '../i18n/message-catalog';
import { ReversalCountdown } from '../reversal-diff-viewer/reversal-diff-viewer-parts';
import type { WidgetAccess } from '../shared/use-refusal-read-only';
import { WidgetRegion, type WidgetRegionProps } from '../shared/widget-parts';
import type { OverrideActionsMessages } from './override-actions-messages';
import type { OverrideCountdown } from './use-countdown';
import type { OverrideActionsState } from './use-override-actions';

export interface OverrideActionsRootProps extends WidgetRegionProps {
  state: OverrideActionsState;
  /** The override's status (`new`, `executed`, …), as `data-status`. */
  status: string;
  access: WidgetAccess;
  /** `held` while a reversal lock or cooldown blocks reversing. */
  hold?: 'lock' | 'cooldown' | undefined;
}

/** The widget: a named region with `data-state`, `data-status`, `data-access` and `data-hold`. */
export const OverrideActionsRoot = forwardRef<HTMLElement, OverrideActionsRootProps>(
  function OverrideActionsRoot({ status, access, hold, ...props }, ref) {
    return (
      <WidgetRegion
        ref={ref}
        data-status={status}
        data-access={access}
        data-hold={hold}
        {...props}
      />
    );
  },
);

export interface OverrideHoldNoticeProps {
  kind: 'lock' | 'cooldown';
  /** To the end of the hold; absent when the end is not known (a lock until it is released). */
  countdown: OverrideCountdown | undefined;
  /** Who holds the lock (a name, an e-mail or an id; "another operator" without one). */
  holder?: string | undefined;
  /** The cooldown's window (`120-minute window`). */
  windowText?: string | undefined;
  messages: OverrideActionsMessages;
  className?: string | undefined;
}

/**
 * A reversal lock or cooldown, said calmly and in the same words wherever it comes from (the
 * live state above the buttons, a refused write in a form): a polite status (not an alert) with
 * who or what holds the override and a live countdown to when it can be tried again (the
 * reversal viewer's countdown part: a `timer` while it runs, announced once when over). Once a
 * cooldown is over, one calm line says so.
 */
export function OverrideHoldNotice({
  kind,
  countdown,
  holder,
  windowText,
  messages,
  className,
}: OverrideHoldNoticeProps) {
  const lock = kind === 'lock';
  const over = countdown?.phase === 'over';
  const cleared = !lock && over;
  const phase = over ? 'cleared' : countdown?.phase === 'active' ? 'active' : 'pending';
  const details = [
    countdown && !cleared
      ? formatMessage(lock ? messages.lockRetryAt : messages.coolingUntil, { time: countdown.at })
      : '',
    windowText,
  ];
  return (
    <div
      className={className}
      data-hold={kind}
      data-phase={cleared ? 'pending' : phase}
      role="status"
    >
      <p data-hold-title="">
        {lock
          ? formatMessage(messages.lockTitle, { holder: holder || messages.lockUnknownHolder })
          : cleared
            ? messages.coolingCleared
            : messages.coolingTitle}
      </p>
      {countdown && !cleared && countdown.phase !== 'pending' ? (
        <ReversalCountdown phase={phase} data-countdown="">
          {over
            ? messages.lockRetryNow
            : formatMessage(lock ? messages.lockRetryIn : messages.coolingRemaining, {
                duration: countdown.remainingText ?? '',
              })}
        </ReversalCountdown>
      ) : null}
      {details
        .filter((line): line is string => Boolean(line))
        .map((line) => (
          <p key={line} data-hold-detail="">
            {line}
          </p>
        ))}
    </div>
  );
}
