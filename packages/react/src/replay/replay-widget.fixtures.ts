import type { DecisionDetail, DecisionSnapshot, DecisionTraceItem } from '@govkit/sdk';

/** Seed 002's decision snapshot (frozen v1.0 shape), for tests and stories. */
export const BLOCK_SNAPSHOT: DecisionSnapshot = {
  decision_id: 'dec-001',
  policy: 'default',
  event: {
    event_id: 'evt-001',
    event_type: 'TASK_CREATED',
    source: 'eventbus',
    ts: '2026-12-03T09:10:00Z',
  },
  inputs: { task_status: 'PENDING', context: {} },
  findings: [
    {
      kind: 'REDLINE',
      severity: 'HIGH',
      code: 'REDLINE_001',
      message: 'Dangerous operation detected',
      evidence: { tool: 'file_delete', path: '/etc/passwd' },
    },
  ],
  decision: { decision_type: 'BLOCK', reason: 'Redline violation' },
  actions: [{ action_type: 'BLOCK_TASK', status: 'OK' }],
  metrics: { decision_time_ms: 123 },
};

/** `GET /decisions/dec-001` as the seed document shows it. */
export const BLOCK_DECISION_DETAIL: DecisionDetail = {
  decision_id: 'dec-001',
  decision_snapshot: BLOCK_SNAPSHOT,
};

/** Seed 002's two-item trace: the blocking audit and the task event it answered. */
export const SEED_TRACE_ITEMS: DecisionTraceItem[] = [
  {
    ts: '2026-12-03T09:15:00Z',
    kind: 'audit',
    audit_id: 'audit-001',
    event_type: 'SUPERVISOR_BLOCKED',
    decision_id: 'dec-001',
    decision_snapshot: BLOCK_SNAPSHOT,
  },
  {
    ts: '2026-12-03 09:10:00',
    kind: 'event',
    event_id: '123',
    event_type: 'TASK_CREATED',
    payload: { source: 'eventbus', title: 'Clean up /etc' },
  },
];

const AUDIT_TYPES = ['SUPERVISOR_ALLOWED', 'SUPERVISOR_PAUSED', 'SUPERVISOR_BLOCKED'] as const;
const EVENT_TYPES = ['TASK_CREATED', 'TASK_STEP_STARTED', 'TASK_STEP_FINISHED'] as const;

/**
 * `count` trace items, newest first, one minute apart, alternating audits and events, with
 * deterministic ids: the scale stories' and tests' trace (100,000 rows build in milliseconds).
 */
export function makeTraceItems(
  count: number,
  start = Date.UTC(2026, 11, 3, 12),
): DecisionTraceItem[] {
  const items: DecisionTraceItem[] = new Array(count);
  for (let index = 0; index < count; index += 1) {
    const ts = new Date(start - index * 60_000).toISOString();
    items[index] =
      index % 2 === 0
        ? {
            ts,
            kind: 'audit',
            audit_id: String(count - index),
            event_type: AUDIT_TYPES[index % 3] as string,
            decision_id: `dec-${count - index}`,
            decision_snapshot: null,
          }
        : {
            ts,
            kind: 'event',
            event_id: String(count - index),
            event_type: EVENT_TYPES[index % 3] as string,
            payload: { step: index },
          };
  }
  return items;
}
