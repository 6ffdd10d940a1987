'use client';

// @govkit/react/reversal-diff-viewer: an override reversal's diff and cooldown (seed 000), alone.

export { useTimelineEntry } from '../overrides/use-timeline-entry';
export {
  ConnectedReversalDiffViewer,
  type ConnectedReversalDiffViewerProps,
} from './connected-reversal-diff-viewer';
export { ReversalDiffViewer, type ReversalDiffViewerProps } from './reversal-diff-viewer';
export {
  type ReversalDiffViewerMessages,
  reversalDiffViewerMessages,
} from './reversal-diff-viewer-messages';
export {
  ReversalCountdown,
  type ReversalCountdownProps,
  ReversalDiffViewerRoot,
  type ReversalDiffViewerRootProps,
  ReversalDiffViewerTitle,
  type ReversalDiffViewerTitleProps,
} from './reversal-diff-viewer-parts';
export {
  type ReversalCooldown,
  type ReversalCooldownPhase,
  type ReversalDiffRow,
  type ReversalDiffValue,
  type ReversalDiffViewerModel,
  type ReversalDiffViewerState,
  type UseReversalDiffViewerOptions,
  useReversalDiffViewer,
} from './use-reversal-diff-viewer';
