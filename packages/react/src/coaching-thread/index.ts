'use client';

// @govkit/react/coaching-thread: threaded coaching notes on an override, alone.

export {
  appendPendingNote,
  COACHING_MODERATION_VERB_STATES,
  type CoachingModerationVerb,
  type CreateCoachingNoteVariables,
  type EditCoachingNoteVariables,
  type ModerateCoachingNoteVariables,
  PENDING_NOTE_PREFIX,
  useCreateCoachingNote,
  useEditCoachingNote,
  useModerateCoachingNote,
} from '../coaching/use-coaching-note-mutations';
export { useCoachingNotes } from '../coaching/use-coaching-notes';
export { CoachingNoteForm, type CoachingNoteFormProps } from './coaching-note-form';
export {
  type CoachingActiveForm,
  CoachingThread,
  type CoachingThreadProps,
} from './coaching-thread';
export { type CoachingThreadMessages, coachingThreadMessages } from './coaching-thread-messages';
export {
  CoachingNoteItem,
  type CoachingNoteItemProps,
  CoachingThreadList,
  CoachingThreadRoot,
  type CoachingThreadRootProps,
} from './coaching-thread-parts';
export {
  ConnectedCoachingThread,
  type ConnectedCoachingThreadProps,
} from './connected-coaching-thread';
export {
  buildCoachingTree,
  COACHING_NOTE_ACTIONS,
  type CoachingNoteAction,
  type CoachingNoteView,
  type CoachingThreadAction,
  type CoachingThreadHandlers,
  type CoachingThreadModel,
  type CoachingThreadPolicy,
  type CoachingThreadState,
  type CoachingTime,
  type UseCoachingThreadOptions,
  useCoachingThread,
} from './use-coaching-thread';
