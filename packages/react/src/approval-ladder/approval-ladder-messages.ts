/**
 * Every string of the approval ladder. `{index}` is a stage's 1-based position, `{name}` its name,
 * `{time}` a formatted date, `{count}` a number, `{user}` a person.
 */
export interface ApprovalLadderMessages {
  title: string;
  loading: string;
  emptyTitle: string;
  emptyDescription: string;
  stageTitle: string;
  stageUnnamed: string;
  current: string;
  requiredRole: string;
  assignee: string;
  delegate: string;
  nobody: string;
  sla: string;
  slaHours: string;
  noSla: string;
  due: string;
  overdue: string;
  overdueSince: string;
  started: string;
  completed: string;
  history: string;
  actionApproved: string;
  actionRejected: string;
  actionDelegated: string;
  actionReset: string;
  actionEscalated: string;
  actionBy: string;
  signedAs: string;
  approve: string;
  reject: string;
  delegateAction: string;
  reset: string;
  cancel: string;
  signature: string;
  signatureHint: string;
  signatureRequired: string;
  notes: string;
  delegateTo: string;
  delegateChoose: string;
  delegateRequired: string;
  submitApprove: string;
  submitReject: string;
  submitDelegate: string;
  submitReset: string;
  sending: string;
  refusedTitle: string;
  done: string;
  statusPending: string;
  statusInProgress: string;
  statusApproved: string;
  statusRejected: string;
  statusDelegated: string;
  statusReset: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    approvalLadder: ApprovalLadderMessages;
  }
}

export const approvalLadderMessages: ApprovalLadderMessages = {
  title: 'Approval ladder',
  loading: 'Loading the approval ladder',
  emptyTitle: 'No approval stages',
  emptyDescription: 'This export has no approval ladder.',
  stageTitle: 'Stage {index}: {name}',
  stageUnnamed: 'Approval',
  current: 'Current stage',
  requiredRole: 'Required role',
  assignee: 'Assignee',
  delegate: 'Delegate',
  nobody: 'Anyone with the role',
  sla: 'SLA',
  slaHours: '{count} h',
  noSla: 'No SLA',
  due: 'Due',
  overdue: 'Overdue',
  overdueSince: 'Overdue since {time}',
  started: 'Started',
  completed: 'Completed',
  history: 'History ({count})',
  actionApproved: 'Approved',
  actionRejected: 'Rejected',
  actionDelegated: 'Delegated to {user}',
  actionReset: 'Reset for remediation',
  actionEscalated: 'Escalated: SLA breached',
  actionBy: 'by {user}, {time}',
  signedAs: 'Signed “{signature}”',
  approve: 'Approve',
  reject: 'Reject',
  delegateAction: 'Delegate',
  reset: 'Reset',
  cancel: 'Cancel',
  signature: 'Signature',
  signatureHint: 'Type your full name to sign.',
  signatureRequired: 'Type your name to sign this decision.',
  notes: 'Notes (optional)',
  delegateTo: 'Delegate to',
  delegateChoose: 'Choose a person',
  delegateRequired: 'Choose who takes over this stage.',
  submitApprove: 'Approve and sign',
  submitReject: 'Reject and sign',
  submitDelegate: 'Delegate stage',
  submitReset: 'Reset stage',
  sending: 'Sending…',
  refusedTitle: 'The server refused this action',
  done: 'Saved.',
  statusPending: 'Pending',
  statusInProgress: 'In progress',
  statusApproved: 'Approved',
  statusRejected: 'Rejected',
  statusDelegated: 'Delegated',
  statusReset: 'Reset',
};
