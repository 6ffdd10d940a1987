import { coachingEndpoints as ep } from '../../schemas/coaching/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

/** `GET /api/governance/overrides/{override_id}/coaching-notes` (oldest first, removed included). */
export function coachingList(context: ClientContext, overrideId: string, options?: RequestOptions) {
  return callEndpoint(context, ep.list, { override_id: overrideId }, undefined, options);
}

/** `POST /api/governance/overrides/{override_id}/coaching-notes` (201). */
export function coachingCreate(
  context: ClientContext,
  overrideId: string,
  body: EndpointParams<typeof ep.create>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.create, { override_id: overrideId }, body, options);
}

/** `PATCH /api/governance/coaching-notes/{note_id}`. */
export function coachingUpdate(
  context: ClientContext,
  noteId: string,
  body: EndpointParams<typeof ep.update>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.update, { note_id: noteId }, body, options);
}

/** `PATCH /api/governance/coaching-notes/{note_id}/flag` (optional reason). */
export function coachingFlag(
  context: ClientContext,
  noteId: string,
  body?: EndpointParams<typeof ep.flag>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.flag, { note_id: noteId }, body, options);
}

/** `PATCH /api/governance/coaching-notes/{note_id}/resolve` (optional reason). */
export function coachingResolve(
  context: ClientContext,
  noteId: string,
  body?: EndpointParams<typeof ep.resolve>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.resolve, { note_id: noteId }, body, options);
}

/** `PATCH /api/governance/coaching-notes/{note_id}/remove` (optional reason). */
export function coachingRemove(
  context: ClientContext,
  noteId: string,
  body?: EndpointParams<typeof ep.remove>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.remove, { note_id: noteId }, body, options);
}

/**
 * Every function above by its registry key: the client tree is derived from this table and the
 * registry's ids, and `satisfies` makes a registry endpoint without a function a compile error.
 */
export const coachingFunctions = {
  list: coachingList,
  create: coachingCreate,
  update: coachingUpdate,
  flag: coachingFlag,
  resolve: coachingResolve,
  remove: coachingRemove,
} as const satisfies EndpointFunctionTable<typeof ep>;
