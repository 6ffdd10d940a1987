import { previewEndpoints as ep } from '@govkit/sdk/schemas';
import { type DomainRouteTable, defineRoute } from '../router/define-route';

/**
 * Experiment governance preview, `POST /api/experiments/{execution_id}/preview`, over
 * the shared store's preview engine. It works end to end: the ladder of a published workflow
 * template snapshot is simulated against the execution's steps and compared with the template's
 * published baseline snapshot, a `template.preview.generated` audit row is written and the
 * `governance.preview.summary` event is appended, which governance analytics reads
 * (`store.analytics.engine`).
 *
 * Refusals in the contract's check order: 404 execution, 400 no protocol template, 403 no execution
 * access, 404 snapshot, 400 snapshot not published.
 */
export function createPreviewRoutes(): DomainRouteTable<'preview'> {
  return {
    create: defineRoute(ep.create, ({ params, body, store, actor }) =>
      store.preview.engine.preview(actor.id, params.execution_id, body),
    ),
  };
}
