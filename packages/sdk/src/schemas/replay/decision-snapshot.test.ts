import { describe, expect, it } from 'vitest';
import { type ContractWarning, parseContract, safeParseContract } from '../shared/parse-mode';
import { DecisionSnapshotSchema } from './decision-snapshot';
import { legacySupervisorPayload } from './fixtures/real-system-variants';
import { seedDecisionSnapshot } from './fixtures/seed-doc-examples';
import { LegacySupervisorDecisionSchema } from './legacy-supervisor-decision';

const clone = <T>(value: T): T => structuredClone(value);

describe('DecisionSnapshotSchema (frozen v1.0)', () => {
  it('parses the seed example unchanged in lenient and strict mode', () => {
    expect(parseContract(DecisionSnapshotSchema, seedDecisionSnapshot)).toEqual(
      seedDecisionSnapshot,
    );
    expect(parseContract(DecisionSnapshotSchema, seedDecisionSnapshot, { mode: 'strict' })).toEqual(
      seedDecisionSnapshot,
    );
  });

  it('defaults the optional collections', () => {
    const { inputs, findings, actions, metrics, ...minimal } = clone(seedDecisionSnapshot);
    const out = parseContract(DecisionSnapshotSchema, minimal, { mode: 'strict' });
    expect(out).toMatchObject({ inputs: {}, findings: [], actions: [], metrics: {} });
  });

  it('keeps extra keys in decision, actions and metrics without reporting them', () => {
    const input = clone(seedDecisionSnapshot) as Record<string, unknown>;
    input.decision = { decision_type: 'PAUSE', reason: null, confidence: 0.7 };
    input.actions = [{ action_type: 'PAUSE_TASK', target: 't1' }];
    input.metrics = { decision_time_ms: 1, queue_ms: 4 };
    const out = parseContract(DecisionSnapshotSchema, input, { mode: 'strict' });
    expect(out.decision).toEqual({ decision_type: 'PAUSE', reason: null, confidence: 0.7 });
    expect(out.actions[0]).toEqual({ action_type: 'PAUSE_TASK', target: 't1' });
    expect(out.metrics.queue_ms).toBe(4);
  });

  it.each(['decision_id', 'policy', 'event', 'decision'])('rejects a missing %s', (field) => {
    const input = clone(seedDecisionSnapshot) as Record<string, unknown>;
    delete input[field];
    expect(safeParseContract(DecisionSnapshotSchema, input).success).toBe(false);
  });

  it('rejects empty required strings and a missing decision_type', () => {
    expect(
      safeParseContract(DecisionSnapshotSchema, { ...clone(seedDecisionSnapshot), policy: '' })
        .success,
    ).toBe(false);
    expect(
      safeParseContract(DecisionSnapshotSchema, { ...clone(seedDecisionSnapshot), decision: {} })
        .success,
    ).toBe(false);
    const input = clone(seedDecisionSnapshot);
    input.findings[0] = { ...input.findings[0], code: '' } as (typeof input.findings)[0];
    expect(safeParseContract(DecisionSnapshotSchema, input).success).toBe(false);
  });

  it('keeps unknown enum values leniently (reported) and rejects them strictly', () => {
    const input = clone(seedDecisionSnapshot);
    input.findings[0] = { ...input.findings[0], kind: 'PRIVACY' } as (typeof input.findings)[0];
    input.event.source = 'webhook';
    const warnings: ContractWarning[] = [];
    const out = parseContract(DecisionSnapshotSchema, input, {
      onWarning: (w) => warnings.push(w),
    });
    expect(out.findings[0]?.kind).toBe('PRIVACY');
    expect(warnings.map((w) => w.path.join('.')).sort()).toEqual([
      'event.source',
      'findings.0.kind',
    ]);
    expect(safeParseContract(DecisionSnapshotSchema, input, { mode: 'strict' }).success).toBe(
      false,
    );
  });

  it('rejects an unknown top-level field in strict mode only', () => {
    const input = { ...clone(seedDecisionSnapshot), version: '1.1' };
    expect(safeParseContract(DecisionSnapshotSchema, input).success).toBe(true);
    expect(safeParseContract(DecisionSnapshotSchema, input, { mode: 'strict' }).success).toBe(
      false,
    );
  });

  it('normalises lower-case spellings of its enums', () => {
    const input = clone(seedDecisionSnapshot);
    input.decision.decision_type = 'blocked';
    input.findings[0] = { ...input.findings[0], severity: 'high' } as (typeof input.findings)[0];
    const out = parseContract(DecisionSnapshotSchema, input, { mode: 'strict' });
    expect(out.decision.decision_type).toBe('BLOCK');
    expect(out.findings[0]?.severity).toBe('HIGH');
  });
});

describe('LegacySupervisorDecisionSchema', () => {
  it('parses the real supervisor payload unchanged, strictly', () => {
    expect(
      parseContract(LegacySupervisorDecisionSchema, legacySupervisorPayload, { mode: 'strict' }),
    ).toEqual(legacySupervisorPayload);
  });

  it('keeps the lower-case originals and lower-cases upper spellings', () => {
    const out = parseContract(LegacySupervisorDecisionSchema, {
      ...clone(legacySupervisorPayload),
      decision_type: 'REQUIRE_REVIEW',
    });
    expect(out.decision_type).toBe('require_review');
  });

  it('defaults null evidence and params', () => {
    const input = clone(legacySupervisorPayload) as Record<string, unknown>;
    input.findings = [{ category: 'risk', severity: 'low', description: 'd', evidence: null }];
    input.actions = [{ action_type: 'noop', params: null }];
    const out = parseContract(LegacySupervisorDecisionSchema, input, { mode: 'strict' });
    expect(out.findings[0]?.evidence).toEqual([]);
    expect(out.actions[0]?.params).toEqual({});
  });

  it('rejects a missing decision_type or decision_id', () => {
    const { decision_type, ...noType } = clone(legacySupervisorPayload);
    const { decision_id, ...noId } = clone(legacySupervisorPayload);
    expect(safeParseContract(LegacySupervisorDecisionSchema, noType).success).toBe(false);
    expect(safeParseContract(LegacySupervisorDecisionSchema, noId).success).toBe(false);
  });

  it('rejects an unknown category in strict mode only', () => {
    const input = clone(legacySupervisorPayload);
    input.findings[0] = { ...input.findings[0], category: 'privacy' } as (typeof input.findings)[0];
    expect(safeParseContract(LegacySupervisorDecisionSchema, input).success).toBe(true);
    expect(
      safeParseContract(LegacySupervisorDecisionSchema, input, { mode: 'strict' }).success,
    ).toBe(false);
  });
});
