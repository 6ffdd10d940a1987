/**
 * Every string of the baseline lifecycle widget. `{name}` is the baseline's name, `{version}` its
 * version number, `{user}` a user id, `{count}` a number.
 */
export interface BaselineLifecycleMessages {
  title: string;
  loading: string;
  version: string;
  current: string;
  stepsLabel: string;
  stepSubmitted: string;
  stepReviewed: string;
  stepApproved: string;
  stepRejected: string;
  stepPublished: string;
  stepRolledBack: string;
  submitted: string;
  reviewed: string;
  published: string;
  rolledBack: string;
  byAt: string;
  reviewers: string;
  reviewersNone: string;
  eventsTitle: string;
  eventsEmpty: string;
  eventSubmitted: string;
  eventApproved: string;
  eventRejected: string;
  eventPublished: string;
  eventRolledBack: string;
  eventRestored: string;
  eventOverrideReassign: string;
  eventOverrideReassignReversed: string;
  eventOverrideCooldown: string;
  eventOverrideCooldownReversed: string;
  actionsTitle: string;
  noActions: string;
  reviewNotes: string;
  approve: string;
  reject: string;
  publishNotes: string;
  publish: string;
  rollbackReason: string;
  rollbackReasonHint: string;
  rollback: string;
  rollbackTarget: string;
  rollbackTargetNone: string;
  rollbackTargetOption: string;
  rollbackTargetPickHint: string;
  rollbackTargetEnterHint: string;
  rollbackTargetsEmpty: string;
  rollbackTargetInvalid: string;
  rollbackTargetSelf: string;
  working: string;
  doneApproved: string;
  doneRejected: string;
  donePublished: string;
  doneRolledBack: string;
  refusedTitle: string;
  forbiddenTitle: string;
  notFoundTitle: string;
  emptyTitle: string;
  emptyDescription: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    baselineLifecycle: BaselineLifecycleMessages;
  }
}

export const baselineLifecycleMessages: BaselineLifecycleMessages = {
  title: 'Baseline {name}',
  loading: 'Loading the baseline',
  version: 'Version {version}',
  current: 'Current',
  stepsLabel: 'Lifecycle',
  stepSubmitted: 'Submitted',
  stepReviewed: 'Reviewed',
  stepApproved: 'Approved',
  stepRejected: 'Rejected',
  stepPublished: 'Published',
  stepRolledBack: 'Rolled back',
  submitted: 'Submitted',
  reviewed: 'Reviewed',
  published: 'Published',
  rolledBack: 'Rolled back',
  byAt: '{user}, {time}',
  reviewers: 'Reviewers',
  reviewersNone: 'No reviewers named',
  eventsTitle: 'Events',
  eventsEmpty: 'No events recorded.',
  eventSubmitted: 'Submitted for review',
  eventApproved: 'Approved',
  eventRejected: 'Rejected',
  eventPublished: 'Published',
  eventRolledBack: 'Rolled back',
  eventRestored: 'Restored as current',
  eventOverrideReassign: 'Reviewer reassigned by an override',
  eventOverrideReassignReversed: 'Override reassignment reversed',
  eventOverrideCooldown: 'Cooldown set by an override',
  eventOverrideCooldownReversed: 'Override cooldown reversed',
  actionsTitle: 'Your actions',
  noActions: 'There is nothing for you to do on this baseline now.',
  reviewNotes: 'Review notes (optional)',
  approve: 'Approve',
  reject: 'Reject',
  publishNotes: 'Publication notes (optional)',
  publish: 'Publish',
  rollbackReason: 'Reason for the rollback',
  rollbackReasonHint: 'Required. Recorded in the baseline’s events.',
  rollback: 'Roll back',
  rollbackTarget: 'Version to reinstate (optional)',
  rollbackTargetNone: 'None: only withdraw this version',
  rollbackTargetOption: 'Version {version}: {name} ({status})',
  rollbackTargetPickHint: 'The chosen earlier version of this template becomes current again.',
  rollbackTargetEnterHint:
    'The id of an earlier published version of this template; it becomes current again. Leave empty to only withdraw this version.',
  rollbackTargetsEmpty: 'There is no earlier published version of this template to reinstate.',
  rollbackTargetInvalid: 'A version id has 1 to {max} characters.',
  rollbackTargetSelf: 'A baseline cannot reinstate itself; choose an earlier version.',
  working: 'Saving…',
  doneApproved: 'Baseline approved.',
  doneRejected: 'Baseline rejected.',
  donePublished: 'Baseline published.',
  doneRolledBack: 'Baseline rolled back.',
  refusedTitle: 'The action was refused',
  forbiddenTitle: 'You are not allowed to do this',
  notFoundTitle: 'Baseline not found',
  emptyTitle: 'No baseline selected',
  emptyDescription: 'Choose a baseline to see its lifecycle.',
};
