import type { TimelineEntryKind } from '@govkit/sdk';
import type { ComponentPropsWithRef } from 'react';
import type { TimelineLiveStatus } from '../timeline/use-timeline-live';
import type { DecisionTimelineState } from './use-decision-timeline';

export interface DecisionTimelineRootProps extends ComponentPropsWithRef<'section'> {
  state: DecisionTimelineState;
  live?: TimelineLiveStatus | undefined;
  titleId: string;
}

// React 19 passes `ref` as a prop (the peer range), so the parts need no `forwardRef`.

/** The timeline's region, labelled by its title; `data-state` and `data-live` for styling. */
export function DecisionTimelineRoot({
  state,
  live,
  titleId,
  ...props
}: DecisionTimelineRootProps) {
  return (
    <section
      aria-labelledby={titleId}
      aria-busy={state === 'loading' || undefined}
      data-state={state}
      data-live={live}
      {...props}
    />
  );
}

export interface DecisionTimelineFeedProps extends ComponentPropsWithRef<'div'> {
  /** True while a page is loading (`aria-busy`, as the feed pattern asks). */
  busy?: boolean | undefined;
}

/**
 * The list of entries as an ARIA feed: a scrollable list of articles that grows as the user
 * reads, which is what a timeline with infinite loading is.
 */
export function DecisionTimelineFeed({ busy, ...props }: DecisionTimelineFeedProps) {
  return <div role="feed" aria-busy={busy || undefined} {...props} />;
}

export interface DecisionTimelineEntryProps extends ComponentPropsWithRef<'article'> {
  entryId: string;
  kind: TimelineEntryKind;
  /** The entry's 1-based position, and the count (-1 while more can load). */
  position: number;
  setSize: number;
  selected?: boolean | undefined;
}

/** One entry: an article with its position in the feed, kind and selection as data attributes. */
export function DecisionTimelineEntry({
  entryId,
  kind,
  position,
  setSize,
  selected,
  ...props
}: DecisionTimelineEntryProps) {
  return (
    <article
      aria-posinset={position}
      aria-setsize={setSize}
      data-entry-id={entryId}
      data-kind={kind}
      data-selected={selected ? 'true' : undefined}
      {...props}
    />
  );
}
