import { describe, expect, it } from 'vitest';
import {
  BlockedReasonsParamsSchema,
  DecisionLagParamsSchema,
  DecisionTraceParamsSchema,
  DecisionTypesParamsSchema,
  REPLAY_WINDOW_HOURS,
  ReplayDecisionPathParamsSchema,
  ReplayTaskPathParamsSchema,
} from './replay-params';

describe('DecisionTraceParamsSchema', () => {
  it('defaults limit to 200 and coerces query strings', () => {
    expect(DecisionTraceParamsSchema.parse({})).toEqual({ limit: 200 });
    expect(DecisionTraceParamsSchema.parse({ limit: '1', cursor: 'abc' })).toEqual({
      limit: 1,
      cursor: 'abc',
    });
    expect(DecisionTraceParamsSchema.parse({ limit: '500' }).limit).toBe(500);
  });

  it.each(['0', '501', '-1', '1.5', 'ten', ''])('rejects limit=%s', (limit) => {
    expect(DecisionTraceParamsSchema.safeParse({ limit }).success).toBe(false);
  });

  it('rejects an empty cursor and unknown parameters', () => {
    expect(DecisionTraceParamsSchema.safeParse({ cursor: '' }).success).toBe(false);
    expect(DecisionTraceParamsSchema.safeParse({ offset: '10' }).success).toBe(false);
  });
});

describe('stats params', () => {
  it('apply the per-endpoint window defaults', () => {
    expect(BlockedReasonsParamsSchema.parse({})).toEqual({ window: '7d', top_n: 20 });
    expect(DecisionTypesParamsSchema.parse({})).toEqual({ window: '24h' });
    expect(DecisionLagParamsSchema.parse({})).toEqual({ window: '24h', pctl: 95 });
  });

  it('coerce numbers from query strings', () => {
    expect(BlockedReasonsParamsSchema.parse({ window: '30d', top_n: '100' })).toEqual({
      window: '30d',
      top_n: 100,
    });
    expect(DecisionLagParamsSchema.parse({ pctl: '50' }).pctl).toBe(50);
    expect(DecisionLagParamsSchema.parse({ pctl: '99' }).pctl).toBe(99);
  });

  it.each(['1h', '7D', '', 'week'])('reject window=%s everywhere', (window) => {
    expect(BlockedReasonsParamsSchema.safeParse({ window }).success).toBe(false);
    expect(DecisionTypesParamsSchema.safeParse({ window }).success).toBe(false);
    expect(DecisionLagParamsSchema.safeParse({ window }).success).toBe(false);
  });

  it.each(['0', '101', '2.5', 'x'])('reject top_n=%s', (top_n) => {
    expect(BlockedReasonsParamsSchema.safeParse({ top_n }).success).toBe(false);
  });

  it.each(['49', '100', '95.5', 'p95'])('reject pctl=%s', (pctl) => {
    expect(DecisionLagParamsSchema.safeParse({ pctl }).success).toBe(false);
  });

  it('reject parameters of another endpoint', () => {
    expect(DecisionTypesParamsSchema.safeParse({ top_n: '5' }).success).toBe(false);
    expect(DecisionLagParamsSchema.safeParse({ percentile: '90' }).success).toBe(false);
  });

  it('map windows to hours', () => {
    expect(REPLAY_WINDOW_HOURS).toEqual({ '24h': 24, '7d': 168, '30d': 720 });
  });
});

describe('path params', () => {
  it('require a non-empty id and nothing else', () => {
    expect(ReplayTaskPathParamsSchema.parse({ task_id: 't-1' })).toEqual({ task_id: 't-1' });
    expect(ReplayTaskPathParamsSchema.safeParse({ task_id: '' }).success).toBe(false);
    expect(ReplayDecisionPathParamsSchema.safeParse({}).success).toBe(false);
    expect(
      ReplayDecisionPathParamsSchema.safeParse({ decision_id: 'd', task_id: 't' }).success,
    ).toBe(false);
  });
});
