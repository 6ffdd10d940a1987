import { type ComponentPropsWithoutRef, createElement, forwardRef, type ReactNode } from 'react';
import {
  DisclosurePanel,
  type DisclosurePanelProps,
  DisclosureTrigger,
  type DisclosureTriggerProps,
} from '../shared/disclosure';
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

export type PredictiveWatchListTriggerProps = DisclosureTriggerProps;

/** The button that opens and closes the list; `data-state="open|closed"`. */
export const PredictiveWatchListTrigger = DisclosureTrigger;

export type PredictiveWatchListPanelProps = DisclosurePanelProps;

/** The list and its disclaimer; `hidden` while closed. */
export const PredictiveWatchListPanel = DisclosurePanel;

export interface PredictiveWatchListItemProps extends ComponentPropsWithoutRef<'li'> {
  children: ReactNode;
}

/** One watch item. */
export function PredictiveWatchListItem(props: PredictiveWatchListItemProps) {
  return <li {...props} />;
}
