import { overridesEndpoints as ep } from '@govkit/sdk/schemas';
import { type DomainRouteTable, defineRoute } from '../router/define-route';

/**
 * Override recommendations and the four override writes (paths under
 * `/api/governance/recommendations/override`) over the shared store's engines.
 *
 * The route layer has already parsed the body, so a request without a lineage (or with neither a
 * scenario nor a notebook id) is a 422 before any handler runs; the engine refuses illegal
 * transitions (409), reversals during a cooldown (409 `reversal_cooling_down`) and while another
 * operator holds the reversal lock (409 `reversal_locked`), all without writing anything.
 */
export function createOverridesRoutes(): DomainRouteTable<'overrides'> {
  return {
    recommendationsList: defineRoute(ep.recommendationsList, ({ query, store, actor }) =>
      store.overrides.recommendations.list(actor.id, query),
    ),
    accept: defineRoute(ep.accept, ({ params, body, store, actor }) =>
      store.overrides.engine.accept(actor.id, params.recommendation_id, body),
    ),
    decline: defineRoute(ep.decline, ({ params, body, store, actor }) =>
      store.overrides.engine.decline(actor.id, params.recommendation_id, body),
    ),
    execute: defineRoute(ep.execute, ({ params, body, store, actor }) =>
      store.overrides.engine.execute(actor.id, params.recommendation_id, body),
    ),
    // One request takes the reversal lock, applies the inverse effect and releases it; stream
    // subscribers see the `acquired` and `released` lock events, even though the route is
    // synchronous.
    reverse: defineRoute(ep.reverse, ({ params, body, store, actor }) =>
      store.overrides.engine.reverse(actor.id, params.recommendation_id, body),
    ),
  };
}
