import { templatesEndpoints as ep } from '../../schemas/templates/endpoints';
import type { ClientCore } from '../client-core';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';
import { ApiResource } from './api-resource';

/** `client.templates.assignments`: where a workflow template applies (team or protocol). */
export class TemplateAssignmentsResource extends ApiResource {
  /** `GET /api/governance/templates/{template_id}/assignments` (oldest first). */
  list(templateId: string, options?: RequestOptions) {
    return this.core.call(ep.assignmentsList, { template_id: templateId }, undefined, options);
  }

  /** `POST /api/governance/templates/{template_id}/assignments` (201). */
  create(
    templateId: string,
    body: EndpointParams<typeof ep.assignmentsCreate>,
    options?: RequestOptions,
  ) {
    return this.core.call(ep.assignmentsCreate, { template_id: templateId }, body, options);
  }

  /** `DELETE /api/governance/assignments/{assignment_id}` (204). */
  delete(assignmentId: string, options?: RequestOptions) {
    return this.core.call(
      ep.assignmentsDelete,
      { assignment_id: assignmentId },
      undefined,
      options,
    );
  }
}

/** `client.templates`: versioned workflow templates (admin only). */
export class TemplatesResource extends ApiResource {
  readonly assignments: TemplateAssignmentsResource;

  constructor(core: ClientCore) {
    super(core);
    this.assignments = new TemplateAssignmentsResource(core);
  }

  /** `GET /api/governance/templates` (latest, non-archived unless `include_all`). */
  list(params?: EndpointParams<typeof ep.list>, options?: RequestOptions) {
    return this.core.call(ep.list, undefined, params, options);
  }

  /** `GET /api/governance/templates/{template_id}`. */
  retrieve(templateId: string, options?: RequestOptions) {
    return this.core.call(ep.retrieve, { template_id: templateId }, undefined, options);
  }

  /** `POST /api/governance/templates` (201). */
  create(body: EndpointParams<typeof ep.create>, options?: RequestOptions) {
    return this.core.call(ep.create, undefined, body, options);
  }

  /** `POST /api/governance/templates/{template_id}/publish`: yields a published snapshot. */
  publish(templateId: string, options?: RequestOptions) {
    return this.core.call(ep.publish, { template_id: templateId }, undefined, options);
  }

  /** `POST /api/governance/templates/{template_id}/archive`. */
  archive(templateId: string, options?: RequestOptions) {
    return this.core.call(ep.archive, { template_id: templateId }, undefined, options);
  }
}
