// @govkit/sdk/engines/coaching: the coaching engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export {
  COACHING_FORBIDDEN_DETAIL,
  COACHING_MODERATION_VERBS,
  type CoachingModerationVerb,
  type CoachingNoteEngine,
  type CoachingNoteEngineOptions,
  type CoachingOverrideSource,
  createCoachingNoteEngine,
} from './coaching-note-engine';
export {
  type CoachingNoteRecord,
  type CoachingNoteStore,
  createMemoryCoachingNoteStore,
  type MemoryCoachingNoteStore,
} from './coaching-note-store';
export { toCoachingNote } from './coaching-note-view';
