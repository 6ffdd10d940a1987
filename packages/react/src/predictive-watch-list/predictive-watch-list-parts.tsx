import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type ReactElement,
  type ReactNode,
} from 'react';
import {
  DisclosurePanel,
  type DisclosurePanelProps,
  DisclosureTrigger,
  type DisclosureTriggerProps,
} from '../shared/disclosure';
import { WidgetTitle, type WidgetTitleProps } from '../shared/widget-parts';
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

export type PredictiveWatchListHeadingProps = WidgetTitleProps;

/** The heading that holds the disclosure button (the WAI-ARIA accordion pattern). */
export const PredictiveWatchListHeading: (props: PredictiveWatchListHeadingProps) => ReactElement =
  WidgetTitle;

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
