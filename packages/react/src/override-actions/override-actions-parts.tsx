import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { ReversalCountdown } from '../reversal-diff-viewer/reversal-diff-viewer-parts';
import type { OverrideCountdown } from './use-countdown';
import type { OverrideActionsState } from './use-override-actions';

export interface OverrideActionsRootProps extends ComponentPropsWithoutRef<'section'> {
  state: OverrideActionsState;
  /** The override's status (`new`, `executed`, …), as `data-status`. */
  status: string;
  titleId: string;
  access: 'read-write' | 'read-only';
  /** `held` while a reversal lock or cooldown blocks reversing. */
  hold?: 'lock' | 'cooldown' | undefined;
}

/** The widget: a named region with `data-state`, `data-status`, `data-access` and `data-hold`. */
export const OverrideActionsRoot = forwardRef<HTMLElement, OverrideActionsRootProps>(
  function OverrideActionsRoot({ state, status, titleId, access, hold, ...props }, ref) {
    return (
      <section
        ref={ref}
        aria-labelledby={titleId}
        aria-busy={state === 'loading' || undefined}
        data-state={state}
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
  title: ReactNode;
  /** The countdown to the end of the hold; its text while it runs and once it is over. */
  countdown?: OverrideCountdown | undefined;
  runningText?: string | undefined;
  overText: string;
  /** Extra lines (`Until 13:50`, `120-minute window`). */
  details?: readonly (string | undefined)[] | undefined;
  className?: string | undefined;
}

/**
 * A reversal lock or cooldown, said calmly: a polite status (not an alert) with who or what holds
 * the override and a live countdown to when it can be tried again (the reversal viewer's
 * countdown part: a `timer` while it runs, announced once when over).
 */
export function OverrideHoldNotice({
  kind,
  title,
  countdown,
  runningText,
  overText,
  details = [],
  className,
}: OverrideHoldNoticeProps) {
  const phase =
    countdown?.phase === 'over' ? 'cleared' : countdown?.phase === 'active' ? 'active' : 'pending';
  return (
    <div className={className} data-hold={kind} data-phase={phase} role="status">
      <p data-hold-title="">{title}</p>
      {countdown && countdown.phase !== 'pending' ? (
        <ReversalCountdown phase={phase} data-countdown="">
          {countdown.phase === 'over' ? overText : runningText}
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
