/** Every string of the task governance summary card. `{taskId}` is the task's id. */
export interface TaskSummaryMessages {
  title: string;
  /** Accessible name of the card while it loads. */
  loading: string;
  status: string;
  lastDecision: string;
  lastDecisionNone: string;
  blockedReason: string;
  blockedReasonNone: string;
  inboxBacklog: string;
  decisionCount: string;
  notFoundTitle: string;
  notFoundDetail: string;
  emptyTitle: string;
  emptyDescription: string;
  decisionAllow: string;
  decisionBlock: string;
  decisionPause: string;
  decisionRetry: string;
  decisionRequireReview: string;
  decisionError: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    taskSummary: TaskSummaryMessages;
  }
}

export const taskSummaryMessages: TaskSummaryMessages = {
  title: 'Task {taskId}',
  loading: 'Loading the governance summary of task {taskId}',
  status: 'Status',
  lastDecision: 'Last decision',
  lastDecisionNone: 'No decision yet',
  blockedReason: 'Blocked reason',
  blockedReasonNone: 'Not blocked',
  inboxBacklog: 'Inbox backlog',
  decisionCount: 'Decisions',
  notFoundTitle: 'Task not found',
  notFoundDetail: 'There is no task {taskId}, or you are not allowed to see it.',
  emptyTitle: 'No decisions yet',
  emptyDescription: 'The supervisor has not decided on this task so far.',
  decisionAllow: 'Allowed',
  decisionBlock: 'Blocked',
  decisionPause: 'Paused',
  decisionRetry: 'Retry recommended',
  decisionRequireReview: 'Review required',
  decisionError: 'Error',
};
