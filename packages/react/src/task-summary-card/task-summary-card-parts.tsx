import { type ComponentPropsWithoutRef, createElement, forwardRef, type ReactNode } from 'react';
import type { TaskSummaryCardState, TaskSummaryFieldId } from './use-task-summary-card';

export interface TaskSummaryCardRootProps extends ComponentPropsWithoutRef<'section'> {
  state: TaskSummaryCardState;
  /** The id of the title, which names the card for assistive technology. */
  titleId: string;
}

/** The card: a named region with its state as `data-state` (and `aria-busy` while loading). */
export const TaskSummaryCardRoot = forwardRef<HTMLElement, TaskSummaryCardRootProps>(
  function TaskSummaryCardRoot({ state, titleId, ...props }, ref) {
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

export interface TaskSummaryCardTitleProps extends ComponentPropsWithoutRef<'h2'> {
  /** Heading level in the host page's outline. Default 2. */
  level?: 2 | 3 | 4 | 5 | 6;
}

/** The card's heading. */
export function TaskSummaryCardTitle({ level = 2, ...props }: TaskSummaryCardTitleProps) {
  return createElement(`h${level}`, props);
}

/** The list of labelled values. */
export function TaskSummaryCardFields(props: ComponentPropsWithoutRef<'dl'>) {
  return <dl {...props} />;
}

export interface TaskSummaryCardFieldProps extends ComponentPropsWithoutRef<'div'> {
  field: TaskSummaryFieldId;
  label: ReactNode;
  children: ReactNode;
}

/** One labelled value (`<dt>`/`<dd>`), with its id as `data-field`. */
export function TaskSummaryCardField({
  field,
  label,
  children,
  ...props
}: TaskSummaryCardFieldProps) {
  return (
    <div data-field={field} {...props}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
