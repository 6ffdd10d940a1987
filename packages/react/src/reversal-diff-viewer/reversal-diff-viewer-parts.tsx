import { type ComponentPropsWithoutRef, createElement, forwardRef } from 'react';
import type { ReversalCooldownPhase, ReversalDiffViewerState } from './use-reversal-diff-viewer';

export interface ReversalDiffViewerRootProps extends ComponentPropsWithoutRef<'section'> {
  state: ReversalDiffViewerState;
  cooldown: ReversalCooldownPhase;
  /** The id of the title, which names the region. */
  titleId: string;
}

/** The viewer: a named region with `data-state` and `data-cooldown` (none/pending/active/cleared). */
// Pure: a bundle that takes only the countdown part (the override actions) drops the root.
export const ReversalDiffViewerRoot = /* @__PURE__ */ forwardRef<
  HTMLElement,
  ReversalDiffViewerRootProps
>(function ReversalDiffViewerRoot({ state, cooldown, titleId, ...props }, ref) {
  return (
    <section
      ref={ref}
      aria-labelledby={titleId}
      aria-busy={state === 'loading' || undefined}
      data-state={state}
      data-cooldown={cooldown}
      {...props}
    />
  );
});

export interface ReversalDiffViewerTitleProps extends ComponentPropsWithoutRef<'h3'> {
  /** Heading level in the host page's outline. Default 3. */
  level?: 2 | 3 | 4 | 5 | 6;
}

/** The viewer's heading. */
export function ReversalDiffViewerTitle({ level = 3, ...props }: ReversalDiffViewerTitleProps) {
  return createElement(`h${level}`, props);
}

export interface ReversalCountdownProps extends ComponentPropsWithoutRef<'p'> {
  phase: ReversalCooldownPhase;
}

/**
 * The countdown: a `timer` while it runs (not announced every second), a polite `status` once
 * cleared (announced once).
 */
export function ReversalCountdown({ phase, ...props }: ReversalCountdownProps) {
  return <p role={phase === 'cleared' ? 'status' : 'timer'} data-phase={phase} {...props} />;
}
