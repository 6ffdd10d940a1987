import type {
  CoachingModerationEntry,
  CoachingModerationState,
} from '../../schemas/coaching/coaching-note';
import { cloneData } from '../shared/clone-data';

/**
 * One coaching note as stored (table `governance_coaching_notes`). The moderation history is
 * not kept inside the metadata JSON but in its own field, so metadata merges cannot touch it.
 */
export interface CoachingNoteRecord {
  id: string;
  override_id: string;
  baseline_id: string | null;
  execution_id: string | null;
  parent_id: string | null;
  /** The thread's root note id (a root points to itself). */
  thread_root_id: string;
  author_id: string;
  body: string;
  moderation_state: CoachingModerationState;
  metadata: Record<string, unknown>;
  moderation_history: CoachingModerationEntry[];
  created_at: string;
  updated_at: string;
  last_edited_at: string | null;
}

/** Persistence of coaching notes; implementations copy values in and out. */
export interface CoachingNoteStore {
  get(id: string): CoachingNoteRecord | undefined;
  /** Notes of one override, oldest first (created_at, then id). */
  listByOverride(overrideId: string): CoachingNoteRecord[];
  /** Every note, oldest first. */
  list(): CoachingNoteRecord[];
  put(note: CoachingNoteRecord): void;
}

/** The in-memory store, with a deep dump for before/after comparisons in tests. */
export interface MemoryCoachingNoteStore extends CoachingNoteStore {
  dump(): CoachingNoteRecord[];
}

/** Oldest first: `created_at`, then `id` (the order of the list endpoint). */
export function compareCoachingNotes(a: CoachingNoteRecord, b: CoachingNoteRecord): number {
  const byTime = Date.parse(a.created_at) - Date.parse(b.created_at);
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** An in-memory {@link CoachingNoteStore}. */
export function createMemoryCoachingNoteStore(): MemoryCoachingNoteStore {
  const notes = new Map<string, CoachingNoteRecord>();
  const copy = cloneData;
  const all = () => [...notes.values()].sort(compareCoachingNotes).map(copy);
  return {
    get: (id) => (notes.has(id) ? copy(notes.get(id)) : undefined),
    listByOverride: (overrideId) => all().filter((note) => note.override_id === overrideId),
    list: all,
    put: (note) => void notes.set(note.id, copy(note)),
    dump: all,
  };
}
