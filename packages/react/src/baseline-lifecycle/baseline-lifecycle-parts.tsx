import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { WidgetRegion, type WidgetRegionProps } from '../shared/widget-parts';
import type {
  BaselineEventView,
  BaselineLifecycleState,
  BaselineStep,
} from './use-baseline-lifecycle';

export interface BaselineLifecycleRootProps extends WidgetRegionProps {
  state: BaselineLifecycleState;
  /** The baseline's status (`data-status`), for host styling. */
  status?: string | undefined;
}

/** The widget: a named region with `data-state`, `data-status` and `aria-busy` while loading. */
export const BaselineLifecycleRoot = forwardRef<HTMLElement, BaselineLifecycleRootProps>(
  function BaselineLifecycleRoot({ status, ...props }, ref) {
    return <WidgetRegion ref={ref} data-status={status} {...props} />;
  },
);

export interface BaselineLifecycleStepsProps extends ComponentPropsWithoutRef<'ol'> {
  steps: readonly BaselineStep[];
}

/**
 * The lifecycle as an ordered list; the current step carries `aria-current="step"` and every
 * step its state as `data-step-state` (`done`, `current`, `rejected`, `todo`).
 */
export function BaselineLifecycleSteps({ steps, ...props }: BaselineLifecycleStepsProps) {
  return (
    <ol {...props}>
      {steps.map((step) => (
        <li
          key={step.id}
          data-step={step.id}
          data-step-state={step.state}
          aria-current={step.state === 'current' || step.state === 'rejected' ? 'step' : undefined}
        >
          {step.label}
        </li>
      ))}
    </ol>
  );
}

export interface BaselineLifecycleEventsProps extends ComponentPropsWithoutRef<'ol'> {
  events: readonly BaselineEventView[];
}

/** The events, newest first, each with its action as `data-action`. */
export function BaselineLifecycleEvents({ events, ...props }: BaselineLifecycleEventsProps) {
  return (
    <ol {...props}>
      {events.map((event) => (
        <li key={event.id} data-action={event.action}>
          <span data-part="label">{event.label}</span>
          <span data-part="meta">
            {event.by} · <time dateTime={event.dateTime}>{event.at}</time>
          </span>
          {event.notes ? <span data-part="notes">{event.notes}</span> : null}
        </li>
      ))}
    </ol>
  );
}
