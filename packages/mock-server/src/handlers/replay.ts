import { replayEndpoints as ep } from '@govkit/sdk/schemas';
import { type DomainRouteTable, defineRoute } from '../router/define-route';

/**
 * Decision replay over the replay engine, prefix `/api/governance`. All six endpoints
 * are reads. The route layer has already parsed path and query (400 FastAPI detail for bad
 * `limit`/`cursor` shape/`top_n`/`pctl`/`window`, 422 for decision-types' `window`), and turns
 * the engine's refusals (404 `Task not found: …` / `Decision not found: …`, 400 `Invalid cursor`)
 * into `{detail, code}`.
 */
export function createReplayRoutes(): DomainRouteTable<'replay'> {
  return {
    tasksSummary: defineRoute(ep.tasksSummary, ({ params, store }) =>
      store.replay.engine.taskSummary(params.task_id),
    ),
    tasksDecisionTrace: defineRoute(ep.tasksDecisionTrace, ({ params, query, store }) =>
      store.replay.engine.decisionTrace(params.task_id, query),
    ),
    decisionsRetrieve: defineRoute(ep.decisionsRetrieve, ({ params, store }) =>
      store.replay.engine.decision(params.decision_id),
    ),
    statsBlockedReasons: defineRoute(ep.statsBlockedReasons, ({ query, store }) =>
      store.replay.engine.blockedReasons(query),
    ),
    statsDecisionTypes: defineRoute(ep.statsDecisionTypes, ({ query, store }) =>
      store.replay.engine.decisionTypes(query),
    ),
    statsDecisionLag: defineRoute(ep.statsDecisionLag, ({ query, store }) =>
      store.replay.engine.decisionLag(query),
    ),
  };
}
