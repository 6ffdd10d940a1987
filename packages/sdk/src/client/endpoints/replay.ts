import { replayEndpoints as ep } from '../../schemas/replay/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { paginateEndpoint } from '../paginate-endpoint';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

/** `GET /api/governance/tasks/{task_id}/summary`. */
export function replayTasksSummary(
  context: ClientContext,
  taskId: string,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.tasksSummary, { task_id: taskId }, undefined, options);
}

/**
 * `GET /api/governance/tasks/{task_id}/decision-trace`: `await` for one page, `for await` for
 * every trace item (stops safely on a server that ignores the cursor).
 */
export function replayTasksDecisionTrace(
  context: ClientContext,
  taskId: string,
  params?: EndpointParams<typeof ep.tasksDecisionTrace>,
  options?: RequestOptions,
) {
  const input = { pathParams: { task_id: taskId }, query: params };
  return paginateEndpoint(context, ep.tasksDecisionTrace, 'trace_items', input, options);
}

/** `GET /api/governance/decisions/{decision_id}`. */
export function replayDecisionsRetrieve(
  context: ClientContext,
  decisionId: string,
  options?: RequestOptions,
) {
  return callEndpoint(
    context,
    ep.decisionsRetrieve,
    { decision_id: decisionId },
    undefined,
    options,
  );
}

/** `GET /api/governance/stats/blocked-reasons`. */
export function replayStatsBlockedReasons(
  context: ClientContext,
  params?: EndpointParams<typeof ep.statsBlockedReasons>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.statsBlockedReasons, undefined, params, options);
}

/** `GET /api/governance/stats/decision-types`. */
export function replayStatsDecisionTypes(
  context: ClientContext,
  params?: EndpointParams<typeof ep.statsDecisionTypes>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.statsDecisionTypes, undefined, params, options);
}

/** `GET /api/governance/stats/decision-lag`. */
export function replayStatsDecisionLag(
  context: ClientContext,
  params?: EndpointParams<typeof ep.statsDecisionLag>,
  options?: RequestOptions,
) {
  return callEndpoint(context, ep.statsDecisionLag, undefined, params, options);
}

/**
 * Every function above by its registry key: the client tree is derived from this table and the
 * registry's ids, and `satisfies` makes a registry endpoint without a function a compile error.
 */
export const replayFunctions = {
  tasksSummary: replayTasksSummary,
  tasksDecisionTrace: replayTasksDecisionTrace,
  decisionsRetrieve: replayDecisionsRetrieve,
  statsBlockedReasons: replayStatsBlockedReasons,
  statsDecisionTypes: replayStatsDecisionTypes,
  statsDecisionLag: replayStatsDecisionLag,
} as const satisfies EndpointFunctionTable<typeof ep>;
