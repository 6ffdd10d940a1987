import { describe, expect, it } from 'vitest';
import type { NewReplayAuditRecord } from '../../schemas/replay/replay-records';
import { createInMemoryReplayStore } from './replay-store';

function newAudit(overrides: Partial<NewReplayAuditRecord>): NewReplayAuditRecord {
  return {
    task_id: 't1',
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

describe('InMemoryReplayStore', () => {
  it('assigns autoincrement ids per table and lists rows per task in insertion order', () => {
    const store = createInMemoryReplayStore();
    const a = store.insertAudit(newAudit({ task_id: 't1' }));
    const b = store.insertAudit(newAudit({ task_id: 't2' }));
    const c = store.insertAudit(newAudit({ task_id: 't1', event_type: 'TASK_NOTE' }));
    const e = store.insertEvent({
      task_id: 't1',
      event_type: 'TASK_CREATED',
      payload: {},
      created_at: '2024-01-28 10:00:00',
    });
    expect([a.audit_id, b.audit_id, c.audit_id, e.event_id]).toEqual([1, 2, 3, 1]);
    expect(store.listAudits('t1')).toEqual([a, c]);
    expect(store.listEvents('t1')).toEqual([e]);
    expect(store.listAudits('none')).toEqual([]);
  });

  it('indexes only supervisor audits for the stats', () => {
    const store = createInMemoryReplayStore();
    store.insertAudit(newAudit({}));
    store.insertAudit(newAudit({ event_type: 'TASK_NOTE' }));
    store.insertAudit(newAudit({ event_type: 'SUPERVISOR_ERROR' }));
    expect(store.decisions.size).toBe(2);
  });

  it('finds decisions by column or supervisor snapshot id, first row wins', () => {
    const store = createInMemoryReplayStore();
    const first = store.insertAudit(newAudit({ decision_id: 'd1' }));
    store.insertAudit(newAudit({ decision_id: 'd1' }));
    const legacy = store.insertAudit(
      newAudit({ payload: { decision_id: 'd2', decision_type: 'allow' } }),
    );
    const note = store.insertAudit(newAudit({ event_type: 'NOTE', decision_id: 'd3' }));
    expect(store.findDecision('d1')).toBe(first);
    expect(store.findDecision('d2')).toBe(legacy);
    expect(store.findDecision('d3')).toBe(note);
    expect(store.findDecision('d4')).toBeUndefined();
  });

  it('replaces inbox rows by event id, also when they move to another task', () => {
    const store = createInMemoryReplayStore();
    const row = {
      event_id: 'e1',
      task_id: 't1',
      event_type: 'TASK_CREATED',
      source: 'eventbus' as const,
      status: 'pending' as const,
      received_at: '2024-01-28T10:00:00Z',
    };
    store.putInboxRow(row);
    store.putInboxRow({ ...row, status: 'processing' });
    expect(store.listInbox('t1')).toEqual([{ ...row, status: 'processing' }]);
    store.putInboxRow({ ...row, task_id: 't2' });
    expect(store.listInbox('t1')).toEqual([]);
    expect(store.listInbox('t2')).toHaveLength(1);
  });

  it('puts and replaces tasks', () => {
    const store = createInMemoryReplayStore();
    const task = {
      task_id: 't1',
      status: 'created',
      title: null,
      created_at: '2024-01-28T10:00:00Z',
      updated_at: '2024-01-28T10:00:00Z',
      metadata: {},
    };
    store.putTask(task);
    store.putTask({ ...task, status: 'BLOCKED' });
    expect(store.getTask('t1')?.status).toBe('BLOCKED');
    expect(store.getTask('t2')).toBeUndefined();
  });
});
