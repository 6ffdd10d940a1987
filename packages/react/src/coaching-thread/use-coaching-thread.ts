import { type CoachingNote, NotFoundError, PermissionDeniedError } from '@govkit/sdk';
import { useMemo } from 'react';
import {
  type CoachingModerationVerb,
  type CreateCoachingNoteVariables,
  type EditCoachingNoteVariables,
  type ModerateCoachingNoteVariables,
  PENDING_NOTE_PREFIX,
} from '../coaching/use-coaching-note-mutations';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import { parseTimestamp } from '../shared/parse-timestamp';
import { type GovkitFormat, useFormat } from '../shared/use-format';
import { type CoachingThreadMessages, coachingThreadMessages } from './coaching-thread-messages';

/** What someone may do in a thread; `create` starts a new thread, the others act on a note. */
export type CoachingThreadAction = 'create' | 'reply' | 'edit' | CoachingModerationVerb;

/** The actions on one note, in the order they are offered. */
export const COACHING_NOTE_ACTIONS = ['reply', 'edit', 'flag', 'resolve', 'remove'] as const;
export type CoachingNoteAction = (typeof COACHING_NOTE_ACTIONS)[number];

/**
 * The host's policy on top of the server's: return `false` for what the acting user may not do
 * (only the author edits, only leads moderate, …). Actions it refuses are not offered at all.
 */
export type CoachingThreadPolicy = (
  action: CoachingThreadAction,
  note: CoachingNote | undefined,
) => boolean;

/** What the thread shows; also its `data-state`. */
export type CoachingThreadState =
  | 'loading'
  | 'error'
  | 'forbidden'
  | 'not-found'
  | 'empty'
  | 'ready';

/** A handler may return a promise: the form stays open with its text until it resolves. */
export interface CoachingThreadHandlers {
  onCreate?: ((input: CreateCoachingNoteVariables) => unknown) | undefined;
  onEdit?: ((input: EditCoachingNoteVariables) => unknown) | undefined;
  onModerate?: ((input: ModerateCoachingNoteVariables) => unknown) | undefined;
}

export interface UseCoachingThreadOptions extends CoachingThreadHandlers {
  /** The override's notes, oldest first (removed ones included); without them, loading. */
  notes?: readonly CoachingNote[] | undefined;
  /** The load's error as thrown (`PermissionDeniedError` and `NotFoundError` have own states). */
  error?: unknown;
  can?: CoachingThreadPolicy | undefined;
  /** Offer no actions at all (the acting user was refused, or the host says so). */
  readOnly?: boolean | undefined;
  messages?: Partial<CoachingThreadMessages> | undefined;
}

export interface CoachingTime {
  iso: string;
  text: string;
}

/** One note, localised, with its replies nested. */
export interface CoachingNoteView {
  note: CoachingNote;
  id: string;
  depth: number;
  author: string;
  createdAt: CoachingTime | undefined;
  editedAt: CoachingTime | undefined;
  /** The moderation state as sent (an unknown one is kept) and its label. */
  state: string;
  stateLabel: string;
  removed: boolean;
  pending: boolean;
  /** "2 replies" on a thread's first note when it has replies. */
  replyCountText: string | undefined;
  actions: CoachingNoteAction[];
  history: { key: string; text: string; reason: string | undefined }[];
  replies: CoachingNoteView[];
}

export interface CoachingThreadModel {
  state: CoachingThreadState;
  messages: CoachingThreadMessages;
  threads: CoachingNoteView[];
  noteCount: number;
  summary: string;
  canCreate: boolean;
}

const STATE_LABEL_KEYS: Readonly<Record<string, keyof CoachingThreadMessages>> = {
  draft: 'stateDraft',
  published: 'statePublished',
  flagged: 'stateFlagged',
  resolved: 'stateResolved',
  removed: 'stateRemoved',
};

// Offering an action that would change nothing (flag a flagged note) or act on a removed note
// only invites confusion; the server would accept it as a no-op.
function allowedByState(action: CoachingNoteAction, state: string): boolean {
  if (state === 'removed') return false;
  if (action === 'flag') return state !== 'flagged';
  if (action === 'resolve') return state !== 'resolved';
  return true;
}

function handlerFor(action: CoachingThreadAction, handlers: CoachingThreadHandlers) {
  if (action === 'create' || action === 'reply') return handlers.onCreate;
  if (action === 'edit') return handlers.onEdit;
  return handlers.onModerate;
}

function timeOf(value: string | null | undefined, format: GovkitFormat) {
  const date = value ? parseTimestamp(value) : null;
  return date ? { iso: date.toISOString(), text: format.dateTime(date) } : undefined;
}

