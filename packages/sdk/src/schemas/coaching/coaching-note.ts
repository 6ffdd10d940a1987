import { z } from 'zod';
import { GovernanceActorSummarySchema } from '../overrides/override-lineage';
import { openEnum } from '../shared/open-enum';
import { openObject } from '../shared/open-object';
import { IdSchema, MetadataSchema, nullishAs, TimestampSchema } from '../shared/primitives';

/** The five moderation states, a closed set. Create always gives `published`. */
export const COACHING_MODERATION_STATES = [
  'draft',
  'published',
  'flagged',
  'resolved',
  'removed',
] as const;

/** A moderation state as a server sends it (open). */
export const CoachingModerationStateSchema = openEnum(COACHING_MODERATION_STATES);
export type CoachingModerationState = z.output<typeof CoachingModerationStateSchema>;

/**
 * One moderation change. The history only grows on a real state change; `/flag`, `/resolve` and
 * `/remove` record their `reason`, the generic PATCH records none.
 */
export const CoachingModerationEntrySchema = openObject({
  state: CoachingModerationStateSchema,
  occurred_at: TimestampSchema,
  actor_id: IdSchema.nullish(),
  reason: z.string().nullish(),
});
export type CoachingModerationEntry = z.output<typeof CoachingModerationEntrySchema>;

/**
 * A coaching note on an override (`GovernanceCoachingNoteOut`).
 *
 * - Threads: `thread_root_id` is the root's id (a root points to itself), `parent_id` the note
 *   replied to. `reply_count` is the thread size − 1; a reply reports its root's count.
 * - `metadata` never contains `moderation_history` (a server may store the history inside the
 *   metadata JSON, but it is stripped on the way out); the history is its own field.
 * - `actor` is the author; `last_edited_at` is set when the body changes.
 */
export const CoachingNoteSchema = openObject({
  id: IdSchema,
  override_id: IdSchema,
  baseline_id: IdSchema.nullish(),
  execution_id: IdSchema.nullish(),
  parent_id: IdSchema.nullish(),
  thread_root_id: IdSchema.nullish(),
  moderation_state: CoachingModerationStateSchema,
  body: z.string(),
  reply_count: z.number().int().min(0).default(0),
  metadata: MetadataSchema,
  moderation_history: nullishAs(z.array(CoachingModerationEntrySchema), []),
  actor: GovernanceActorSummarySchema.nullish(),
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
  last_edited_at: TimestampSchema.nullish(),
});
export type CoachingNote = z.output<typeof CoachingNoteSchema>;

/** `GET /api/governance/overrides/{override_id}/coaching-notes`: oldest first, `removed` included. */
export const CoachingNoteListSchema = z.array(CoachingNoteSchema);
export type CoachingNoteList = z.output<typeof CoachingNoteListSchema>;
