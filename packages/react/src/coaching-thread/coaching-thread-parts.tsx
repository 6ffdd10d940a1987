import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { CoachingThreadState } from './use-coaching-thread';

export interface CoachingThreadRootProps extends ComponentPropsWithoutRef<'section'> {
  state: CoachingThreadState;
  titleId: string;
  /** `read-only` once the acting user may do nothing here. */
  access: 'read-write' | 'read-only';
}

/** The thread: a named region with `data-state` and `data-access`. */
export const CoachingThreadRoot = forwardRef<HTMLElement, CoachingThreadRootProps>(
  function CoachingThreadRoot({ state, titleId, access, ...props }, ref) {
    return (
      <section
        ref={ref}
        aria-labelledby={titleId}
        aria-busy={state === 'loading' || undefined}
        data-state={state}
        data-access={access}
        {...props}
      />
    );
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
