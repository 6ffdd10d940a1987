'use client';

// @govkit/react/approval-ladder: a narrative export's approval ladder, alone.

export type { LadderActionVariables } from '../exports/ladder-optimistic';
export { useNarrativeExportActions } from '../exports/use-narrative-export-actions';
export { useNarrativeExports } from '../exports/use-narrative-exports';
export { ApprovalLadder, type ApprovalLadderProps } from './approval-ladder';
export {
  ApprovalLadderForm,
  type ApprovalLadderFormProps,
  type LadderDelegateOption,
} from './approval-ladder-form';
export { type ApprovalLadderMessages, approvalLadderMessages } from './approval-ladder-messages';
export {
  ApprovalLadderRoot,
  type ApprovalLadderRootProps,
  ApprovalLadderStage,
  type ApprovalLadderStageProps,
} from './approval-ladder-parts';
export {
  ConnectedApprovalLadder,
  type ConnectedApprovalLadderProps,
} from './connected-approval-ladder';
export {
  type LadderActingUser,
  type LadderActionKind,
  ladderActionsFor,
} from './ladder-permissions';
export {
  type ApprovalLadderModel,
  type ApprovalLadderState,
  type LadderForm,
  type LadderHistoryEntry,
  type LadderStageView,
  type LadderTime,
  personName,
  type UseApprovalLadderOptions,
  useApprovalLadder,
} from './use-approval-ladder';
