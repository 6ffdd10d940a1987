import { describe, expect, it } from 'vitest';
import { type ContractWarning, parseContract, safeParseContract } from '../shared/parse-mode';
import { DecisionDetailSchema } from './decision-detail';
import { realDecisionDetail, realTaskSummary } from './fixtures/real-system-variants';
import { seedDecisionDetail, seedTaskSummary } from './fixtures/seed-doc-examples';
import { TaskGovernanceSummarySchema } from './task-governance-summary';

describe('TaskGovernanceSummarySchema', () => {
  it('parses the seed example unchanged in lenient and strict mode', () => {
    expect(parseContract(TaskGovernanceSummarySchema, seedTaskSummary)).toEqual(seedTaskSummary);
    expect(parseContract(TaskGovernanceSummarySchema, seedTaskSummary, { mode: 'strict' })).toEqual(
      seedTaskSummary,
    );
  });

  it('normalises the real decision-type spelling and keeps the raw status', () => {
    const out = parseContract(TaskGovernanceSummarySchema, realTaskSummary, { mode: 'strict' });
    expect(out.last_decision_type).toBe('RETRY');
    expect(out.status).toBe('blocked');
  });

  it('accepts a task without decisions (nulls, or the keys missing)', () => {
    const out = parseContract(TaskGovernanceSummarySchema, {
      task_id: 't',
      status: 'created',
      inbox_backlog: 0,
      decision_count: 0,
    });
    expect(out).toMatchObject({
      last_decision_type: null,
      last_decision_ts: null,
      blocked_reason_code: null,
    });
  });

  it('keeps an unknown decision type leniently (reported) and rejects it strictly', () => {
    const input = { ...seedTaskSummary, last_decision_type: 'ESCALATED' };
    const warnings: ContractWarning[] = [];
    const out = parseContract(TaskGovernanceSummarySchema, input, {
      onWarning: (w) => warnings.push(w),
    });
    expect(out.last_decision_type).toBe('ESCALATED');
    expect(warnings.map((w) => w.path.join('.'))).toEqual(['last_decision_type']);
    expect(safeParseContract(TaskGovernanceSummarySchema, input, { mode: 'strict' }).success).toBe(
      false,
    );
  });

  it.each(['task_id', 'status', 'inbox_backlog', 'decision_count'])(
    'rejects a missing %s',
    (field) => {
      const input: Record<string, unknown> = { ...seedTaskSummary };
      delete input[field];
      expect(safeParseContract(TaskGovernanceSummarySchema, input).success).toBe(false);
    },
  );

  it('rejects negative or fractional counters', () => {
    for (const bad of [{ inbox_backlog: -1 }, { decision_count: 1.5 }]) {
      expect(
        safeParseContract(TaskGovernanceSummarySchema, { ...seedTaskSummary, ...bad }).success,
      ).toBe(false);
    }
  });
});

describe('DecisionDetailSchema', () => {
  it('parses the seed example unchanged in lenient and strict mode', () => {
    expect(parseContract(DecisionDetailSchema, seedDecisionDetail, { mode: 'strict' })).toEqual(
      seedDecisionDetail,
    );
    expect(parseContract(DecisionDetailSchema, seedDecisionDetail)).toEqual(seedDecisionDetail);
  });

  it('parses the legacy fallback payload', () => {
    expect(parseContract(DecisionDetailSchema, realDecisionDetail, { mode: 'strict' })).toEqual(
      realDecisionDetail,
    );
  });

  it('rejects a missing snapshot and a missing decision id', () => {
    expect(safeParseContract(DecisionDetailSchema, { decision_id: 'd' }).success).toBe(false);
    expect(
      safeParseContract(DecisionDetailSchema, {
        decision_snapshot: seedDecisionDetail.decision_snapshot,
      }).success,
    ).toBe(false);
  });
});
