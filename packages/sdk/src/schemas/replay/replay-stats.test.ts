import { describe, expect, it } from 'vitest';
import { type ContractWarning, parseContract, safeParseContract } from '../shared/parse-mode';
import {
  realBlockedReasonsStats,
  realDecisionLagStats,
  realDecisionTypesStats,
  realEmptyDecisionLagStats,
} from './fixtures/real-system-variants';
import {
  seedBlockedReasonsStats,
  seedDecisionLagStats,
  seedDecisionTypesStats,
} from './fixtures/seed-doc-examples';
import {
  BlockedReasonsStatsSchema,
  DecisionLagStatsSchema,
  DecisionTypesStatsSchema,
} from './replay-stats';

describe('BlockedReasonsStatsSchema', () => {
  it('parses the seed and real examples unchanged, strictly', () => {
    for (const example of [seedBlockedReasonsStats, realBlockedReasonsStats]) {
      expect(parseContract(BlockedReasonsStatsSchema, example, { mode: 'strict' })).toEqual(
        example,
      );
      expect(parseContract(BlockedReasonsStatsSchema, example)).toEqual(example);
    }
  });

  it('keeps a newer window leniently and rejects it strictly', () => {
    const input = { ...seedBlockedReasonsStats, window: '90d' };
    const warnings: ContractWarning[] = [];
    expect(
      parseContract(BlockedReasonsStatsSchema, input, { onWarning: (w) => warnings.push(w) })
        .window,
    ).toBe('90d');
    expect(warnings).toHaveLength(1);
    expect(safeParseContract(BlockedReasonsStatsSchema, input, { mode: 'strict' }).success).toBe(
      false,
    );
  });

  it('rejects a missing block_count and a non-integer top_n', () => {
    const input = structuredClone(seedBlockedReasonsStats) as Record<string, unknown>;
    input.blocked_tasks = [{ task_id: 't', last_blocked_at: '2024-01-01T00:00:00Z' }];
    expect(safeParseContract(BlockedReasonsStatsSchema, input).success).toBe(false);
    expect(
      safeParseContract(BlockedReasonsStatsSchema, { ...seedBlockedReasonsStats, top_n: 2.5 })
        .success,
    ).toBe(false);
  });
});

describe('DecisionTypesStatsSchema', () => {
  it('parses the seed example unchanged, strictly', () => {
    expect(
      parseContract(DecisionTypesStatsSchema, seedDecisionTypesStats, { mode: 'strict' }),
    ).toEqual(seedDecisionTypesStats);
  });

  it('normalises RETRY_RECOMMENDED to RETRY and keeps DECISION and ERROR', () => {
    const out = parseContract(DecisionTypesStatsSchema, realDecisionTypesStats, { mode: 'strict' });
    expect(out.decision_types).toEqual({
      ALLOWED: 10,
      BLOCKED: 2,
      RETRY: 3,
      DECISION: 1,
      ERROR: 1,
    });
    expect(out.total).toBe(17);
  });

  it('sums two spellings of one type instead of overwriting', () => {
    const out = parseContract(DecisionTypesStatsSchema, {
      window: '24h',
      decision_types: { RETRY: 2, RETRY_RECOMMENDED: 3, allowed: 1, ALLOW: 4 },
      total: 10,
    });
    expect(out.decision_types).toEqual({ RETRY: 5, ALLOWED: 5 });
  });

  it('keeps an unknown type leniently and rejects it strictly', () => {
    const input = { window: '24h', decision_types: { ESCALATED: 1 }, total: 1 };
    expect(parseContract(DecisionTypesStatsSchema, input).decision_types).toEqual({ ESCALATED: 1 });
    expect(safeParseContract(DecisionTypesStatsSchema, input, { mode: 'strict' }).success).toBe(
      false,
    );
  });

  it('rejects negative counts and a missing total', () => {
    expect(
      safeParseContract(DecisionTypesStatsSchema, {
        window: '24h',
        decision_types: { ALLOWED: -1 },
        total: 0,
      }).success,
    ).toBe(false);
    const { total, ...noTotal } = seedDecisionTypesStats;
    expect(safeParseContract(DecisionTypesStatsSchema, noTotal).success).toBe(false);
  });
});

describe('DecisionLagStatsSchema', () => {
  it('parses the seed example unchanged, strictly (no value field)', () => {
    expect(parseContract(DecisionLagStatsSchema, seedDecisionLagStats, { mode: 'strict' })).toEqual(
      seedDecisionLagStats,
    );
  });

  it('parses the real extra fields and the empty window, strictly', () => {
    for (const example of [realDecisionLagStats, realEmptyDecisionLagStats]) {
      expect(parseContract(DecisionLagStatsSchema, example, { mode: 'strict' })).toEqual(example);
    }
  });

  it('parses govkit output with value', () => {
    const input = { ...seedDecisionLagStats, percentile: 90, value: 0.4 };
    expect(parseContract(DecisionLagStatsSchema, input, { mode: 'strict' }).value).toBe(0.4);
  });

  it('rejects a missing p95, a coverage above 1 and an unknown query method strictly', () => {
    const { p95, ...noP95 } = seedDecisionLagStats;
    expect(safeParseContract(DecisionLagStatsSchema, noP95).success).toBe(false);
    expect(
      safeParseContract(DecisionLagStatsSchema, {
        ...realDecisionLagStats,
        redundant_column_coverage: 1.5,
      }).success,
    ).toBe(false);
    const method = { ...realDecisionLagStats, query_method: 'sql' };
    expect(safeParseContract(DecisionLagStatsSchema, method).success).toBe(true);
    expect(safeParseContract(DecisionLagStatsSchema, method, { mode: 'strict' }).success).toBe(
      false,
    );
  });
});
