import type { TimelineEntryKind } from '@govkit/sdk';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { TimelineLiveStatus } from '../timeline/use-timeline-live';
import type { DecisionTimelineState } from './use-decision-timeline';

export interface DecisionTimelineRootProps extends ComponentPropsWithoutRef<'section'> {
  state: DecisionTimelineState;
  live?: TimelineLiveStatus | undefined;
  titleId: string;
}

/** The timeline's region, labelled by its title; `data-state` and `data-live` for styling. */
export const DecisionTimelineRoot = forwardRef<HTMLElement, DecisionTimelineRootProps>(
  function DecisionTimelineRoot({ state, live, titleId, ...props }, ref) {
    return (
      <section
        ref={ref}
        aria-labelledby={titleId}
        aria-busy={state === 'loading' || undefined}
        data-state={state}
        data-live={live}
        {...props}
      />
    );
  },
);

export interface DecisionTimelineFeedProps extends ComponentPropsWithoutRef<'div'> {
  /** True while a page is loading (`aria-busy`, as the feed pattern asks). */
  busy?: boolean | undefined;
}

/**
 * The list of entries as an ARIA feed: a scrollable list of articles that grows as the user
 * reads, which is what a timeline with infinite loading is.
 */
export const DecisionTimelineFeed = forwardRef<HTMLDivElement, DecisionTimelineFeedProps>(
  function DecisionTimelineFeed({ busy, ...props }, ref) {
    return <div ref={ref} role="feed" aria-busy={busy || undefined} {...props} />;
  },
);

export interface DecisionTimelineEntryProps extends ComponentPropsWithoutRef<'article'> {
  entryId: string;
  kind: TimelineEntryKind;
  /** The entry's 1-based position, and the count (-1 while more can load). */
  position: number;
  setSize: number;
  selected?: boolean | undefined;
}

/** One entry: an article with its position in the feed, kind and selection as data attributes. */
export const DecisionTimelineEntry = forwardRef<HTMLElement, DecisionTimelineEntryProps>(
  function DecisionTimelineEntry({ entryId, kind, position, setSize, selected, ...props }, ref) {
    return (
      <article
        ref={ref}
        aria-posinset={position}
        aria-setsize={setSize}
        data-entry-id={entryId}
        data-kind={kind}
        data-selected={selected ? 'true' : undefined}
        {...props}
      />
    );
  },
);
