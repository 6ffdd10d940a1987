import { type ComponentPropsWithoutRef, createElement, forwardRef, type ReactNode } from 'react';
import type { PredictiveWatchListState } from './use-predictive-watch-list';

export interface PredictiveWatchListRootProps extends ComponentPropsWithoutRef<'section'> {
  state: PredictiveWatchListState;
  titleId: string;
  open: boolean;
}

/** The section: named by its title, with `data-state` and `data-open="true|false"`. */
export const PredictiveWatchListRoot = forwardRef<HTMLElement, PredictiveWatchListRootProps>(
  function PredictiveWatchListRoot({ state, titleId, open, ...props }, ref) {
    return (
      <section
        ref={ref}
        aria-labelledby={titleId}
        aria-busy={state === 'loading' || undefined}
        data-state={state}
        data-open={open}
        {...props}
      />
    );
  },
);

export interface PredictiveWatchListHeadingProps extends ComponentPropsWithoutRef<'h2'> {
  level?: 2 | 3 | 4 | 5 | 6;
}

/** The heading that holds the disclosure button (the WAI-ARIA accordion pattern). */
export function PredictiveWatchListHeading({
  level = 2,
  ...props
}: PredictiveWatchListHeadingProps) {
  return createElement(`h${level}`, props);
}

export interface PredictiveWatchListTriggerProps extends ComponentPropsWithoutRef<'button'> {
  'aria-expanded': boolean;
  'aria-controls': string;
}

/** The button that opens and closes the list; `data-state="open|closed"`. */
export const PredictiveWatchListTrigger = forwardRef<
  HTMLButtonElement,
  PredictiveWatchListTriggerProps
>(function PredictiveWatchListTrigger(props, ref) {
  return (
    <button
      ref={ref}
      type="button"
      data-state={props['aria-expanded'] ? 'open' : 'closed'}
      {...props}
    />
  );
});

export interface PredictiveWatchListPanelProps extends ComponentPropsWithoutRef<'div'> {
  open: boolean;
}

/** The list and its disclaimer; `hidden` while closed. */
export function PredictiveWatchListPanel({ open, ...props }: PredictiveWatchListPanelProps) {
  return <div hidden={!open} data-state={open ? 'open' : 'closed'} {...props} />;
}

export interface PredictiveWatchListItemProps extends ComponentPropsWithoutRef<'li'> {
  children: ReactNode;
}

/** One watch item. */
export function PredictiveWatchListItem(props: PredictiveWatchListItemProps) {
  return <li {...props} />;
}
