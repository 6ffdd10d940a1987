import type { LocalizedMessages } from '../i18n/message-catalog';

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

export const coachingThreadMessages: LocalizedMessages<CoachingThreadMessages> = {
  en: {
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
  },
  de: {
    title: 'Coaching-Notizen',
    loading: 'Coaching-Notizen werden geladen',
    emptyTitle: 'Noch keine Coaching-Notizen',
    emptyDescription: 'Beginnen Sie unten das Gespräch über diese Übersteuerung.',
    forbiddenTitle: 'Sie können diese Notizen nicht sehen',
    forbiddenDetail:
      'Coaching-Notizen sind für Auslöser und Ziel-Prüfer der Übersteuerung, den Ausführenden und sein Team sichtbar.',
    notFoundTitle: 'Übersteuerung nicht gefunden',
    summary: '{count} Notizen in {threads} Threads',
    unknownAuthor: 'Unbekannter Autor',
    edited: 'bearbeitet {time}',
    replyCountOne: '1 Antwort',
    replyCountOther: '{count} Antworten',
    stateDraft: 'Entwurf',
    statePublished: 'Veröffentlicht',
    stateFlagged: 'Gemeldet',
    stateResolved: 'Erledigt',
    stateRemoved: 'Entfernt',
    removedBody: 'Diese Notiz wurde entfernt.',
    pending: 'Wird gesendet …',
    reply: 'Antworten',
    edit: 'Bearbeiten',
    flag: 'Melden',
    resolve: 'Erledigen',
    remove: 'Entfernen',
    actionsLabel: 'Aktionen für die Notiz von {author}',
    newNoteLabel: 'Neue Coaching-Notiz',
    newNoteSubmit: 'Notiz hinzufügen',
    replyLabel: 'Antwort an {author}',
    replySubmit: 'Antwort senden',
    editLabel: 'Notiz bearbeiten',
    editSubmit: 'Speichern',
    reasonLabel: 'Grund (optional)',
    flagSubmit: 'Notiz melden',
    resolveSubmit: 'Notiz erledigen',
    removeSubmit: 'Notiz entfernen',
    moderateTitleFlag: 'Diese Notiz zur Moderation melden',
    moderateTitleResolve: 'Diese Notiz als erledigt markieren',
    moderateTitleRemove: 'Diese Notiz aus dem Thread entfernen',
    cancel: 'Abbrechen',
    sending: 'Wird gesendet …',
    bodyRequired: 'Schreiben Sie zuerst etwas.',
    historyToggle: 'Moderationsverlauf',
    historyEntry: '{state} von {actor}, {time}',
    historyReason: 'Grund: {reason}',
    actionFailedTitle: 'Das hat nicht geklappt',
    actionForbiddenTitle: 'Das dürfen Sie hier nicht',
    actionForbiddenDetail:
      'Ihr Zugriff auf diese Übersteuerung hat sich geändert. Nichts wurde gespeichert.',
    keptText: 'Ihr Text ist noch da, Sie können ihn kopieren.',
    readOnlyNotice: 'Dieser Thread ist für Sie schreibgeschützt.',
  },
};
