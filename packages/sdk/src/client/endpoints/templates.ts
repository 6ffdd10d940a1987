import type { templatesEndpoints as definitions } from '../../schemas/templates/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { endpointIds } from '../endpoint-ids';
import type { EndpointResult } from '../endpoint-result';
import { lazyEndpoints } from '../lazy-endpoints';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

// This domain's definitions, and so its schemas, load on its first call (see `lazyEndpoints`).
const ep = lazyEndpoints(endpointIds.templates, () =>
  import('../../schemas/templates/endpoints').then((module) => module.templatesEndpoints),
);

/** What {@link templatesAssignmentsList} resolves with (its response schema's output). */
export type TemplatesAssignmentsListResult = EndpointResult<typeof definitions.assignmentsList>;

/** `GET /api/governance/templates/{template_id}/assignments` (oldest first). */
export function templatesAssignmentsList(
  context: ClientContext,
  templateId: string,
  options?: RequestOptions,
): Promise<TemplatesAssignmentsListResult> {
  return callEndpoint(context, ep.assignmentsList, { template_id: templateId }, undefined, options);
}

/** The params argument of {@link templatesAssignmentsCreate}. */
export type TemplatesAssignmentsCreateParams = EndpointParams<typeof definitions.assignmentsCreate>;
/** What {@link templatesAssignmentsCreate} resolves with (its response schema's output). */
export type TemplatesAssignmentsCreateResult = EndpointResult<typeof definitions.assignmentsCreate>;

/** `POST /api/governance/templates/{template_id}/assignments` (201). */
export function templatesAssignmentsCreate(
  context: ClientContext,
  templateId: string,
  body: TemplatesAssignmentsCreateParams,
  options?: RequestOptions,
): Promise<TemplatesAssignmentsCreateResult> {
  return callEndpoint(context, ep.assignmentsCreate, { template_id: templateId }, body, options);
}

/** What {@link templatesAssignmentsDelete} resolves with (its response schema's output). */
export type TemplatesAssignmentsDeleteResult = EndpointResult<typeof definitions.assignmentsDelete>;

/** `DELETE /api/governance/assignments/{assignment_id}` (204). */
export function templatesAssignmentsDelete(
  context: ClientContext,
  assignmentId: string,
  options?: RequestOptions,
): Promise<TemplatesAssignmentsDeleteResult> {
  return callEndpoint(
    context,
    ep.assignmentsDelete,
    { assignment_id: assignmentId },
    undefined,
    options,
  );
}

/** The params argument of {@link templatesList}. */
export type TemplatesListParams = EndpointParams<typeof definitions.list>;
/** What {@link templatesList} resolves with (its response schema's output). */
export type TemplatesListResult = EndpointResult<typeof definitions.list>;

/** `GET /api/governance/templates` (latest, non-archived unless `include_all`). */
export function templatesList(
  context: ClientContext,
  params?: TemplatesListParams,
  options?: RequestOptions,
): Promise<TemplatesListResult> {
  return callEndpoint(context, ep.list, undefined, params, options);
}

/** What {@link templatesRetrieve} resolves with (its response schema's output). */
export type TemplatesRetrieveResult = EndpointResult<typeof definitions.retrieve>;

/** `GET /api/governance/templates/{template_id}`. */
export function templatesRetrieve(
  context: ClientContext,
  templateId: string,
  options?: RequestOptions,
): Promise<TemplatesRetrieveResult> {
  return callEndpoint(context, ep.retrieve, { template_id: templateId }, undefined, options);
}

/** The params argument of {@link templatesCreate}. */
export type TemplatesCreateParams = EndpointParams<typeof definitions.create>;
/** What {@link templatesCreate} resolves with (its response schema's output). */
export type TemplatesCreateResult = EndpointResult<typeof definitions.create>;

/** `POST /api/governance/templates` (201). */
export function templatesCreate(
  context: ClientContext,
  body: TemplatesCreateParams,
  options?: RequestOptions,
): Promise<TemplatesCreateResult> {
  return callEndpoint(context, ep.create, undefined, body, options);
}

/** What {@link templatesPublish} resolves with (its response schema's output). */
export type TemplatesPublishResult = EndpointResult<typeof definitions.publish>;

/** `POST /api/governance/templates/{template_id}/publish`: yields a published snapshot. */
export function templatesPublish(
  context: ClientContext,
  templateId: string,
  options?: RequestOptions,
): Promise<TemplatesPublishResult> {
  return callEndpoint(context, ep.publish, { template_id: templateId }, undefined, options);
}

/** What {@link templatesArchive} resolves with (its response schema's output). */
export type TemplatesArchiveResult = EndpointResult<typeof definitions.archive>;

/** `POST /api/governance/templates/{template_id}/archive`. */
export function templatesArchive(
  context: ClientContext,
  templateId: string,
  options?: RequestOptions,
): Promise<TemplatesArchiveResult> {
  return callEndpoint(context, ep.archive, { template_id: templateId }, undefined, options);
}

/**
 * Every function above by its registry key: the client tree is derived from this table and the
 * registry's ids, and `satisfies` makes a registry endpoint without a function a compile error.
 */
export const templatesFunctions = {
  assignmentsList: templatesAssignmentsList,
  assignmentsCreate: templatesAssignmentsCreate,
  assignmentsDelete: templatesAssignmentsDelete,
  list: templatesList,
  retrieve: templatesRetrieve,
  create: templatesCreate,
  publish: templatesPublish,
  archive: templatesArchive,
} as const satisfies EndpointFunctionTable<typeof definitions>;
