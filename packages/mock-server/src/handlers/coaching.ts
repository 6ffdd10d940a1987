import type { CoachingModerationVerb } from '@govkit/sdk/engines';
import { coachingEndpoints as ep } from '@govkit/sdk/schemas';
import { type DomainRouteTable, defineRoute, type RouteDefinition } from '../router/define-route';

/**
 * Threaded coaching notes on overrides (paths under `/api/governance`). Every
 * real change appends a `governance.coaching_note.*` event, which drops the analytics cache of
 * the note's and the override's executions.
 */
export function createCoachingRoutes(): DomainRouteTable<'coaching'> {
  return {
    list: defineRoute(ep.list, ({ params, store, actor }) =>
      store.coaching.engine.list(actor.id, params.override_id),
    ),
    create: defineRoute(ep.create, ({ params, body, store, actor }) =>
      store.coaching.engine.create(actor.id, params.override_id, body),
    ),
    update: defineRoute(ep.update, ({ params, body, store, actor }) =>
      store.coaching.engine.update(actor.id, params.note_id, body),
    ),
    flag: moderationRoute(ep.flag, 'flag'),
    resolve: moderationRoute(ep.resolve, 'resolve'),
    remove: moderationRoute(ep.remove, 'remove'),
  };
}

// The three shortcuts differ only in the state they set; the body (a reason) is optional.
function moderationRoute(
  endpoint: typeof ep.flag | typeof ep.resolve | typeof ep.remove,
  verb: CoachingModerationVerb,
): RouteDefinition {
  return defineRoute(endpoint, ({ params, body, store, actor }) =>
    store.coaching.engine.moderate(actor.id, params.note_id, verb, body),
  );
}
