import { z } from 'zod';
import { BoundedJsonObjectSchema } from '../shared/bounded-json';
import { requestObject } from '../shared/open-object';
import { nullishAs } from '../shared/primitives';
import { MAX_TEXT_LENGTH, RequestIdSchema } from '../shared/request-bounds';
import { COACHING_MODERATION_STATES } from './coaching-note';

/** The 422 detail of a body that is empty once trimmed (exact). */
export const COACHING_EMPTY_BODY_DETAIL = 'Body cannot be empty';

/** The metadata key a client cannot write: the history is the server's own record. */
export const COACHING_HISTORY_METADATA_KEY = 'moderation_history';

// Trimmed, then at least one character: whitespace-only bodies get the contract's message.
const NoteBodySchema = z
  .string()
  .trim()
  .min(1, { message: COACHING_EMPTY_BODY_DETAIL })
  .max(MAX_TEXT_LENGTH);

/** A moderation state a client may request (closed). */
export const CoachingModerationStateRequestSchema = z.enum(COACHING_MODERATION_STATES);

/** `{override_id}` of the coaching-note list/create path. */
export const CoachingOverridePathParamsSchema = requestObject({ override_id: RequestIdSchema });
export type CoachingOverridePathParams = z.output<typeof CoachingOverridePathParamsSchema>;

/** `{note_id}` of the update and moderation paths. */
export const CoachingNotePathParamsSchema = requestObject({ note_id: RequestIdSchema });
export type CoachingNotePathParams = z.output<typeof CoachingNotePathParamsSchema>;

/**
 * Body of `POST /api/governance/overrides/{override_id}/coaching-notes`. `parent_id` must be a
 * note on the same override; `baseline_id` and `execution_id` default to the override's.
 */
export const CoachingNoteCreateSchema = requestObject({
  body: NoteBodySchema,
  parent_id: RequestIdSchema.nullish(),
  baseline_id: RequestIdSchema.nullish(),
  execution_id: RequestIdSchema.nullish(),
  metadata: nullishAs(BoundedJsonObjectSchema, {}),
});
export type CoachingNoteCreate = z.output<typeof CoachingNoteCreateSchema>;
export type CoachingNoteCreateInput = z.input<typeof CoachingNoteCreateSchema>;

/**
 * Body of `PATCH /api/governance/coaching-notes/{note_id}`. Any of the five states may be set;
 * `metadata` is merged into the note's (a `moderation_history` key is ignored).
 */
export const CoachingNoteUpdateSchema = requestObject({
  body: NoteBodySchema.optional(),
  moderation_state: CoachingModerationStateRequestSchema.optional(),
  metadata: BoundedJsonObjectSchema.nullish(),
});
export type CoachingNoteUpdate = z.output<typeof CoachingNoteUpdateSchema>;
export type CoachingNoteUpdateInput = z.input<typeof CoachingNoteUpdateSchema>;

/**
 * Optional body of `PATCH …/{note_id}/flag|resolve|remove`: a `reason` for the history and
 * metadata to merge.
 */
export const CoachingModerationActionSchema = requestObject({
  reason: z.string().max(MAX_TEXT_LENGTH).nullish(),
  metadata: BoundedJsonObjectSchema.nullish(),
});
export type CoachingModerationAction = z.output<typeof CoachingModerationActionSchema>;
export type CoachingModerationActionInput = z.input<typeof CoachingModerationActionSchema>;
