import type { CoachingModerationState, CoachingNote } from '../../schemas/coaching/coaching-note';
import {
  COACHING_EMPTY_BODY_DETAIL,
  type CoachingModerationAction,
  type CoachingNoteCreate,
  type CoachingNoteUpdate,
} from '../../schemas/coaching/coaching-note-requests';
import { type DirectoryUser, type GovernanceDirectory, requireUser } from '../governance/directory';
import type { EventLog } from '../governance/event-log';
import { COACHING_NOTE_EVENT_TYPES } from '../governance/event-types';
import type { OverrideBaselineGateway } from '../overrides/override-baseline-gateway';
import { hasOverrideAccess } from '../overrides/override-permissions';
import type { OverrideRecord } from '../overrides/override-store';
import { jsonEquals } from '../overrides/sorted-json';
import { type Clock, isoAt } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import { type IdGenerator, randomIdGenerator } from '../shared/id-generator';
import {
  type CoachingNoteRecord,
  type CoachingNoteStore,
  createMemoryCoachingNoteStore,
} from './coaching-note-store';
import {
  coachingReplyCounts,
  toCoachingNote,
  writableCoachingMetadata,
} from './coaching-note-view';

/** The 403 detail for a user outside the override's circle (exact). */
export const COACHING_FORBIDDEN_DETAIL = 'Override not accessible';

/** The override facts coaching notes need; the override engine satisfies this. */
export interface CoachingOverrideSource {
  getRecord(
    overrideId: string,
  ):
    | Pick<
        OverrideRecord,
        'id' | 'actor_id' | 'target_reviewer_id' | 'execution_id' | 'baseline_id'
      >
    | undefined;
  readonly baselines: Pick<OverrideBaselineGateway, 'getBaseline'>;
}

/** Dependencies of {@link createCoachingNoteEngine}. */
export interface CoachingNoteEngineOptions {
  directory: GovernanceDirectory;
  events: EventLog;
  overrides: CoachingOverrideSource;
  clock: Clock;
  ids?: IdGenerator;
  store?: CoachingNoteStore;
}

/** The moderation shortcuts and the state each one sets. */
export const COACHING_MODERATION_VERBS = {
  flag: 'flagged',
  resolve: 'resolved',
  remove: 'removed',
} as const satisfies Record<string, CoachingModerationState>;
export type CoachingModerationVerb = keyof typeof COACHING_MODERATION_VERBS;

/**
 * Threaded coaching notes on overrides. Access: admin, the override's actor or target
 * reviewer, the execution runner, or a member of the baseline's or template's team (403
 * "Override not accessible"). Every real change appends one `governance.coaching_note.*` event;
 * no-op updates append none.
 */