function byCreation(a: CoachingNote, b: CoachingNote): number {
  const at =
    (parseTimestamp(a.created_at)?.getTime() ?? 0) - (parseTimestamp(b.created_at)?.getTime() ?? 0);
  return at !== 0 ? at : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Notes into threads: each note under its parent, oldest first at every level. A reply whose
 * parent is not in the list (a newer server, a partial page) is shown under its thread's root,
 * or as a thread of its own, never dropped.
 */
export function buildCoachingTree(notes: readonly CoachingNote[]): {
  note: CoachingNote;
  children: ReturnType<typeof buildCoachingTree>;
}[] {
  const sorted = [...notes].sort(byCreation);
  const ids = new Set(sorted.map((note) => note.id));
  const children = new Map<string, CoachingNote[]>();
  const roots: CoachingNote[] = [];
  for (const note of sorted) {
    const parent =
      note.parent_id && ids.has(note.parent_id) && note.parent_id !== note.id
        ? note.parent_id
        : note.thread_root_id && ids.has(note.thread_root_id) && note.thread_root_id !== note.id
          ? note.thread_root_id
          : null;
    if (parent) children.set(parent, [...(children.get(parent) ?? []), note]);
    else roots.push(note);
  }
  const seen = new Set<string>();
  const build = (list: CoachingNote[]): ReturnType<typeof buildCoachingTree> =>
    list
      .filter((note) => !seen.has(note.id) && seen.add(note.id))
      .map((note) => ({ note, children: build(children.get(note.id) ?? []) }));
  return build(roots);
}

/**
 * The headless coaching notes thread: state, the notes as a localised tree, and for each note
 * the actions the acting user may take (a handler for it exists, the note's state allows it and
 * the host's `can` policy agrees). Render it with the parts, {@link CoachingThread} or your own.
 */
export function useCoachingThread({
  notes,
  error,
  can,
  readOnly = false,
  messages: overrides,
  ...handlers
}: UseCoachingThreadOptions): CoachingThreadModel {
  const messages = useMessages('coachingThread', coachingThreadMessages, overrides);
  const format = useFormat();
  const state: CoachingThreadState =
    error !== undefined && error !== null
      ? error instanceof PermissionDeniedError
        ? 'forbidden'
        : error instanceof NotFoundError
          ? 'not-found'
          : 'error'
      : !notes
        ? 'loading'
        : notes.length === 0
          ? 'empty'
          : 'ready';
  const { onCreate, onEdit, onModerate } = handlers;
  const threads = useMemo(() => {
    if (!notes) return [];
    const allowed = (action: CoachingThreadAction, note: CoachingNote | undefined) =>
      !readOnly &&
      handlerFor(action, { onCreate, onEdit, onModerate }) !== undefined &&
      (can ? can(action, note) : true);
    const view = (
      node: ReturnType<typeof buildCoachingTree>[number],
      depth: number,
    ): CoachingNoteView => {
      const { note } = node;
      const stateKey = STATE_LABEL_KEYS[note.moderation_state];
      const pending = note.id.startsWith(PENDING_NOTE_PREFIX);
      const replyCount = note.reply_count ?? 0;
      return {
        note,
        id: note.id,
        depth,
        author: note.actor?.name || note.actor?.email || messages.unknownAuthor,
        createdAt: timeOf(note.created_at, format),
        editedAt: timeOf(note.last_edited_at, format),
        state: note.moderation_state,
        stateLabel: stateKey ? messages[stateKey] : humanize(note.moderation_state),
        removed: note.moderation_state === 'removed',
        pending,
        replyCountText:
          depth === 0 && replyCount > 0
            ? formatMessage(replyCount === 1 ? messages.replyCountOne : messages.replyCountOther, {
                count: format.number(replyCount),
              })
            : undefined,
        actions: pending
          ? []
          : COACHING_NOTE_ACTIONS.filter(
              (action) => allowedByState(action, note.moderation_state) && allowed(action, note),
            ),
        history: note.moderation_history.map((entry, index) => {
          const key = STATE_LABEL_KEYS[entry.state];
          return {
            key: `${index}-${entry.state}`,
            text: formatMessage(messages.historyEntry, {
              state: key ? messages[key] : humanize(entry.state),
              actor: entry.actor_id ?? messages.unknownAuthor,
              time: timeOf(entry.occurred_at, format)?.text ?? '',
            }),
            reason: entry.reason
              ? formatMessage(messages.historyReason, { reason: entry.reason })
              : undefined,
          };
        }),
        replies: node.children.map((child) => view(child, depth + 1)),
      };
    };
    return buildCoachingTree(notes).map((node) => view(node, 0));
  }, [notes, readOnly, can, onCreate, onEdit, onModerate, messages, format]);
  const noteCount = notes?.length ?? 0;
  return {
    state,
    messages,
    threads,
    noteCount,
    summary: formatMessage(messages.summary, {
      count: format.number(noteCount),
      threads: format.number(threads.length),
    }),
    canCreate:
      (state === 'ready' || state === 'empty') &&
      !readOnly &&
      onCreate !== undefined &&
      (can ? can('create', undefined) : true),
  };
}

function humanize(value: string): string {
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
