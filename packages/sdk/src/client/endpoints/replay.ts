import type { replayEndpoints as definitions } from '../../schemas/replay/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { endpointIds } from '../endpoint-ids';
import type { EndpointResult, PageItem } from '../endpoint-result';
import { lazyEndpoints } from '../lazy-endpoints';
import type { PagePromise } from '../paginate';
import { paginateEndpoint } from '../paginate-endpoint';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

// This domain's definitions, and so its schemas, load on its first call (see `lazyEndpoints`).
const ep = lazyEndpoints(endpointIds.replay, () =>
  import('../../schemas/replay/endpoints').then((module) => module.replayEndpoints),
);

/** What {@link replayTasksSummary} resolves with (its response schema's output). */
export type ReplayTasksSummaryResult = EndpointResult<typeof definitions.tasksSummary>;

/** `GET /api/governance/tasks/{task_id}/summary`. */
export function replayTasksSummary(
  context: ClientContext,
  taskId: string,
  options?: RequestOptions,
): Promise<ReplayTasksSummaryResult> {
  return callEndpoint(context, ep.tasksSummary, { task_id: taskId }, undefined, options);
}

/** The params argument of {@link replayTasksDecisionTrace}. */
export type ReplayTasksDecisionTraceParams = EndpointParams<typeof definitions.tasksDecisionTrace>;
/** What {@link replayTasksDecisionTrace} resolves with (its response schema's output). */
export type ReplayTasksDecisionTraceResult = EndpointResult<typeof definitions.tasksDecisionTrace>;

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
export type ReplayDecisionsRetrieveResult = EndpointResult<typeof definitions.decisionsRetrieve>;

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
export type ReplayStatsBlockedReasonsParams = EndpointParams<
  typeof definitions.statsBlockedReasons
>;
/** What {@link replayStatsBlockedReasons} resolves with (its response schema's output). */
export type ReplayStatsBlockedReasonsResult = EndpointResult<
  typeof definitions.statsBlockedReasons
>;

/** `GET /api/governance/stats/blocked-reasons`. */
export function replayStatsBlockedReasons(
  context: ClientContext,
  params?: ReplayStatsBlockedReasonsParams,
  options?: RequestOptions,
): Promise<ReplayStatsBlockedReasonsResult> {
  return callEndpoint(context, ep.statsBlockedReasons, undefined, params, options);
}

/** The params argument of {@link replayStatsDecisionTypes}. */
export type ReplayStatsDecisionTypesParams = EndpointParams<typeof definitions.statsDecisionTypes>;
/** What {@link replayStatsDecisionTypes} resolves with (its response schema's output). */
export type ReplayStatsDecisionTypesResult = EndpointResult<typeof definitions.statsDecisionTypes>;

/** `GET /api/governance/stats/decision-types`. */
export function replayStatsDecisionTypes(
  context: ClientContext,
  params?: ReplayStatsDecisionTypesParams,
  options?: RequestOptions,
): Promise<ReplayStatsDecisionTypesResult> {
  return callEndpoint(context, ep.statsDecisionTypes, undefined, params, options);
}

/** The params argument of {@link replayStatsDecisionLag}. */
export type ReplayStatsDecisionLagParams = EndpointParams<typeof definitions.statsDecisionLag>;
/** What {@link replayStatsDecisionLag} resolves with (its response schema's output). */
export type ReplayStatsDecisionLagResult = EndpointResult<typeof definitions.statsDecisionLag>;

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
} as const satisfies EndpointFunctionTable<typeof definitions>;
