import { baselinesEndpoints as ep } from '@govkit/sdk/schemas';
import { type DomainRouteTable, defineRoute } from '../router/define-route';

/**
 * Baseline lifecycle (`/api/governance/baselines`) over the shared store's
 * baseline engine: submit (201, needs execution access) → review (`decision: approve | reject`,
 * listed reviewer or admin) → publish (current for its protocol template, versioned) → rollback
 * (admin; `target_version_id` restores an earlier published version as current). Lists and reads
 * hide what the acting user may not see. Every transition records a baseline event, which the
 * governance timeline shows as `baseline_event` entries and analytics reads for latency and
 * cadence.
 */
export function createBaselinesRoutes(): DomainRouteTable<'baselines'> {
  return {
    submit: defineRoute(ep.submit, ({ body, store, actor }) =>
      store.baselines.engine.submit(actor.id, body),
    ),
    list: defineRoute(ep.list, ({ query, store, actor }) =>
      store.baselines.engine.list(actor.id, query),
    ),
    retrieve: defineRoute(ep.retrieve, ({ params, store, actor }) =>
      store.baselines.engine.retrieve(actor.id, params.baseline_id),
    ),
    review: defineRoute(ep.review, ({ params, body, store, actor }) =>
      store.baselines.engine.review(actor.id, params.baseline_id, body),
    ),
    publish: defineRoute(ep.publish, ({ params, body, store, actor }) =>
      store.baselines.engine.publish(actor.id, params.baseline_id, body),
    ),
    rollback: defineRoute(ep.rollback, ({ params, body, store, actor }) =>
      store.baselines.engine.rollback(actor.id, params.baseline_id, body),
    ),
  };
}
