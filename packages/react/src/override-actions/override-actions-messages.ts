/** Every string of the override actions. */
export interface OverrideActionsMessages {
  title: string;
  loading: string;
  emptyTitle: string;
  emptyDescription: string;
  forbiddenTitle: string;
  forbiddenDetail: string;
  /** `{status}`: the override's status word. */
  statusLine: string;
  statusNew: string;
  statusAccepted: string;
  statusDeclined: string;
  statusExecuted: string;
  statusReversed: string;
  /** `{priority}` */
  priorityLabel: string;
  priorityLow: string;
  priorityMedium: string;
  priorityHigh: string;
  actionReassign: string;
  actionCooldown: string;
  actionEscalate: string;
  /** `{reviewer}` */
  reviewerLabel: string;
  actionsLabel: string;
  accept: string;
  decline: string;
  execute: string;
  reverse: string;
  acceptSubmit: string;
  declineSubmit: string;
  executeSubmit: string;
  reverseSubmit: string;
  cancel: string;
  sending: string;
  lineageLegend: string;
  lineageHint: string;
  scenarioLabel: string;
  notebookLabel: string;
  /** The "none" option of a lineage select. */
  lineageNone: string;
  /** The option that switches a select to free entry. */
  lineageOther: string;
  scenarioIdLabel: string;
  notebookIdLabel: string;
  lineageRequired: string;
  idInvalid: string;
  notesLabel: string;
  reversibleLabel: string;
  reversibleHint: string;
  baselineLabel: string;
  targetReviewerLabel: string;
  reassignRequired: string;
  reverseNotesLabel: string;
  cooldownLabel: string;
  cooldownHint: string;
  cooldownInvalid: string;
  notReversible: string;
  /** `{holder}` */
  lockTitle: string;
  lockUnknownHolder: string;
  /** `{time}` */
  lockRetryAt: string;
  /** `{duration}` */
  lockRetryIn: string;
  lockRetryNow: string;
  coolingTitle: string;
  /** `{time}` */
  coolingUntil: string;
  /** `{duration}` */
  coolingRemaining: string;
  /** `{minutes}` */
  coolingWindow: string;
  coolingCleared: string;
  actionFailedTitle: string;
  actionForbiddenTitle: string;
  actionForbiddenDetail: string;
  keptText: string;
  readOnlyNotice: string;
  /** `{status}`: announced after a successful action. */
  done: string;
}

export const overrideActionsMessages: OverrideActionsMessages = {
  title: 'Override actions',
  loading: 'Loading the override recommendation',
  emptyTitle: 'No override recommendation',
  emptyDescription: 'Nothing to accept, decline or execute for this execution right now.',
  forbiddenTitle: 'You cannot see this override',
  forbiddenDetail: 'Ask a governance lead of this execution for access.',
  statusLine: 'Status: {status}',
  statusNew: 'Open',
  statusAccepted: 'Accepted',
  statusDeclined: 'Declined',
  statusExecuted: 'Executed',
  statusReversed: 'Reversed',
  priorityLabel: '{priority} priority',
  priorityLow: 'Low',
  priorityMedium: 'Medium',
  priorityHigh: 'High',
  actionReassign: 'Reassign review',
  actionCooldown: 'Reviewer cooldown',
  actionEscalate: 'Escalate',
  reviewerLabel: 'Reviewer: {reviewer}',
  actionsLabel: 'Override actions',
  accept: 'Accept',
  decline: 'Decline',
  execute: 'Execute',
  reverse: 'Reverse',
  acceptSubmit: 'Accept override',
  declineSubmit: 'Decline override',
  executeSubmit: 'Execute override',
  reverseSubmit: 'Reverse override',
  cancel: 'Cancel',
  sending: 'Sending…',
  lineageLegend: 'Lineage',
  lineageHint: 'Name the scenario, the notebook entry, or both, that this decision comes from.',
  scenarioLabel: 'Scenario',
  notebookLabel: 'Notebook entry',
  lineageNone: 'None',
  lineageOther: 'Other (enter id)…',
  scenarioIdLabel: 'Scenario id',
  notebookIdLabel: 'Notebook entry id',
  lineageRequired: 'Choose a scenario or a notebook entry.',
  idInvalid: 'Enter an id of at most 200 characters.',
  notesLabel: 'Notes (optional)',
  reversibleLabel: 'Reversible',
  reversibleHint: 'Only a reversible execution can be reversed later.',
  baselineLabel: 'Baseline id',
  targetReviewerLabel: 'Target reviewer id',
  reassignRequired: 'A reassign needs the baseline and the reviewer who takes over.',
  reverseNotesLabel: 'Why reverse? (optional)',
  cooldownLabel: 'Cooldown (minutes)',
  cooldownHint: 'No new reversal during the cooldown. 0 for none.',
  cooldownInvalid: 'Enter a whole number of minutes, 0 or more.',
  notReversible: 'This execution was not marked reversible.',
  lockTitle: '{holder} is reversing this override',
  lockUnknownHolder: 'Another operator',
  lockRetryAt: 'You can try again at {time}.',
  lockRetryIn: 'Try again in {duration}.',
  lockRetryNow: 'The lock has expired; you can try again now.',
  coolingTitle: 'Reversal cooldown running',
  coolingUntil: 'Until {time}',
  coolingRemaining: '{duration} remaining',
  coolingWindow: '{minutes}-minute window',
  coolingCleared: 'Cooldown cleared',
  actionFailedTitle: 'That did not go through',
  actionForbiddenTitle: 'You may not do this here',
  actionForbiddenDetail: 'Your access to this override has changed. Nothing was saved.',
  keptText: 'What you entered is still here.',
  readOnlyNotice: 'These override actions are read-only for you.',
  done: 'Override: {status}.',
};

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    overrideActions: OverrideActionsMessages;
  }
}
