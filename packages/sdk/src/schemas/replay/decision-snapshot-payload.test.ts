import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openObject } from '../shared/open-object';
import { type ContractWarning, parseContract, safeParseContract } from '../shared/parse-mode';
import {
  DecisionSnapshotPayloadSchema,
  isFrozenDecisionSnapshot,
  isLegacySupervisorDecision,
  snapshotDecisionType,
  snapshotReasonCode,
} from './decision-snapshot-payload';
import { legacySupervisorPayload } from './fixtures/real-system-variants';
import { seedDecisionSnapshot } from './fixtures/seed-doc-examples';

const Holder = openObject({ snapshot: DecisionSnapshotPayloadSchema.nullable() });

describe('DecisionSnapshotPayloadSchema', () => {
  it('parses the frozen shape and the legacy shape strictly', () => {
    const frozen = parseContract(DecisionSnapshotPayloadSchema, seedDecisionSnapshot, {
      mode: 'strict',
    });
    const legacy = parseContract(DecisionSnapshotPayloadSchema, legacySupervisorPayload, {
      mode: 'strict',
    });
    expect(frozen).toEqual(seedDecisionSnapshot);
    expect(legacy).toEqual(legacySupervisorPayload);
    expect(isFrozenDecisionSnapshot(frozen)).toBe(true);
    expect(isLegacySupervisorDecision(frozen)).toBe(false);
    expect(isLegacySupervisorDecision(legacy)).toBe(true);
    expect(isFrozenDecisionSnapshot(legacy)).toBe(false);
  });

  it('reports nested warnings at their real path', () => {
    const snapshot = structuredClone(seedDecisionSnapshot) as Record<string, unknown>;
    snapshot.findings = [{ kind: 'PRIVACY', severity: 'LOW', code: 'P1', message: 'm' }];
    const warnings: ContractWarning[] = [];
    parseContract(Holder, { snapshot }, { onWarning: (w) => warnings.push(w) });
    expect(warnings.map((w) => w.path.join('.'))).toEqual(['snapshot.findings.0.kind']);
  });

  it('fails with the issues of the shape it recognised', () => {
    const result = safeParseContract(Holder, { snapshot: { policy: 'p', decision_id: 'd' } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'snapshot.decision',
      'snapshot.event',
    ]);
  });

  it('keeps an unrecognised object leniently, reports it, and rejects it strictly', () => {
    const snapshot = { error: 'boom', context: {} };
    const warnings: ContractWarning[] = [];
    const out = parseContract(Holder, { snapshot }, { onWarning: (w) => warnings.push(w) });
    expect(out.snapshot).toEqual(snapshot);
    expect(warnings).toHaveLength(1);
    expect(safeParseContract(Holder, { snapshot }, { mode: 'strict' }).success).toBe(false);
  });

  it('rejects non-objects', () => {
    for (const value of [1, 'x', [], true]) {
      expect(safeParseContract(DecisionSnapshotPayloadSchema, value).success).toBe(false);
    }
  });

  it('accepts null where the field is nullable', () => {
    expect(parseContract(Holder, { snapshot: null }, { mode: 'strict' })).toEqual({
      snapshot: null,
    });
    expect(
      safeParseContract(z.object({ s: DecisionSnapshotPayloadSchema }), { s: null }).success,
    ).toBe(false);
  });
});

describe('snapshotDecisionType / snapshotReasonCode', () => {
  it('read the frozen shape', () => {
    expect(snapshotDecisionType(seedDecisionSnapshot)).toBe('BLOCK');
    expect(snapshotReasonCode(seedDecisionSnapshot)).toBe('REDLINE_001');
  });

  it('read the legacy shape (normalised type, no reason code)', () => {
    expect(snapshotDecisionType(legacySupervisorPayload)).toBe('BLOCK');
    expect(snapshotDecisionType({ decision_type: 'require_review' })).toBe('REQUIRE_REVIEW');
    expect(snapshotReasonCode(legacySupervisorPayload)).toBeNull();
  });

  it('give null for anything else', () => {
    for (const value of [null, undefined, 3, {}, { findings: [] }, { findings: [{ code: '' }] }]) {
      expect(snapshotDecisionType(value)).toBeNull();
      expect(snapshotReasonCode(value)).toBeNull();
    }
  });
});
