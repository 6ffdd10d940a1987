'use client';

// @govkit/react/decision-snapshot: one decision's snapshot, alone.

export { useDecisionDetail } from '../replay/use-decision-detail';
export {
  ConnectedDecisionSnapshotView,
  type ConnectedDecisionSnapshotViewProps,
} from './connected-decision-snapshot-view';
export {
  type DecisionSnapshotMessages,
  decisionSnapshotMessages,
} from './decision-snapshot-messages';
export { DecisionSnapshotView, type DecisionSnapshotViewProps } from './decision-snapshot-view';
export {
  type DecisionSnapshotState,
  type SnapshotActionView,
  type SnapshotFindingView,
  type SnapshotView,
  type UseDecisionSnapshotOptions,
  useDecisionSnapshot,
} from './use-decision-snapshot';
