import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { WidgetAccess } from '../shared/use-refusal-read-only';
import { WidgetRegion, type WidgetRegionProps } from '../shared/widget-parts';
import type { CoachingThreadState } from './use-coaching-thread';

export interface CoachingThreadRootProps extends WidgetRegionProps {
  state: CoachingThreadState;
  /** `read-only` once the acting user may do nothing here. */
  access: WidgetAccess;
}

/** The thread: a named region with `data-state` and `data-access`. */
export const CoachingThreadRoot = forwardRef<HTMLElement, CoachingThreadRootProps>(
  function CoachingThreadRoot({ access, ...props }, ref) {
    return <WidgetRegion ref={ref} data-access={access} {...props} />;
  },
);

/** A list of notes (the threads, or a note's replies). */
export const CoachingThreadList = forwardRef<HTMLOListElement, ComponentPropsWithoutRef<'ol'>>(
  function CoachingThreadList(props, ref) {
    return <ol ref={ref} {...props} />;
  },
);

export interface CoachingNoteItemProps extends ComponentPropsWithoutRef<'article'> {
  /** The moderation state as sent (`flagged`, `removed`, …). */
  moderationState: string;
  depth: number;
  pending: boolean;
}

/**
 * One note: an `<article>` (focusable, so focus has a place to land when its action disappears)
 * with `data-moderation-state`, `data-depth` and `data-pending`.
 */
export const CoachingNoteItem = forwardRef<HTMLElement, CoachingNoteItemProps>(
  function CoachingNoteItem({ moderationState, depth, pending, ...props }, ref) {
    return (
      <article
        ref={ref}
        tabIndex={-1}
        data-moderation-state={moderationState}
        data-depth={depth}
        data-pending={pending || undefined}
        aria-busy={pending || undefined}
        {...props}
      />
    );
  },
);
