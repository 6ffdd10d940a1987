import { templatesEndpoints as ep } from '@govkit/sdk/schemas';
import { type DomainRouteTable, defineRoute } from '../router/define-route';

/**
 * Workflow templates and their assignments (`/api/governance/templates*` and
 * `DELETE /api/governance/assignments/{id}`) over the shared store's template engine.
 * Every route is admin only (403 "Admin privileges required").
 *
 * Publishing yields a **published** snapshot (not a frozen draft, which exports and previews
 * would refuse): `published_snapshot_id` can be exported from (`client.exports.create(…,
 * { workflow_template_snapshot_id })`) and previewed at once. Archived templates cannot be
 * republished (400) or assigned (400), and exports from their snapshots answer 409.
 */
export function createTemplatesRoutes(): DomainRouteTable<'templates'> {
  return {
    list: defineRoute(ep.list, ({ query, store, actor }) =>
      store.templates.engine.list(actor.id, query),
    ),
    retrieve: defineRoute(ep.retrieve, ({ params, store, actor }) =>
      store.templates.engine.retrieve(actor.id, params.template_id),
    ),
    create: defineRoute(ep.create, ({ body, store, actor }) =>
      store.templates.engine.create(actor.id, body),
    ),
    publish: defineRoute(ep.publish, ({ params, store, actor }) =>
      store.templates.engine.publish(actor.id, params.template_id),
    ),
    archive: defineRoute(ep.archive, ({ params, store, actor }) =>
      store.templates.engine.archive(actor.id, params.template_id),
    ),
    assignmentsList: defineRoute(ep.assignmentsList, ({ params, store, actor }) =>
      store.templates.engine.listAssignments(actor.id, params.template_id),
    ),
    assignmentsCreate: defineRoute(ep.assignmentsCreate, ({ params, body, store, actor }) =>
      store.templates.engine.createAssignment(actor.id, params.template_id, body),
    ),
    assignmentsDelete: defineRoute(ep.assignmentsDelete, ({ params, store, actor }) => {
      store.templates.engine.deleteAssignment(actor.id, params.assignment_id);
      return undefined;
    }),
  };
}
