import type { TaskGovernanceSummary } from '@govkit/sdk';

/** Seed 002's blocked task as the summary endpoint answers it, for tests and stories. */
export const BLOCKED_TASK_SUMMARY: TaskGovernanceSummary = {
  task_id: 'task-123',
  status: 'BLOCKED',
  last_decision_type: 'BLOCK',
  last_decision_ts: '2026-12-03T09:15:00Z',
  blocked_reason_code: 'REDLINE_001',
  inbox_backlog: 1204,
  decision_count: 3,
};

/** A task the supervisor has not decided on yet. */
export const UNDECIDED_TASK_SUMMARY: TaskGovernanceSummary = {
  task_id: 'task-new',
  status: 'created',
  last_decision_type: null,
  last_decision_ts: null,
  blocked_reason_code: null,
  inbox_backlog: 0,
  decision_count: 0,
};
