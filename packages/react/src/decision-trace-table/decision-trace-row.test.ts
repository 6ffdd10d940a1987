import { describe, expect, it } from 'vitest';
import { makeTraceItems, SEED_TRACE_ITEMS } from '../replay/replay-widget.fixtures';
import { toDecisionTraceRow, toDecisionTraceRows } from './decision-trace-row';

describe('toDecisionTraceRow', () => {
  it('reads decision, reason and id from a frozen snapshot', () => {
    const [audit, event] = SEED_TRACE_ITEMS.map(toDecisionTraceRow);
    expect(audit).toMatchObject({
      id: 'audit:audit-001',
      kind: 'audit',
      eventType: 'SUPERVISOR_BLOCKED',
      decision: 'BLOCK',
      reason: 'Redline violation',
      decisionId: 'dec-001',
      time: Date.UTC(2026, 11, 3, 9, 15),
    });
    // SQLite timestamps are UTC.
    expect(event).toMatchObject({
      id: 'event:123',
      decision: null,
      time: Date.UTC(2026, 11, 3, 9, 10),
    });
  });

  it('takes the decision from the event type when the real supervisor left the snapshot null', () => {
    const row = toDecisionTraceRow({
      ts: '2026-12-03T09:00:00Z',
      kind: 'audit',
      audit_id: '7',
      event_type: 'SUPERVISOR_RETRY_RECOMMENDED',
      decision_id: null,
      decision_snapshot: null,
    });
    expect(row).toMatchObject({ decision: 'RETRY', reason: null, decisionId: null });
  });

  it('reads the legacy payload and falls back to the reason code', () => {
    const legacy = toDecisionTraceRow({
      ts: '2026-12-03T09:00:00Z',
      kind: 'audit',
      audit_id: '8',
      event_type: 'SUPERVISOR_PAUSED',
      decision_id: null,
      decision_snapshot: {
        decision_id: 'd',
        decision_type: 'pause',
        reason: 'Waiting for review',
        findings: [],
        actions: [],
      },
    });
    expect(legacy).toMatchObject({ decision: 'PAUSE', reason: 'Waiting for review' });
    const coded = toDecisionTraceRow({
      ...SEED_TRACE_ITEMS[0],
      decision_snapshot: {
        ...(SEED_TRACE_ITEMS[0] as { decision_snapshot: object }).decision_snapshot,
        decision: { decision_type: 'BLOCK' },
      },
    } as never);
    expect(coded.reason).toBe('REDLINE_001');
  });

  it('does not treat ordinary audits as decisions', () => {
    const row = toDecisionTraceRow({
      ts: '2026-12-03T09:00:00Z',
      kind: 'audit',
      audit_id: '9',
      event_type: 'TASK_PAUSED',
      decision_id: null,
      decision_snapshot: null,
    });
    expect(row.decision).toBeNull();
  });
});

describe('toDecisionTraceRows', () => {
  it('keeps each item once when a server repeats a page (ignored cursor)', () => {
    const items = makeTraceItems(6);
    const first = { trace_items: items.slice(0, 4) };
    const rows = toDecisionTraceRows([first, first, { trace_items: items.slice(2) }]);
    expect(rows.map((row) => row.id)).toEqual([
      'audit:6',
      'event:5',
      'audit:4',
      'event:3',
      'audit:2',
      'event:1',
    ]);
  });

  it('keeps an audit and an event with the same numeric id apart', () => {
    const rows = toDecisionTraceRows([{ trace_items: makeTraceItems(2, Date.UTC(2026, 0, 1)) }]);
    expect(rows.map((row) => row.id)).toEqual(['audit:2', 'event:1']);
    const clash = toDecisionTraceRows([
      {
        trace_items: [
          { ...SEED_TRACE_ITEMS[1], event_id: '5' } as never,
          { ...SEED_TRACE_ITEMS[0], audit_id: '5' } as never,
        ],
      },
    ]);
    expect(clash).toHaveLength(2);
  });
});
