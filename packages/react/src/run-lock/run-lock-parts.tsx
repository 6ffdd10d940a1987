import { type ComponentPropsWithoutRef, createElement, forwardRef, type ReactNode } from 'react';
import type { RunLockInspectorState } from './use-run-lock-inspector';

/**
 * The calm refusal: `role="status"` (a polite announcement, not an alarm), because a held lock
 * is normal operation, not an error.
 */
export const RunLockNoticeRoot = forwardRef<HTMLElement, ComponentPropsWithoutRef<'section'>>(
  function RunLockNoticeRoot(props, ref) {
    return <section ref={ref} role="status" data-state="lock-held" {...props} />;
  },
);

export interface RunLockInspectorRootProps extends ComponentPropsWithoutRef<'section'> {
  state: RunLockInspectorState;
  titleId: string;
}

/** The inspector: a named region with `data-state` (`free`, `live`, `expired`, …). */
export const RunLockInspectorRoot = forwardRef<HTMLElement, RunLockInspectorRootProps>(
  function RunLockInspectorRoot({ state, titleId, ...props }, ref) {
    return (
      <section
        ref={ref}
        aria-labelledby={titleId}
        aria-busy={state === 'loading' || undefined}
        data-state={state}
        {...props}
      />
    );
  },
);

export interface RunLockInspectorTitleProps extends ComponentPropsWithoutRef<'h2'> {
  level?: 2 | 3 | 4 | 5 | 6;
}

/** The inspector's heading. */
export function RunLockInspectorTitle({ level = 2, ...props }: RunLockInspectorTitleProps) {
  return createElement(`h${level}`, props);
}

export interface RunLockInspectorFieldProps extends ComponentPropsWithoutRef<'div'> {
  field: 'holder' | 'fencing-token' | 'acquired' | 'expires' | 'time-left';
  label: ReactNode;
  children: ReactNode;
}

/** One labelled value (`<dt>`/`<dd>`), with `data-field`. */
export function RunLockInspectorField({
  field,
  label,
  children,
  ...props
}: RunLockInspectorFieldProps) {
  return (
    <div data-field={field} {...props}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * The live TTL countdown: `role="timer"`, whose changes assistive technology does not announce
 * every second (a reader can still query it).
 */
export function RunLockCountdown({
  seconds,
  ...props
}: ComponentPropsWithoutRef<'span'> & { seconds: number | undefined }) {
  return <span role="timer" data-seconds-left={seconds} {...props} />;
}
