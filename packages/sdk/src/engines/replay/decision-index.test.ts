import { describe, expect, it } from 'vitest';
import type { ReplayAuditRecord } from '../../schemas/replay/replay-records';
import { BLOCKED_DECISION_TYPE_CODE, DecisionIndex, decisionWindowStart } from './decision-index';

let nextId = 1;
function audit(overrides: Partial<ReplayAuditRecord>): ReplayAuditRecord {
  return {
    audit_id: nextId++,
    task_id: 'task-1',
    level: 'info',
    event_type: 'SUPERVISOR_ALLOWED',
    payload: null,
    created_at: '2024-01-28T10:00:00Z',
    decision_id: null,
    source_event_ts: null,
    supervisor_processed_at: null,
    ...overrides,
  };
}

const at = (hh: string) => `2024-01-28T${hh}:00:00Z`;

describe('DecisionIndex', () => {
  it('keeps decisions sorted by time, also for backdated appends, ties in append order', () => {
    const index = new DecisionIndex();
    const rows = [
      audit({ created_at: at('10') }),
      audit({ created_at: at('12') }),
      audit({ created_at: '2024-01-28 11:00:00' }),
      audit({ created_at: at('12') }),
      audit({ created_at: at('09') }),
    ];
    for (const row of rows) index.append(row);
    const { ts, length } = index.columns();
    expect(length).toBe(5);
    expect([...ts]).toEqual([9, 10, 11, 12, 12].map((h) => Date.UTC(2024, 0, 28, h)));
    expect([0, 1, 2, 3, 4].map((p) => index.row(p).audit_id)).toEqual(
      [rows[4], rows[0], rows[2], rows[1], rows[3]].map((r) => r?.audit_id),
    );
  });

  it('grows past its initial capacity without losing rows', () => {
    const index = new DecisionIndex();
    for (let i = 0; i < 5000; i++) {
      index.append(
        audit({ created_at: new Date(Date.UTC(2024, 0, 1) + (i % 97) * 1000).toISOString() }),
      );
    }
    const { ts } = index.columns();
    expect(ts.length).toBe(5000);
    for (let i = 1; i < ts.length; i++) expect(ts[i]).toBeGreaterThanOrEqual(ts[i - 1] as number);
  });

  it('codes types in the past tense, with RETRY_RECOMMENDED as RETRY and new types on sight', () => {
    const index = new DecisionIndex();
    const types = [
      'SUPERVISOR_BLOCKED',
      'SUPERVISOR_RETRY_RECOMMENDED',
      'SUPERVISOR_ESCALATED',
      'SUPERVISOR_ERROR',
    ];
    types.forEach((event_type, i) => {
      index.append(audit({ event_type, created_at: at(String(10 + i)) }));
    });
    const { type } = index.columns();
    expect(type[0]).toBe(BLOCKED_DECISION_TYPE_CODE);
    expect([...type].map((code) => index.typeName(code))).toEqual([
      'BLOCKED',
      'RETRY',
      'ESCALATED',
      'ERROR',
    ]);
  });

  it('interns tasks and finding codes, and computes lags from columns or payload', () => {
    const index = new DecisionIndex();
    index.append(
      audit({
        task_id: 'a',
        payload: { decision_snapshot: { findings: [{ code: 'R1' }] } },
        source_event_ts: '2024-01-28T09:59:58Z',
        supervisor_processed_at: '2024-01-28T10:00:00.5Z',
      }),
    );
    index.append(
      audit({
        task_id: 'b',
        created_at: at('11'),
        payload: { source_event_ts: '2024-01-28T10:59:59Z', timestamp: '2024-01-28 11:00:00' },
      }),
    );
    index.append(audit({ task_id: 'a', created_at: at('12') }));
    const { task, reason, lag } = index.columns();
    expect([...task].map((t) => index.taskId(t))).toEqual(['a', 'b', 'a']);
    expect(index.taskCount).toBe(2);
    expect([...reason].map((r) => index.reasonCode(r))).toEqual(['R1', null, null]);
    expect(lag[0]).toBeCloseTo(2.5, 9);
    expect(lag[1]).toBe(1);
    expect(lag[2]).toBeNaN();
  });

  it('puts unparsable times before every window', () => {
    const index = new DecisionIndex();
    index.append(audit({ created_at: 'not a time' }));
    index.append(audit({ created_at: at('10') }));
    expect(index.columns().ts[0]).toBe(Number.NEGATIVE_INFINITY);
    expect(decisionWindowStart(index, '30d', Date.UTC(2024, 0, 28, 12))).toBe(1);
  });

  it('finds window starts by binary search (created_at >= now − window)', () => {
    const index = new DecisionIndex();
    const now = Date.UTC(2024, 0, 28, 12);
    for (const hours of [800, 720, 169, 168, 25, 24, 23, 0]) {
      index.append(audit({ created_at: new Date(now - hours * 3_600_000).toISOString() }));
    }
    expect(decisionWindowStart(index, '30d', now)).toBe(1);
    expect(decisionWindowStart(index, '7d', now)).toBe(3);
    expect(decisionWindowStart(index, '24h', now)).toBe(5);
    expect(index.lowerBound(Number.POSITIVE_INFINITY)).toBe(8);
    expect(index.upperBound(now)).toBe(8);
  });

  it('rejects positions and task indexes it does not have', () => {
    const index = new DecisionIndex();
    expect(() => index.row(0)).toThrow(RangeError);
    expect(() => index.taskId(0)).toThrow(RangeError);
    expect(index.typeName(250)).toBe('OTHER');
  });
});
