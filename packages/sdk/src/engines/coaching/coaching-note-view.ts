import type { CoachingNote } from '../../schemas/coaching/coaching-note';
import type { GovernanceDirectory } from '../governance/directory';
import { governanceActorSummary } from '../overrides/override-outcome';
import type { CoachingNoteRecord } from './coaching-note-store';

/**
 * Reply counts per thread root: thread size − 1. Removed notes still count (they are still
 * listed, shown as removed).
 */
export function coachingReplyCounts(notes: CoachingNoteRecord[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const note of notes)
    sizes.set(note.thread_root_id, (sizes.get(note.thread_root_id) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const [root, size] of sizes) counts.set(root, size - 1);
  return counts;
}

/**
 * A stored note in its API form (`GovernanceCoachingNoteOut`). `replyCounts` must cover the
 * note's thread; a reply reports its root's count.
 */
export function toCoachingNote(
  note: CoachingNoteRecord,
  replyCounts: Map<string, number>,
  directory: GovernanceDirectory,
): CoachingNote {
  return {
    id: note.id,
    override_id: note.override_id,
    baseline_id: note.baseline_id,
    execution_id: note.execution_id,
    parent_id: note.parent_id,
    thread_root_id: note.thread_root_id,
    moderation_state: note.moderation_state,
    body: note.body,
    reply_count: replyCounts.get(note.thread_root_id) ?? 0,
    metadata: structuredClone(note.metadata),
    moderation_history: structuredClone(note.moderation_history),
    actor: governanceActorSummary(directory, note.author_id),
    created_at: note.created_at,
    updated_at: note.updated_at,
    last_edited_at: note.last_edited_at,
  };
}

/** The metadata a client may write: everything but `moderation_history` (the server's record). */
export function writableCoachingMetadata(
  metadata: Record<string, unknown> | null | undefined,
): Record<string, unknown> {
  const { moderation_history: _ignored, ...rest } = metadata ?? {};
  return structuredClone(rest);
}
