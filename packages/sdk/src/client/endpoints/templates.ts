import { templatesEndpoints as ep } from '../../schemas/templates/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

/** `GET /api/governance/templates/{template_id}/assignments` (oldest first). */
export function templatesAssignmentsList(
  context: ClientContext,
  templateId: string,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.assignmentsList, { template_id: templateId }, undefined, options);
}

/** `POST /api/governance/templates/{template_id}/assignments` (201). */
export function templatesAssignmentsCreate(
  context: ClientContext,
  templateId: string,
  body: EndpointParams<typeof ep.assignmentsCreate>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.assignmentsCreate, { template_id: templateId }, body, options);
}

/** `DELETE /api/governance/assignments/{assignment_id}` (204). */
export function templatesAssignmentsDelete(
  context: ClientContext,
  assignmentId: string,
  options?: RequestOptions,
) {
  return callEndpoint(
    context,
    ep.assignmentsDelete,
    { assignment_id: assignmentId },
    undefined,
    options,
  );
}

/** `GET /api/governance/templates` (latest, non-archived unless `include_all`). */
export function templatesList(
  context: ClientContext,
  params?: EndpointParams<typeof ep.list>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.list, undefined, params, options);
}

/** `GET /api/governance/templates/{template_id}`. */
export function templatesRetrieve(
  context: ClientContext,
  templateId: string,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.retrieve, { template_id: templateId }, undefined, options);
}

/** `POST /api/governance/templates` (201). */
export function templatesCreate(
  context: ClientContext,
  body: EndpointParams<typeof ep.create>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.create, undefined, body, options);
}

/** `POST /api/governance/templates/{template_id}/publish`: yields a published snapshot. */
export function templatesPublish(
  context: ClientContext,
  templateId: string,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.publish, { template_id: templateId }, undefined, options);
}

/** `POST /api/governance/templates/{template_id}/archive`. */
export function templatesArchive(
  context: ClientContext,
  templateId: string,
  options?: RequestOptions,
) {
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
} as const satisfies EndpointFunctionTable<typeof ep>;
