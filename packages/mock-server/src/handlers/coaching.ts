import type { CoachingModerationVerb } from '@govkit/sdk/engines';
import { coachingEndpoints as ep } from '@govkit/sdk/schemas';
import { defineRoute, type RouteDefinition } from '../router/define-route';

/**
 * Threaded coaching notes on overrides (paths under `/api/governance`). Every
 * real change appends a `governance.coaching_note.*` event, which drops the analytics cache of
 * the note's and the override's executions.
 */
export function createCoachingRoutes(): RouteDefinition[] {
  return [
    defineRoute(ep.list, ({ params, store, actor }) =>
      store.coaching.engine.list(actor.id, params.override_id),
    ),
    defineRoute(ep.create, ({ params, body, store, actor }) =>
      store.coaching.engine.create(actor.id, params.override_id, body),
    ),
    defineRoute(ep.update, ({ params, body, store, actor }) =>
      store.coaching.engine.update(actor.id, params.note_id, body),
    ),
    moderationRoute(ep.flag, 'flag'),
    moderationRoute(ep.resolve, 'resolve'),
    moderationRoute(ep.remove, 'remove'),
  ];
}

// The three shortcuts differ only in the state they set; the body (a reason) is optional.
function moderationRoute(endpoint: typeof ep.flag, verb: CoachingModerationVerb): RouteDefinition {
  return defineRoute(endpoint, ({ params, body, store, actor }) =>
    store.coaching.engine.moderate(actor.id, params.note_id, verb, body),
  );
}
