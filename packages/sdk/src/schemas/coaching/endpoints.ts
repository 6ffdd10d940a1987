import { defineEndpoint } from '../shared/endpoint';
import { CoachingNoteListSchema, CoachingNoteSchema } from './coaching-note';
import {
  CoachingModerationActionSchema,
  CoachingNoteCreateSchema,
  CoachingNotePathParamsSchema,
  CoachingNoteUpdateSchema,
  CoachingOverridePathParamsSchema,
} from './coaching-note-requests';

const TAG = 'Coaching notes';

// The moderation shortcuts share everything but their verb and resulting state.
function moderationEndpoint(verb: 'flag' | 'resolve' | 'remove', state: string) {
  return defineEndpoint({
    id: `coaching.${verb}`,
    method: 'PATCH',
    path: `/api/governance/coaching-notes/{note_id}/${verb}`,
    summary: `Mark a coaching note ${state}`,
    description:
      `Moves the note to \`${state}\` and records the optional reason in its moderation ` +
      'history; a note already in that state is returned unchanged.',
    tag: TAG,
    pathParams: CoachingNotePathParamsSchema,
    body: CoachingModerationActionSchema.optional(),
    response: CoachingNoteSchema,
    errorStatuses: [401, 403, 404, 422],
  });
}

/** Threaded coaching notes on overrides, with moderation. */
export const coachingEndpoints = {
  list: defineEndpoint({
    id: 'coaching.list',
    method: 'GET',
    path: '/api/governance/overrides/{override_id}/coaching-notes',
    summary: 'List an override’s coaching notes',
    description: 'Oldest first (created_at, then id); removed notes are included.',
    tag: TAG,
    pathParams: CoachingOverridePathParamsSchema,
    response: CoachingNoteListSchema,
    errorStatuses: [401, 403, 404],
  }),
  create: defineEndpoint({
    id: 'coaching.create',
    method: 'POST',
    path: '/api/governance/overrides/{override_id}/coaching-notes',
    summary: 'Add a coaching note or reply',
    description:
      'Always published. A reply’s parent must be on the same override (404 "Parent note not ' +
      'found"); an empty body is 422 "Body cannot be empty".',
    tag: TAG,
    pathParams: CoachingOverridePathParamsSchema,
    body: CoachingNoteCreateSchema,
    response: CoachingNoteSchema,
    successStatus: 201,
    errorStatuses: [401, 403, 404, 422],
  }),
  update: defineEndpoint({
    id: 'coaching.update',
    method: 'PATCH',
    path: '/api/governance/coaching-notes/{note_id}',
    summary: 'Edit a coaching note',
    description: 'Body, moderation state and merged metadata; history grows only on real change.',
    tag: TAG,
    pathParams: CoachingNotePathParamsSchema,
    body: CoachingNoteUpdateSchema,
    response: CoachingNoteSchema,
    errorStatuses: [401, 403, 404, 422],
  }),
  flag: moderationEndpoint('flag', 'flagged'),
  resolve: moderationEndpoint('resolve', 'resolved'),
  remove: moderationEndpoint('remove', 'removed'),
} as const;
