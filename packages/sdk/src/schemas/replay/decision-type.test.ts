import { describe, expect, it } from 'vitest';
import { type ContractWarning, parseContract, safeParseContract } from '../shared/parse-mode';
import {
  DecisionTypeStatKeySchema,
  normalizeDecisionType,
  normalizeDecisionTypeStatKey,
  ReplayDecisionTypeSchema,
  SnapshotDecisionTypeSchema,
} from './decision-type';

describe('normalizeDecisionType (imperative form)', () => {
  it.each([
    ['ALLOW', 'ALLOW'],
    ['ALLOWED', 'ALLOW'],
    ['allowed', 'ALLOW'],
    ['allow', 'ALLOW'],
    ['BLOCKED', 'BLOCK'],
    ['block', 'BLOCK'],
    ['PAUSED', 'PAUSE'],
    ['pause', 'PAUSE'],
    ['RETRY', 'RETRY'],
    ['RETRY_RECOMMENDED', 'RETRY'],
    ['retry_recommended', 'RETRY'],
    ['DECISION', 'REQUIRE_REVIEW'],
    ['require_review', 'REQUIRE_REVIEW'],
    ['ERROR', 'ERROR'],
    ['SUPERVISOR_BLOCKED', 'BLOCK'],
    ['supervisor_retry_recommended', 'RETRY'],
    [' escalate ', 'ESCALATE'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDecisionType(input)).toBe(expected);
  });
});

describe('normalizeDecisionTypeStatKey (past-tense form)', () => {
  it.each([
    ['ALLOWED', 'ALLOWED'],
    ['ALLOW', 'ALLOWED'],
    ['allow', 'ALLOWED'],
    ['BLOCK', 'BLOCKED'],
    ['paused', 'PAUSED'],
    ['RETRY_RECOMMENDED', 'RETRY'],
    ['retry', 'RETRY'],
    ['require_review', 'DECISION'],
    ['DECISION', 'DECISION'],
    ['error', 'ERROR'],
    ['SUPERVISOR_ALLOWED', 'ALLOWED'],
    ['ESCALATED', 'ESCALATED'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDecisionTypeStatKey(input)).toBe(expected);
  });
});

describe('decision type schemas', () => {
  it('normalise the real spellings in lenient and strict mode', () => {
    expect(parseContract(ReplayDecisionTypeSchema, 'RETRY_RECOMMENDED')).toBe('RETRY');
    expect(parseContract(ReplayDecisionTypeSchema, 'blocked', { mode: 'strict' })).toBe('BLOCK');
    expect(parseContract(ReplayDecisionTypeSchema, 'ERROR', { mode: 'strict' })).toBe('ERROR');
    expect(parseContract(SnapshotDecisionTypeSchema, 'allow', { mode: 'strict' })).toBe('ALLOW');
    expect(parseContract(DecisionTypeStatKeySchema, 'RETRY_RECOMMENDED')).toBe('RETRY');
  });

  it('keep and report unknown values in lenient mode', () => {
    const warnings: ContractWarning[] = [];
    const out = parseContract(ReplayDecisionTypeSchema, 'escalate', {
      onWarning: (warning) => warnings.push(warning),
    });
    expect(out).toBe('ESCALATE');
    expect(warnings.map((w) => w.code)).toEqual(['unknown_enum_value']);
  });

  it('reject unknown values in strict mode', () => {
    expect(
      safeParseContract(ReplayDecisionTypeSchema, 'ESCALATE', { mode: 'strict' }).success,
    ).toBe(false);
    // REQUIRE_REVIEW is not one of the frozen snapshot's four types.
    expect(
      safeParseContract(SnapshotDecisionTypeSchema, 'require_review', { mode: 'strict' }).success,
    ).toBe(false);
  });

  it('reject non-strings in every mode', () => {
    expect(safeParseContract(ReplayDecisionTypeSchema, 3).success).toBe(false);
  });
});
