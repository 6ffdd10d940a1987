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
import {
  DefinitionField,
  type DefinitionFieldProps,
  WidgetRegion,
  type WidgetRegionProps,
  WidgetTitle,
  type WidgetTitleProps,
} from '../shared/widget-parts';
import type { PredictiveWatchListState } from './use-predictive-watch-list';

export interface PredictiveWatchListRootProps extends WidgetRegionProps {
  state: PredictiveWatchListState;
  open: boolean;
}

/** The section: named by its title, with `data-state` and `data-open="true|false"`. */
export const PredictiveWatchListRoot = forwardRef<HTMLElement, PredictiveWatchListRootProps>(
  function PredictiveWatchListRoot({ open, ...props }, ref) {
    return <WidgetRegion ref={ref} data-open={open} {...props} />;
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

export type PredictiveWatchListFieldProps = DefinitionFieldProps<
  'why-it-matters' | 'what-to-watch' | 'time-horizon'
>;

/** One labelled value of an item (`<dt>`/`<dd>`), with `data-field`. */
export const PredictiveWatchListField: (props: PredictiveWatchListFieldProps) => ReactElement =
  DefinitionField;

/** One watch item. */
export function PredictiveWatchListItem(props: PredictiveWatchListItemProps) {
  return <li {...props} />;
}
