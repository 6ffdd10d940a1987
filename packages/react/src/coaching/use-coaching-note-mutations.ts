import type { CoachingModerationState, CoachingNote } from '@govkit/sdk';
import { governanceAnalyticsInvalidation } from '../analytics/governance-analytics-invalidation';
import { useGovkitClient } from '../provider/govkit-context';
import { govkitKeys } from '../query/govkit-keys';
import { type InvalidationTarget, useOptimisticMutation } from '../query/use-optimistic-mutation';

/** The moderation shortcuts and the state each one sets (`PATCH …/{note_id}/{verb}`). */
export const COACHING_MODERATION_VERB_STATES = {
  flag: 'flagged',
  resolve: 'resolved',
  remove: 'removed',
} as const satisfies Record<string, CoachingModerationState>;
export type CoachingModerationVerb = keyof typeof COACHING_MODERATION_VERB_STATES;

/** Ids of notes shown before the server has answered start with this. */
export const PENDING_NOTE_PREFIX = 'pending:';

export interface CreateCoachingNoteVariables {
  body: string;
  /** The note replied to; without it, a new thread. */
  parentId?: string | null | undefined;
  /** Id of the optimistic note until the server's arrives (`pending:…`). */
  pendingId?: string | undefined;
}

export interface EditCoachingNoteVariables {
  noteId: string;
  body: string;
}

export interface ModerateCoachingNoteVariables {
  noteId: string;
  verb: CoachingModerationVerb;
  reason?: string | null | undefined;
}

// A note change refetches the thread and the analytics of the note's execution (the server drops
// its analytics cache for it); a refused change altered nothing, so only the thread refetches.
function affected(overrideId: string, note: CoachingNote | undefined): InvalidationTarget[] {
  const thread = govkitKeys.coaching.notes(overrideId);
  return note ? [thread, governanceAnalyticsInvalidation([note.execution_id])] : [thread];
}

function patchNote(
  notes: CoachingNote[],
  noteId: string,
  patch: (note: CoachingNote) => CoachingNote,
): CoachingNote[] {
  return notes.map((note) => (note.id === noteId ? patch(note) : note));
}

/** The note as the server will return it, shown at once; its thread's reply counts grow by one. */
export function appendPendingNote(
  notes: CoachingNote[],
  overrideId: string,
  { body, parentId, pendingId }: CreateCoachingNoteVariables,
  at: string,
): CoachingNote[] {
  const id = pendingId ?? `${PENDING_NOTE_PREFIX}${notes.length}`;
  const parent = parentId ? notes.find((note) => note.id === parentId) : undefined;
  const rootId = parent ? (parent.thread_root_id ?? parent.id) : id;
  const bumped = parent
    ? notes.map((note) =>
        (note.thread_root_id ?? note.id) === rootId
          ? { ...note, reply_count: note.reply_count + 1 }
          : note,
      )
    : notes;
  const replyCount = parent ? (parent.reply_count ?? 0) + 1 : 0;
  const pending: CoachingNote = {
    id,
    override_id: overrideId,
    baseline_id: parent?.baseline_id ?? null,
    execution_id: parent?.execution_id ?? null,
    parent_id: parent?.id ?? null,
    thread_root_id: rootId,
    moderation_state: 'published',
    body: body.trim(),
    reply_count: replyCount,
    metadata: {},
    moderation_history: [],
    actor: null,
    created_at: at,
    updated_at: at,
    last_edited_at: null,
  };
  return [...bumped, pending];
}

/**
 * Post a coaching note or a reply. It shows at once (marked pending); a refusal removes it and
 * restores the reply counts. Settling refetches the thread and, on success, the analytics of the
 * note's execution.
 */
export function useCreateCoachingNote(overrideId: string) {
  const client = useGovkitClient();
  return useOptimisticMutation<CoachingNote, CreateCoachingNoteVariables, CoachingNote[]>({
    mutationFn: ({ body, parentId }) =>
      client.coaching.create(overrideId, { body, parent_id: parentId ?? null }),
    queryKey: () => govkitKeys.coaching.notes(overrideId),
    optimisticUpdate: (notes, variables) =>
      appendPendingNote(notes, overrideId, variables, new Date().toISOString()),
    invalidates: (_variables, note) => affected(overrideId, note),
  });
}

/** Edit a note's body; shown at once, restored on refusal. */
export function useEditCoachingNote(overrideId: string) {
  const client = useGovkitClient();
  return useOptimisticMutation<CoachingNote, EditCoachingNoteVariables, CoachingNote[]>({
    mutationFn: ({ noteId, body }) => client.coaching.update(noteId, { body }),
    queryKey: () => govkitKeys.coaching.notes(overrideId),
    optimisticUpdate: (notes, { noteId, body }) => {
      const at = new Date().toISOString();
      return patchNote(notes, noteId, (note) => ({
        ...note,
        body: body.trim(),
        last_edited_at: at,
        updated_at: at,
      }));
    },
    invalidates: (_variables, note) => affected(overrideId, note),
  });
}

/** Flag, resolve or remove a note (optional reason); the new state shows at once. */
export function useModerateCoachingNote(overrideId: string) {
  const client = useGovkitClient();
  return useOptimisticMutation<CoachingNote, ModerateCoachingNoteVariables, CoachingNote[]>({
    mutationFn: ({ noteId, verb, reason }) => {
      const body = reason?.trim() ? { reason: reason.trim() } : undefined;
      return client.coaching[verb](noteId, body);
    },
    queryKey: () => govkitKeys.coaching.notes(overrideId),
    optimisticUpdate: (notes, { noteId, verb }) =>
      patchNote(notes, noteId, (note) => ({
        ...note,
        moderation_state: COACHING_MODERATION_VERB_STATES[verb],
      })),
    invalidates: (_variables, note) => affected(overrideId, note),
  });
}
