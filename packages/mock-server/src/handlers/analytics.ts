import { analyticsEndpoints as ep } from '@govkit/sdk/schemas';
import { type DomainRouteTable, defineRoute } from '../router/define-route';

/**
 * Governance analytics: the full report or the reviewer view, computed from the
 * world's preview summaries, overrides, baselines and export ladders. The engine caches a
 * result for 30 s per user and team scope (on the store clock) and drops it when an override,
 * coaching-note or approval-stage event lands for an execution in its scope.
 */
export function createAnalyticsRoutes(): DomainRouteTable<'analytics'> {
  return {
    retrieve: defineRoute(ep.retrieve, ({ query, store, actor }) =>
      store.analytics.engine.retrieve(actor.id, query),
    ),
  };
}
