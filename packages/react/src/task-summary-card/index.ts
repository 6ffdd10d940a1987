'use client';

// @govkit/react/task-summary-card: the task governance summary card, alone.

export { useTaskSummary } from '../replay/use-task-summary';
export {
  ConnectedTaskSummaryCard,
  type ConnectedTaskSummaryCardProps,
} from './connected-task-summary-card';
export { TaskSummaryCard, type TaskSummaryCardProps } from './task-summary-card';
export { type TaskSummaryMessages, taskSummaryMessages } from './task-summary-card-messages';
export {
  TaskSummaryCardField,
  type TaskSummaryCardFieldProps,
  TaskSummaryCardFields,
  TaskSummaryCardRoot,
  type TaskSummaryCardRootProps,
  TaskSummaryCardTitle,
  type TaskSummaryCardTitleProps,
} from './task-summary-card-parts';
export {
  type TaskSummaryCardModel,
  type TaskSummaryCardState,
  type TaskSummaryField,
  type TaskSummaryFieldId,
  type UseTaskSummaryCardOptions,
  useTaskSummaryCard,
} from './use-task-summary-card';
