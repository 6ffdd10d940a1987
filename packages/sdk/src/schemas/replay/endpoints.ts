import { defineEndpoint } from '../shared/endpoint';
import { DecisionDetailSchema } from './decision-detail';
import { DecisionTraceSchema } from './decision-trace';
import {
  BlockedReasonsParamsSchema,
  DecisionLagParamsSchema,
  DecisionTraceParamsSchema,
  DecisionTypesParamsSchema,
  ReplayDecisionPathParamsSchema,
  ReplayTaskPathParamsSchema,
} from './replay-params';
import {
  BlockedReasonsStatsSchema,
  DecisionLagStatsSchema,
  DecisionTypesStatsSchema,
} from './replay-stats';
import { TaskGovernanceSummarySchema } from './task-governance-summary';

const PREFIX = '/api/governance';
const TAG = 'Decision replay';

/**
 * The six Decision Replay endpoints (prefix `/api/governance`).
 *
 * Bad parameters answer 400 `{detail}` as the seed document promises, except decision-types,
 * whose documented invalid-window status is 422 (contract-decisions.md). A malformed trace
 * `cursor` is a 400 too: the original system silently restarted from the first page, govkit does
 * not.
 */
export const replayEndpoints = {
  tasksSummary: defineEndpoint({
    id: 'replay.tasks.summary',
    method: 'GET',
    path: `${PREFIX}/tasks/{task_id}/summary`,
    summary: 'Task governance summary',
    description:
      'Current status, last decision, blocking reason code, inbox backlog and decision count of a task.',
    tag: TAG,
    pathParams: ReplayTaskPathParamsSchema,
    response: TaskGovernanceSummarySchema,
    errorStatuses: [404, 500],
    invalidParamsStatus: 400,
  }),
  tasksDecisionTrace: defineEndpoint({
    id: 'replay.tasks.decisionTrace',
    method: 'GET',
    path: `${PREFIX}/tasks/{task_id}/decision-trace`,
    summary: 'Task decision trace',
    description:
      'Supervisor audits and task events of a task, merged newest first (timestamp desc, then id desc), paged by an opaque cursor.',
    tag: TAG,
    pathParams: ReplayTaskPathParamsSchema,
    query: DecisionTraceParamsSchema,
    response: DecisionTraceSchema,
    errorStatuses: [400, 404, 500],
    invalidParamsStatus: 400,
    pagination: { cursorParam: 'cursor', itemsKey: 'trace_items', nextCursorKey: 'next_cursor' },
  }),
  decisionsRetrieve: defineEndpoint({
    id: 'replay.decisions.retrieve',
    method: 'GET',
    path: `${PREFIX}/decisions/{decision_id}`,
    summary: 'Decision details',
    description: 'The complete decision snapshot stored for a decision id.',
    tag: TAG,
    pathParams: ReplayDecisionPathParamsSchema,
    response: DecisionDetailSchema,
    errorStatuses: [404, 500],
    invalidParamsStatus: 400,
  }),
  statsBlockedReasons: defineEndpoint({
    id: 'replay.stats.blockedReasons',
    method: 'GET',
    path: `${PREFIX}/stats/blocked-reasons`,
    summary: 'Blocked reasons statistics',
    description: 'Top N tasks by number of blocking decisions in the window.',
    tag: TAG,
    query: BlockedReasonsParamsSchema,
    response: BlockedReasonsStatsSchema,
    errorStatuses: [400, 500],
    invalidParamsStatus: 400,
  }),
  statsDecisionTypes: defineEndpoint({
    id: 'replay.stats.decisionTypes',
    method: 'GET',
    path: `${PREFIX}/stats/decision-types`,
    summary: 'Decision types statistics',
    description: 'Number of supervisor decisions per decision type in the window.',
    tag: TAG,
    query: DecisionTypesParamsSchema,
    response: DecisionTypesStatsSchema,
    errorStatuses: [422, 500],
    invalidParamsStatus: 422,
  }),
  statsDecisionLag: defineEndpoint({
    id: 'replay.stats.decisionLag',
    method: 'GET',
    path: `${PREFIX}/stats/decision-lag`,
    summary: 'Decision lag statistics',
    description:
      'Event-to-decision lag percentiles in seconds (nearest-rank): p50, p95 and the requested percentile.',
    tag: TAG,
    query: DecisionLagParamsSchema,
    response: DecisionLagStatsSchema,
    errorStatuses: [400, 500],
    invalidParamsStatus: 400,
  }),
} as const;
