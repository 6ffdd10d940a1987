import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import {
  WidgetRegion,
  type WidgetRegionProps,
  WidgetTitle,
  type WidgetTitleProps,
} from '../shared/widget-parts';
import type { ReversalCooldownPhase, ReversalDiffViewerState } from './use-reversal-diff-viewer';

export interface ReversalDiffViewerRootProps extends WidgetRegionProps {
  state: ReversalDiffViewerState;
  cooldown: ReversalCooldownPhase;
}

/** The viewer: a named region with `data-state` and `data-cooldown` (none/pending/active/cleared). */
// Pure: a bundle that takes only the countdown part (the override actions) drops the root.
export const ReversalDiffViewerRoot = /* @__PURE__ */ forwardRef<
  HTMLElement,
  ReversalDiffViewerRootProps
>(function ReversalDiffViewerRoot({ cooldown, ...props }, ref) {
  return <WidgetRegion ref={ref} data-cooldown={cooldown} {...props} />;
});

/** `level`: the heading level in the host page's outline. Default 3 (it usually sits in an entry). */
export type ReversalDiffViewerTitleProps = WidgetTitleProps;

/** The viewer's heading. */
export function ReversalDiffViewerTitle({ level = 3, ...props }: ReversalDiffViewerTitleProps) {
  return <WidgetTitle level={level} {...props} />;
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
