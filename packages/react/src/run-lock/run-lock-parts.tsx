import {
  type ComponentPropsWithoutRef,
  type ForwardRefExoticComponent,
  forwardRef,
  type ReactElement,
  type RefAttributes,
} from 'react';
import {
  DefinitionField,
  type DefinitionFieldProps,
  WidgetRegion,
  type WidgetRegionProps,
  WidgetTitle,
  type WidgetTitleProps,
} from '../shared/widget-parts';
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

export interface RunLockInspectorRootProps extends WidgetRegionProps {
  state: RunLockInspectorState;
}

/** The inspector: a named region with `data-state` (`free`, `live`, `expired`, …). */
export const RunLockInspectorRoot: ForwardRefExoticComponent<
  RunLockInspectorRootProps & RefAttributes<HTMLElement>
> = WidgetRegion;

export type RunLockInspectorTitleProps = WidgetTitleProps;

/** The inspector's heading. */
export const RunLockInspectorTitle: (props: RunLockInspectorTitleProps) => ReactElement =
  WidgetTitle;

export type RunLockInspectorFieldProps = DefinitionFieldProps<
  'holder' | 'fencing-token' | 'acquired' | 'expires' | 'time-left'
>;

/** One labelled value (`<dt>`/`<dd>`), with `data-field`. */
export const RunLockInspectorField: (props: RunLockInspectorFieldProps) => ReactElement =
  DefinitionField;

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
