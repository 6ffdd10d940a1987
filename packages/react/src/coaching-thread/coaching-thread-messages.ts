/** Every string of the coaching notes thread. */
export interface CoachingThreadMessages {
  title: string;
  loading: string;
  emptyTitle: string;
  emptyDescription: string;
  forbiddenTitle: string;
  forbiddenDetail: string;
  notFoundTitle: string;
  /** `{count}` notes in `{threads}` threads. */
  summary: string;
  unknownAuthor: string;
  /** `{time}`: when the body was last edited. */
  edited: string;
  /** `{count}`: replies in a thread. */
  replyCountOne: string;
  replyCountOther: string;
  stateDraft: string;
  statePublished: string;
  stateFlagged: string;
  stateResolved: string;
  stateRemoved: string;
  removedBody: string;
  pending: string;
  reply: string;
  edit: string;
  flag: string;
  resolve: string;
  remove: string;
  /** `{author}`: accessible names of the actions of one note. */
  actionsLabel: string;
  newNoteLabel: string;
  newNoteSubmit: string;
  /** `{author}`: label of the reply box. */
  replyLabel: string;
  replySubmit: string;
  editLabel: string;
  editSubmit: string;
  reasonLabel: string;
  flagSubmit: string;
  resolveSubmit: string;
  removeSubmit: string;
  /** `{verb}`: heading of the moderation form (`Flag this note`). */
  moderateTitleFlag: string;
  moderateTitleResolve: string;
  moderateTitleRemove: string;
  cancel: string;
  sending: string;
  bodyRequired: string;
  historyToggle: string;
  /** `{state}` by `{actor}` at `{time}`. */
  historyEntry: string;
  /** `{reason}` */
  historyReason: string;
  actionFailedTitle: string;
  actionForbiddenTitle: string;
  actionForbiddenDetail: string;
  keptText: string;
  readOnlyNotice: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    coachingThread: CoachingThreadMessages;
  }
}

export const coachingThreadMessages: CoachingThreadMessages = {
  title: 'Coaching notes',
  loading: 'Loading the coaching notes',
  emptyTitle: 'No coaching notes yet',
  emptyDescription: 'Start the conversation about this override below.',
  forbiddenTitle: 'You cannot see these notes',
  forbiddenDetail:
    'Coaching notes are open to the override’s actor and target reviewer, the execution’s runner and its team.',
  notFoundTitle: 'Override not found',
  summary: '{count} notes in {threads} threads',
  unknownAuthor: 'Unknown author',
  edited: 'edited {time}',
  replyCountOne: '1 reply',
  replyCountOther: '{count} replies',
  stateDraft: 'Draft',
  statePublished: 'Published',
  stateFlagged: 'Flagged',
  stateResolved: 'Resolved',
  stateRemoved: 'Removed',
  removedBody: 'This note was removed.',
  pending: 'Sending…',
  reply: 'Reply',
  edit: 'Edit',
  flag: 'Flag',
  resolve: 'Resolve',
  remove: 'Remove',
  actionsLabel: 'Actions for the note by {author}',
  newNoteLabel: 'New coaching note',
  newNoteSubmit: 'Add note',
  replyLabel: 'Reply to {author}',
  replySubmit: 'Post reply',
  editLabel: 'Edit note',
  editSubmit: 'Save',
  reasonLabel: 'Reason (optional)',
  flagSubmit: 'Flag note',
  resolveSubmit: 'Resolve note',
  removeSubmit: 'Remove note',
  moderateTitleFlag: 'Flag this note for moderation',
  moderateTitleResolve: 'Mark this note resolved',
  moderateTitleRemove: 'Remove this note from the thread',
  cancel: 'Cancel',
  sending: 'Sending…',
  bodyRequired: 'Write something first.',
  historyToggle: 'Moderation history',
  historyEntry: '{state} by {actor}, {time}',
  historyReason: 'Reason: {reason}',
  actionFailedTitle: 'That did not go through',
  actionForbiddenTitle: 'You may not do this here',
  actionForbiddenDetail: 'Your access to this override has changed. Nothing was saved.',
  keptText: 'Your text is still here, so you can copy it.',
  readOnlyNotice: 'This thread is read-only for you.',
};
