import { replayEndpoints as ep } from '../../schemas/replay/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import type { EndpointResult, PageItem } from '../endpoint-result';
import type { PagePromise } from '../paginate';
import { paginateEndpoint } from '../paginate-endpoint';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

/** What {@link replayTasksSummary} resolves with (its response schema's output). */
export type ReplayTasksSummaryResult = EndpointResult<typeof ep.tasksSummary>;

/** `GET /api/governance/tasks/{task_id}/summary`. */
export function replayTasksSummary(
  context: ClientContext,
  taskId: string,
  options?: RequestOptions,
): Promise<ReplayTasksSummaryResult> {
  return callEndpoint(context, ep.tasksSummary, { task_id: taskId }, undefined, options);
}

/** The params argument of {@link replayTasksDecisionTrace}. */
export type ReplayTasksDecisionTraceParams = EndpointParams<typeof ep.tasksDecisionTrace>;
/** What {@link replayTasksDecisionTrace} resolves with (its response schema's output). */
export type ReplayTasksDecisionTraceResult = EndpointResult<typeof ep.tasksDecisionTrace>;

/**
 * `GET /api/governance/tasks/{task_id}/decision-trace`: `await` for one page, `for await` for
 * every trace item (stops safely on a server that ignores the cursor).
 */
export function replayTasksDecisionTrace(
  context: ClientContext,
  taskId: string,
  params?: ReplayTasksDecisionTraceParams,
  options?: RequestOptions,
): PagePromise<
  ReplayTasksDecisionTraceResult,
  PageItem<ReplayTasksDecisionTraceResult, 'trace_items'>
> {
  const input = { pathParams: { task_id: taskId }, query: params };
  return paginateEndpoint(context, ep.tasksDecisionTrace, 'trace_items', input, options);
}

/** What {@link replayDecisionsRetrieve} resolves with (its response schema's output). */
export type ReplayDecisionsRetrieveResult = EndpointResult<typeof ep.decisionsRetrieve>;

/** `GET /api/governance/decisions/{decision_id}`. */
export function replayDecisionsRetrieve(
  context: ClientContext,
  decisionId: string,
  options?: RequestOptions,
): Promise<ReplayDecisionsRetrieveResult> {
  return callEndpoint(
    context,
    ep.decisionsRetrieve,
    { decision_id: decisionId },
    undefined,
    options,
  );
}

/** The params argument of {@link replayStatsBlockedReasons}. */
export type ReplayStatsBlockedReasonsParams = EndpointParams<typeof ep.statsBlockedReasons>;
/** What {@link replayStatsBlockedReasons} resolves with (its response schema's output). */
export type ReplayStatsBlockedReasonsResult = EndpointResult<typeof ep.statsBlockedReasons>;

/** `GET /api/governance/stats/blocked-reasons`. */
export function replayStatsBlockedReasons(
  context: ClientContext,
  params?: ReplayStatsBlockedReasonsParams,
  options?: RequestOptions,
): Promise<ReplayStatsBlockedReasonsResult> {
  return callEndpoint(context, ep.statsBlockedReasons, undefined, params, options);
}

/** The params argument of {@link replayStatsDecisionTypes}. */
export type ReplayStatsDecisionTypesParams = EndpointParams<typeof ep.statsDecisionTypes>;
/** What {@link replayStatsDecisionTypes} resolves with (its response schema's output). */
export type ReplayStatsDecisionTypesResult = EndpointResult<typeof ep.statsDecisionTypes>;

/** `GET /api/governance/stats/decision-types`. */
export function replayStatsDecisionTypes(
  context: ClientContext,
  params?: ReplayStatsDecisionTypesParams,
  options?: RequestOptions,
): Promise<ReplayStatsDecisionTypesResult> {
  return callEndpoint(context, ep.statsDecisionTypes, undefined, params, options);
}

/** The params argument of {@link replayStatsDecisionLag}. */
export type ReplayStatsDecisionLagParams = EndpointParams<typeof ep.statsDecisionLag>;
/** What {@link replayStatsDecisionLag} resolves with (its response schema's output). */
export type ReplayStatsDecisionLagResult = EndpointResult<typeof ep.statsDecisionLag>;

/** `GET /api/governance/stats/decision-lag`. */
export function replayStatsDecisionLag(
  context: ClientContext,
  params?: ReplayStatsDecisionLagParams,
  options?: RequestOptions,
): Promise<ReplayStatsDecisionLagResult> {
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
