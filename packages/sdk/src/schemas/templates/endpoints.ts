import { defineEndpoint } from '../shared/endpoint';
import {
  TemplateAssignmentCreateSchema,
  TemplateAssignmentListSchema,
  TemplateAssignmentPathParamsSchema,
  TemplateAssignmentSchema,
  TemplatePathParamsSchema,
} from './template-assignment';
import { WorkflowTemplateCreateSchema, WorkflowTemplateListParamsSchema } from './template-create';
import { WorkflowTemplateListSchema, WorkflowTemplateSchema } from './workflow-template';

const TAG = 'Workflow templates';
const BASE = '/api/governance/templates';

/**
 * Workflow template endpoints. Admin only: everyone else gets 403
 * "Admin privileges required".
 */
export const templatesEndpoints = {
  list: defineEndpoint({
    id: 'templates.list',
    method: 'GET',
    path: BASE,
    summary: 'List workflow templates',
    description: 'By `template_key` ascending, then `version` descending.',
    tag: TAG,
    query: WorkflowTemplateListParamsSchema,
    response: WorkflowTemplateListSchema,
    errorStatuses: [401, 403, 422],
  }),
  retrieve: defineEndpoint({
    id: 'templates.retrieve',
    method: 'GET',
    path: `${BASE}/{template_id}`,
    summary: 'Get a workflow template',
    tag: TAG,
    pathParams: TemplatePathParamsSchema,
    response: WorkflowTemplateSchema,
    errorStatuses: [401, 403, 404],
  }),
  create: defineEndpoint({
    id: 'templates.create',
    method: 'POST',
    path: BASE,
    summary: 'Create a workflow template (or its next version)',
    tag: TAG,
    body: WorkflowTemplateCreateSchema,
    response: WorkflowTemplateSchema,
    successStatus: 201,
    errorStatuses: [401, 403, 404, 422],
  }),
  publish: defineEndpoint({
    id: 'templates.publish',
    method: 'POST',
    path: `${BASE}/{template_id}/publish`,
    summary: 'Publish a draft template and capture its snapshot',
    description: 'Already published: returned unchanged. Archived: 400.',
    tag: TAG,
    pathParams: TemplatePathParamsSchema,
    response: WorkflowTemplateSchema,
    errorStatuses: [400, 401, 403, 404],
  }),
  archive: defineEndpoint({
    id: 'templates.archive',
    method: 'POST',
    path: `${BASE}/{template_id}/archive`,
    summary: 'Archive a template',
    description: 'Already archived: returned unchanged.',
    tag: TAG,
    pathParams: TemplatePathParamsSchema,
    response: WorkflowTemplateSchema,
    errorStatuses: [401, 403, 404],
  }),
  assignmentsList: defineEndpoint({
    id: 'templates.assignments.list',
    method: 'GET',
    path: `${BASE}/{template_id}/assignments`,
    summary: 'List assignments of a template',
    description: 'Oldest first.',
    tag: TAG,
    pathParams: TemplatePathParamsSchema,
    response: TemplateAssignmentListSchema,
    errorStatuses: [401, 403, 404],
  }),
  assignmentsCreate: defineEndpoint({
    id: 'templates.assignments.create',
    method: 'POST',
    path: `${BASE}/{template_id}/assignments`,
    summary: 'Assign a template to a team or protocol template',
    tag: TAG,
    pathParams: TemplatePathParamsSchema,
    body: TemplateAssignmentCreateSchema,
    response: TemplateAssignmentSchema,
    successStatus: 201,
    errorStatuses: [400, 401, 403, 404, 409, 422],
  }),
  assignmentsDelete: defineEndpoint({
    id: 'templates.assignments.delete',
    method: 'DELETE',
    path: '/api/governance/assignments/{assignment_id}',
    summary: 'Revoke a template assignment',
    tag: TAG,
    pathParams: TemplateAssignmentPathParamsSchema,
    responseKind: 'empty',
    successStatus: 204,
    errorStatuses: [401, 403, 404],
  }),
} as const;
