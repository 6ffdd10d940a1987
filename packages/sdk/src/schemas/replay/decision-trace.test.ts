import { describe, expect, it } from 'vitest';
import { type ContractWarning, parseContract, safeParseContract } from '../shared/parse-mode';
import { AuditTraceItemSchema, DecisionTraceSchema, EventTraceItemSchema } from './decision-trace';
import { legacySupervisorPayload, realDecisionTrace } from './fixtures/real-system-variants';
import { seedDecisionTrace } from './fixtures/seed-doc-examples';

describe('DecisionTraceSchema', () => {
  it('parses the seed example in lenient and strict mode, ids normalised to strings', () => {
    for (const mode of ['lenient', 'strict'] as const) {
      const out = parseContract(DecisionTraceSchema, seedDecisionTrace, { mode });
      expect(out.count).toBe(2);
      expect(out.next_cursor).toBe('2024-01-28T10:20:00Z_456');
      const [audit, event] = out.trace_items;
      expect(audit).toMatchObject({ kind: 'audit', audit_id: 'audit-001', decision_id: 'dec-001' });
      expect(event).toMatchObject({ kind: 'event', event_id: '123', payload: {} });
    }
  });

  it('parses the real variants: integer audit_id, string event_id, null snapshot and payload', () => {
    const out = parseContract(DecisionTraceSchema, realDecisionTrace, { mode: 'strict' });
    const [blocked, paused, created] = out.trace_items;
    expect(blocked).toMatchObject({ audit_id: '42', decision_id: null, decision_snapshot: null });
    expect(paused?.kind === 'audit' && paused.decision_snapshot).toEqual(legacySupervisorPayload);
    expect(created).toMatchObject({ kind: 'event', event_id: '123', ts: '2024-01-28 10:25:00' });
    expect(created?.kind === 'event' && created.payload).toEqual({});
  });

  it('treats a missing next_cursor, decision_id or snapshot as null', () => {
    const out = parseContract(DecisionTraceSchema, {
      task_id: 't',
      trace_items: [{ ts: '2024-01-01T00:00:00Z', kind: 'audit', audit_id: 1, event_type: 'X' }],
      count: 1,
    });
    expect(out.next_cursor).toBeNull();
    expect(out.trace_items[0]).toMatchObject({ decision_id: null, decision_snapshot: null });
  });

  it('rejects an unknown item kind and items missing their id', () => {
    const base = { task_id: 't', next_cursor: null, count: 1 };
    const item = { ts: '2024-01-01T00:00:00Z', event_type: 'X' };
    for (const bad of [
      { ...item, kind: 'note', note_id: 1 },
      { ...item, kind: 'audit' },
      { ...item, kind: 'event' },
      { ...item, kind: 'event', event_id: '' },
      { ...item, kind: 'audit', audit_id: 1.5 },
    ]) {
      expect(safeParseContract(DecisionTraceSchema, { ...base, trace_items: [bad] }).success).toBe(
        false,
      );
    }
  });

  it('rejects a missing count and a negative count', () => {
    const { count, ...noCount } = seedDecisionTrace;
    expect(safeParseContract(DecisionTraceSchema, noCount).success).toBe(false);
    expect(
      safeParseContract(DecisionTraceSchema, { ...seedDecisionTrace, count: -1 }).success,
    ).toBe(false);
  });

  it('keeps unknown fields of items leniently and rejects them strictly', () => {
    const input = structuredClone(realDecisionTrace) as { trace_items: Record<string, unknown>[] };
    (input.trace_items[2] as Record<string, unknown>).phase = 'planning';
    const warnings: ContractWarning[] = [];
    const out = parseContract(DecisionTraceSchema, input, { onWarning: (w) => warnings.push(w) });
    expect(out.trace_items[2]).toMatchObject({ phase: 'planning' });
    expect(warnings.map((w) => w.path.join('.'))).toEqual(['trace_items.2.phase']);
    expect(safeParseContract(DecisionTraceSchema, input, { mode: 'strict' }).success).toBe(false);
  });
});

describe('trace item schemas', () => {
  it('require a timestamp', () => {
    expect(
      safeParseContract(EventTraceItemSchema, { kind: 'event', event_id: 1, event_type: 'X' })
        .success,
    ).toBe(false);
    expect(
      safeParseContract(AuditTraceItemSchema, {
        ts: '',
        kind: 'audit',
        audit_id: 1,
        event_type: 'X',
      }).success,
    ).toBe(false);
  });
});