export function createCoachingNoteEngine(options: CoachingNoteEngineOptions) {
  const { directory, events, overrides, clock } = options;
  const ids = options.ids ?? randomIdGenerator;
  const store = options.store ?? createMemoryCoachingNoteStore();
  const now = () => isoAt(clock);

  function authorize(overrideId: string, actorId: string) {
    const user = requireUser(directory, actorId);
    const override = overrides.getRecord(overrideId);
    if (!override) throw EngineError.notFound('Override not found');
    const baselineTeam = override.baseline_id
      ? (overrides.baselines.getBaseline(override.baseline_id)?.team_id ?? null)
      : null;
    const allowed = hasOverrideAccess(directory, user, {
      actor_id: override.actor_id,
      target_reviewer_id: override.target_reviewer_id,
      execution_id: override.execution_id,
      baseline_team_id: baselineTeam,
    });
    if (!allowed) throw EngineError.forbidden(COACHING_FORBIDDEN_DETAIL);
    return { user, override };
  }

  function requireNote(noteId: string, actorId: string) {
    const note = store.get(noteId);
    if (!note) {
      requireUser(directory, actorId);
      throw EngineError.notFound('Note not found');
    }
    return { note, ...authorize(note.override_id, actorId) };
  }

  function view(note: CoachingNoteRecord): CoachingNote {
    return toCoachingNote(
      note,
      coachingReplyCounts(store.listByOverride(note.override_id)),
      directory,
    );
  }

  function record(
    type: keyof typeof COACHING_NOTE_EVENT_TYPES,
    note: CoachingNoteRecord,
    overrideExecutionId: string,
    user: DirectoryUser,
  ) {
    events.append({
      execution_id: note.execution_id ?? overrideExecutionId,
      event_type: COACHING_NOTE_EVENT_TYPES[type],
      actor_id: user.id,
      payload: {
        note_id: note.id,
        override_id: note.override_id,
        // The cache drops entries of both executions when a note names another one.
        override_execution_id: overrideExecutionId,
        thread_root_id: note.thread_root_id,
        parent_id: note.parent_id,
        moderation_state: note.moderation_state,
      },
    });
  }

  function requireBody(body: string): string {
    const trimmed = body.trim();
    if (!trimmed) throw EngineError.unprocessable(COACHING_EMPTY_BODY_DETAIL);
    return trimmed;
  }

  return {
    store,
    /** `GET …/overrides/{override_id}/coaching-notes`: oldest first, removed notes included. */
    list(actorId: string, overrideId: string): CoachingNote[] {
      authorize(overrideId, actorId);
      const notes = store.listByOverride(overrideId);
      const counts = coachingReplyCounts(notes);
      return notes.map((note) => toCoachingNote(note, counts, directory));
    },

    /** `POST …/coaching-notes` (201): always published; a reply's parent must be on the override. */
    create(actorId: string, overrideId: string, input: CoachingNoteCreate): CoachingNote {
      const { user, override } = authorize(overrideId, actorId);
      const body = requireBody(input.body);
      const parent = input.parent_id ? store.get(input.parent_id) : undefined;
      if (input.parent_id && (!parent || parent.override_id !== overrideId)) {
        throw EngineError.notFound('Parent note not found');
      }
      const id = ids.next('note');
      const at = now();
      const note: CoachingNoteRecord = {
        id,
        override_id: overrideId,
        baseline_id: input.baseline_id ?? override.baseline_id ?? null,
        execution_id: input.execution_id ?? override.execution_id,
        parent_id: parent?.id ?? null,
        thread_root_id: parent ? parent.thread_root_id : id,
        author_id: user.id,
        body,
        moderation_state: 'published',
        metadata: writableCoachingMetadata(input.metadata),
        moderation_history: [
          { state: 'published', occurred_at: at, actor_id: user.id, reason: null },
        ],
        created_at: at,
        updated_at: at,
        last_edited_at: null,
      };
      store.put(note);
      record('created', note, override.execution_id, user);
      return view(note);
    },

    /** `PATCH /coaching-notes/{note_id}`: body, any state, merged metadata; no-ops write nothing. */
    update(actorId: string, noteId: string, input: CoachingNoteUpdate): CoachingNote {
      const { note, user, override } = requireNote(noteId, actorId);
      const body = input.body === undefined ? note.body : requireBody(input.body);
      const state = input.moderation_state ?? note.moderation_state;
      const metadata = { ...note.metadata, ...writableCoachingMetadata(input.metadata) };
      const bodyChanged = body !== note.body;
      const stateChanged = state !== note.moderation_state;
      const metadataChanged = !jsonEquals(metadata, note.metadata);
      if (!bodyChanged && !stateChanged && !metadataChanged) return view(note);
      const at = now();
      const updated: CoachingNoteRecord = {
        ...note,
        body,
        moderation_state: state,
        metadata,
        moderation_history: stateChanged
          ? [
              ...note.moderation_history,
              { state, occurred_at: at, actor_id: user.id, reason: null },
            ]
          : note.moderation_history,
        updated_at: at,
        last_edited_at: bodyChanged ? at : note.last_edited_at,
      };
      store.put(updated);
      record('updated', updated, override.execution_id, user);
      return view(updated);
    },

    /** `PATCH …/flag|resolve|remove`: records the reason; a note already in the state is a no-op. */
    moderate(
      actorId: string,
      noteId: string,
      verb: CoachingModerationVerb,
      input: CoachingModerationAction | undefined,
    ): CoachingNote {
      const { note, user, override } = requireNote(noteId, actorId);
      const state = COACHING_MODERATION_VERBS[verb];
      if (note.moderation_state === state) return view(note);
      const at = now();
      const updated: CoachingNoteRecord = {
        ...note,
        moderation_state: state,
        metadata: { ...note.metadata, ...writableCoachingMetadata(input?.metadata) },
        moderation_history: [
          ...note.moderation_history,
          { state, occurred_at: at, actor_id: user.id, reason: input?.reason ?? null },
        ],
        updated_at: at,
      };
      store.put(updated);
      record('moderated', updated, override.execution_id, user);
      return view(updated);
    },
  };
}

/** The engine returned by {@link createCoachingNoteEngine}. */
export type CoachingNoteEngine = ReturnType<typeof createCoachingNoteEngine>;
