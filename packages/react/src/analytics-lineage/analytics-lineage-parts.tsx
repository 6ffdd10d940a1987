import {
  type ComponentPropsWithoutRef,
  createElement,
  type ForwardRefExoticComponent,
  type RefAttributes,
} from 'react';
import { WidgetRegion } from '../shared/widget-parts';
import type { AnalyticsLineageSideId, AnalyticsLineageState } from './use-analytics-lineage';

export interface AnalyticsLineageRootProps extends ComponentPropsWithoutRef<'section'> {
  state: AnalyticsLineageState;
  /** The id of the title, which names the region. */
  titleId: string;
}

/** The widget: a named region with `data-state` (and `aria-busy` while loading). */
export const AnalyticsLineageRoot: ForwardRefExoticComponent<
  AnalyticsLineageRootProps & RefAttributes<HTMLElement>
> = WidgetRegion;

export interface AnalyticsLineageHeadingProps extends ComponentPropsWithoutRef<'h3'> {
  /** Heading level in the host page's outline. */
  level: 2 | 3 | 4 | 5 | 6 | 7;
}

/** A heading of the widget or of one side (level 7 becomes a `p`: HTML stops at `h6`). */
export function AnalyticsLineageHeading({ level, ...props }: AnalyticsLineageHeadingProps) {
  return createElement(level > 6 ? 'p' : `h${level}`, props);
}

export interface AnalyticsLineageSideProps extends ComponentPropsWithoutRef<'section'> {
  side: AnalyticsLineageSideId;
  /** The id of the side's heading. */
  titleId: string;
  empty: boolean;
}

/** One side (scenarios or notebook entries), with `data-side` and `data-empty`. */
export function AnalyticsLineageSide({
  side,
  titleId,
  empty,
  ...props
}: AnalyticsLineageSideProps) {
  return (
    <section
      aria-labelledby={titleId}
      data-side={side}
      data-empty={empty || undefined}
      {...props}
    />
  );
}
