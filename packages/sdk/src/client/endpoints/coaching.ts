import type { coachingEndpoints as definitions } from '../../schemas/coaching/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { endpointIds } from '../endpoint-ids';
import type { EndpointResult } from '../endpoint-result';
import { lazyEndpoints } from '../lazy-endpoints';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

// This domain's definitions, and so its schemas, load on its first call (see `lazyEndpoints`).
const ep = lazyEndpoints(endpointIds.coaching, () =>
  import('../../schemas/coaching/endpoints').then((module) => module.coachingEndpoints),
);

/** What {@link coachingList} resolves with (its response schema's output). */
export type CoachingListResult = EndpointResult<typeof definitions.list>;

/** `GET /api/governance/overrides/{override_id}/coaching-notes` (oldest first, removed included). */
export function coachingList(
  context: ClientContext,
  overrideId: string,
  options?: RequestOptions,
): Promise<CoachingListResult> {
  return callEndpoint(context, ep.list, { override_id: overrideId }, undefined, options);
}

/** The params argument of {@link coachingCreate}. */
export type CoachingCreateParams = EndpointParams<typeof definitions.create>;
/** What {@link coachingCreate} resolves with (its response schema's output). */
export type CoachingCreateResult = EndpointResult<typeof definitions.create>;

/** `POST /api/governance/overrides/{override_id}/coaching-notes` (201). */
export function coachingCreate(
  context: ClientContext,
  overrideId: string,
  body: CoachingCreateParams,
  options?: RequestOptions,
): Promise<CoachingCreateResult> {
  return callEndpoint(context, ep.create, { override_id: overrideId }, body, options);
}

/** The params argument of {@link coachingUpdate}. */
export type CoachingUpdateParams = EndpointParams<typeof definitions.update>;
/** What {@link coachingUpdate} resolves with (its response schema's output). */
export type CoachingUpdateResult = EndpointResult<typeof definitions.update>;

/** `PATCH /api/governance/coaching-notes/{note_id}`. */
export function coachingUpdate(
  context: ClientContext,
  noteId: string,
  body: CoachingUpdateParams,
  options?: RequestOptions,
): Promise<CoachingUpdateResult> {
  return callEndpoint(context, ep.update, { note_id: noteId }, body, options);
}

/** The params argument of {@link coachingFlag}. */
export type CoachingFlagParams = EndpointParams<typeof definitions.flag>;
/** What {@link coachingFlag} resolves with (its response schema's output). */
export type CoachingFlagResult = EndpointResult<typeof definitions.flag>;

/** `PATCH /api/governance/coaching-notes/{note_id}/flag` (optional reason). */
export function coachingFlag(
  context: ClientContext,
  noteId: string,
  body?: CoachingFlagParams,
  options?: RequestOptions,
): Promise<CoachingFlagResult> {
  return callEndpoint(context, ep.flag, { note_id: noteId }, body, options);
}

/** The params argument of {@link coachingResolve}. */
export type CoachingResolveParams = EndpointParams<typeof definitions.resolve>;
/** What {@link coachingResolve} resolves with (its response schema's output). */
export type CoachingResolveResult = EndpointResult<typeof definitions.resolve>;

/** `PATCH /api/governance/coaching-notes/{note_id}/resolve` (optional reason). */
export function coachingResolve(
  context: ClientContext,
  noteId: string,
  body?: CoachingResolveParams,
  options?: RequestOptions,
): Promise<CoachingResolveResult> {
  return callEndpoint(context, ep.resolve, { note_id: noteId }, body, options);
}

/** The params argument of {@link coachingRemove}. */
export type CoachingRemoveParams = EndpointParams<typeof definitions.remove>;
/** What {@link coachingRemove} resolves with (its response schema's output). */
export type CoachingRemoveResult = EndpointResult<typeof definitions.remove>;

/** `PATCH /api/governance/coaching-notes/{note_id}/remove` (optional reason). */
export function coachingRemove(
  context: ClientContext,
  noteId: string,
  body?: CoachingRemoveParams,
  options?: RequestOptions,
): Promise<CoachingRemoveResult> {
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
} as const satisfies EndpointFunctionTable<typeof definitions>;
