import { describe, expect, it } from 'vitest';
import { DecisionDetailSchema } from './decision-detail';
import { DecisionTraceSchema } from './decision-trace';
import { replayEndpoints } from './endpoints';
import {
  BlockedReasonsStatsSchema,
  DecisionLagStatsSchema,
  DecisionTypesStatsSchema,
} from './replay-stats';
import { TaskGovernanceSummarySchema } from './task-governance-summary';

const endpoints = Object.values(replayEndpoints);

describe('replayEndpoints', () => {
  it('answers bad parameters with 400, except decision-types with 422', () => {
    expect(Object.fromEntries(endpoints.map((e) => [e.id, e.invalidParamsStatus]))).toEqual({
      'replay.tasks.summary': 400,
      'replay.tasks.decisionTrace': 400,
      'replay.decisions.retrieve': 400,
      'replay.stats.blockedReasons': 400,
      'replay.stats.decisionTypes': 422,
      'replay.stats.decisionLag': 400,
    });
  });

  it('lists the documented error statuses', () => {
    expect(Object.fromEntries(endpoints.map((e) => [e.id, e.errorStatuses]))).toEqual({
      'replay.tasks.summary': [404, 500],
      'replay.tasks.decisionTrace': [400, 404, 500],
      'replay.decisions.retrieve': [404, 500],
      'replay.stats.blockedReasons': [400, 500],
      'replay.stats.decisionTypes': [422, 500],
      'replay.stats.decisionLag': [400, 500],
    });
  });

  it('are idempotent JSON GETs answering 200', () => {
    for (const endpoint of endpoints) {
      expect(endpoint).toMatchObject({
        responseKind: 'json',
        successStatus: 200,
        idempotent: true,
      });
      expect(endpoint.body).toBeUndefined();
      expect(endpoint.tag).toBe('Decision replay');
    }
  });

  it('paginates only the trace, by cursor', () => {
    expect(replayEndpoints.tasksDecisionTrace.pagination).toEqual({
      cursorParam: 'cursor',
      itemsKey: 'trace_items',
      nextCursorKey: 'next_cursor',
    });
    expect(endpoints.filter((e) => e.pagination)).toHaveLength(1);
  });

  it('wires the response schemas', () => {
    expect(replayEndpoints.tasksSummary.response).toBe(TaskGovernanceSummarySchema);
    expect(replayEndpoints.tasksDecisionTrace.response).toBe(DecisionTraceSchema);
    expect(replayEndpoints.decisionsRetrieve.response).toBe(DecisionDetailSchema);
    expect(replayEndpoints.statsBlockedReasons.response).toBe(BlockedReasonsStatsSchema);
    expect(replayEndpoints.statsDecisionTypes.response).toBe(DecisionTypesStatsSchema);
    expect(replayEndpoints.statsDecisionLag.response).toBe(DecisionLagStatsSchema);
  });

  it('applies query defaults and bounds', () => {
    expect(replayEndpoints.tasksDecisionTrace.query.parse({})).toEqual({ limit: 200 });
    expect(replayEndpoints.statsBlockedReasons.query.parse({})).toEqual({
      window: '7d',
      top_n: 20,
    });
    expect(replayEndpoints.statsDecisionTypes.query.safeParse({ window: '1y' }).success).toBe(
      false,
    );
    expect(replayEndpoints.statsDecisionLag.query.safeParse({ pctl: '100' }).success).toBe(false);
  });
});
