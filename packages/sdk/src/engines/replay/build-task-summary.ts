import { snapshotReasonCode } from '../../schemas/replay/decision-snapshot-payload';
import { normalizeDecisionType } from '../../schemas/replay/decision-type';
import type { ReplayAuditRecord } from '../../schemas/replay/replay-records';
import type { TaskGovernanceSummary } from '../../schemas/replay/task-governance-summary';
import { EngineError } from '../shared/engine-error';
import { auditDecisionSnapshot, isSupervisorAudit } from './audit-decision';
import type { ReplayStore } from './replay-store';
import { formatReplayTimestamp, parseReplayTimestamp } from './replay-timestamp';

const BLOCKED_AUDIT = 'SUPERVISOR_BLOCKED';

/** Newer than: later time, or the same time and a higher audit id. Unparsable times are oldest. */
function isNewer(candidate: ReplayAuditRecord, current: ReplayAuditRecord | undefined): boolean {
  if (!current) return true;
  const a = parseReplayTimestamp(candidate.created_at);
  const b = parseReplayTimestamp(current.created_at);
  const ta = Number.isNaN(a) ? Number.NEGATIVE_INFINITY : a;
  const tb = Number.isNaN(b) ? Number.NEGATIVE_INFINITY : b;
  return ta !== tb ? ta > tb : candidate.audit_id > current.audit_id;
}

/**
 * A task's governance summary:
 *
 * - `status`: the task's raw status.
 * - `last_decision_type` / `last_decision_ts`: the newest `SUPERVISOR_*` audit (by time, then
 *   audit id), its type normalised to `ALLOW | BLOCK | PAUSE | RETRY | REQUIRE_REVIEW | ERROR`.
 * - `blocked_reason_code`: while the status is `BLOCKED` (any case; the original system missed
 *   its own lower-case `blocked`), `findings[0].code` of the newest `SUPERVISOR_BLOCKED` snapshot.
 * - `inbox_backlog`: the task's `pending` inbox rows.
 * - `decision_count`: all `SUPERVISOR_*` audits, errors included, all time.
 *
 * @throws EngineError 404 `Task not found: {task_id}`.
 */
export function buildTaskSummary(store: ReplayStore, taskId: string): TaskGovernanceSummary {
  const task = store.getTask(taskId);
  if (!task) throw EngineError.notFound(`Task not found: ${taskId}`);

  let last: ReplayAuditRecord | undefined;
  let lastBlocked: ReplayAuditRecord | undefined;
  let decisionCount = 0;
  for (const audit of store.listAudits(taskId)) {
    if (!isSupervisorAudit(audit)) continue;
    decisionCount += 1;
    if (isNewer(audit, last)) last = audit;
    if (audit.event_type === BLOCKED_AUDIT && isNewer(audit, lastBlocked)) lastBlocked = audit;
  }

  const isBlocked = task.status.toUpperCase() === 'BLOCKED';
  const reasonCode =
    isBlocked && lastBlocked ? snapshotReasonCode(auditDecisionSnapshot(lastBlocked)) : null;
  let backlog = 0;
  for (const row of store.listInbox(taskId)) if (row.status === 'pending') backlog += 1;

  return {
    task_id: task.task_id,
    status: task.status,
    last_decision_type: last ? normalizeDecisionType(last.event_type) : null,
    last_decision_ts: last ? formatReplayTimestamp(last.created_at) : null,
    blocked_reason_code: reasonCode,
    inbox_backlog: backlog,
    decision_count: decisionCount,
  };
}
