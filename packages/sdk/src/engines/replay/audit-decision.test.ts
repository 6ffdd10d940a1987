import { describe, expect, it } from 'vitest';
import { legacySupervisorPayload } from '../../schemas/replay/fixtures/real-system-variants';
import { seedDecisionSnapshot } from '../../schemas/replay/fixtures/seed-doc-examples';
import type { ReplayAuditRecord } from '../../schemas/replay/replay-records';
import {
  auditDecisionId,
  auditDecisionSnapshot,
  auditDetailSnapshot,
  auditLagSeconds,
  isSupervisorAudit,
} from './audit-decision';

function audit(overrides: Partial<ReplayAuditRecord>): ReplayAuditRecord {
  return {
    audit_id: 1,
    task_id: 't',
    level: 'info',
    event_type: 'SUPERVISOR_BLOCKED',
    payload: null,
    created_at: '2024-01-28T10:00:00Z',
    decision_id: null,
    source_event_ts: null,
    supervisor_processed_at: null,
    ...overrides,
  };
}

describe('audit decision helpers', () => {
  it('recognise supervisor audits by prefix', () => {
    expect(isSupervisorAudit({ event_type: 'SUPERVISOR_ERROR' })).toBe(true);
    expect(isSupervisorAudit({ event_type: 'TASK_SUPERVISOR_NOTE' })).toBe(false);
  });

  it('read a nested frozen snapshot, a bare legacy payload, or nothing', () => {
    const nested = audit({ payload: { decision_snapshot: seedDecisionSnapshot } });
    const bare = audit({ payload: legacySupervisorPayload });
    const errorRow = audit({ event_type: 'SUPERVISOR_ERROR', payload: { error: 'boom' } });
    const note = audit({ event_type: 'TASK_NOTE', payload: legacySupervisorPayload });
    expect(auditDecisionSnapshot(nested)).toBe(seedDecisionSnapshot);
    expect(auditDecisionSnapshot(bare)).toBe(legacySupervisorPayload);
    expect(auditDecisionSnapshot(errorRow)).toBeNull();
    expect(auditDecisionSnapshot(note)).toBeNull();
    expect(auditDecisionSnapshot(audit({ payload: { decision_snapshot: 'x' } }))).toBeNull();
  });

  it('fall back to the whole payload for the detail view only when the key is absent', () => {
    expect(auditDetailSnapshot(audit({ payload: { error: 'boom' } }))).toEqual({ error: 'boom' });
    expect(auditDetailSnapshot(audit({ payload: { decision_snapshot: null } }))).toBeNull();
    expect(auditDetailSnapshot(audit({ payload: null }))).toBeNull();
  });

  it('take the decision id from the column, else from a supervisor snapshot', () => {
    expect(auditDecisionId(audit({ decision_id: 'col', payload: legacySupervisorPayload }))).toBe(
      'col',
    );
    expect(auditDecisionId(audit({ payload: legacySupervisorPayload }))).toBe('dec_01HQ3ZK9');
    expect(auditDecisionId(audit({ payload: { decision_snapshot: seedDecisionSnapshot } }))).toBe(
      'dec-001',
    );
    expect(
      auditDecisionId(audit({ event_type: 'TASK_NOTE', payload: legacySupervisorPayload })),
    ).toBeNull();
  });

  it('compute lag from the columns first, then the payload, dropping negatives', () => {
    expect(
      auditLagSeconds(
        audit({
          source_event_ts: '2024-01-28 10:00:00',
          supervisor_processed_at: '2024-01-28T10:00:01.5Z',
        }),
      ),
    ).toBe(1.5);
    expect(
      auditLagSeconds(
        audit({
          payload: {
            source_event_ts: '2024-01-28T10:00:00Z',
            supervisor_processed_at: '2024-01-28T10:00:02Z',
            timestamp: 'x',
          },
        }),
      ),
    ).toBe(2);
    expect(
      auditLagSeconds(
        audit({
          payload: { source_event_ts: '2024-01-28T10:00:00Z', timestamp: '2024-01-28T10:00:03Z' },
        }),
      ),
    ).toBe(3);
    expect(
      auditLagSeconds(
        audit({
          source_event_ts: '2024-01-28T10:00:05Z',
          supervisor_processed_at: '2024-01-28T10:00:00Z',
        }),
      ),
    ).toBeNaN();
    expect(auditLagSeconds(audit({ source_event_ts: '2024-01-28T10:00:05Z' }))).toBeNaN();
    expect(
      auditLagSeconds(audit({ source_event_ts: 'x', supervisor_processed_at: 'y' })),
    ).toBeNaN();
  });
});
