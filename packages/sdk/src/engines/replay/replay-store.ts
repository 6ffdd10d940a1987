import type {
  NewReplayAuditRecord,
  NewReplayEventRecord,
  ReplayAuditRecord,
  ReplayEventRecord,
  ReplayTaskRecord,
  SupervisorInboxRecord,
} from '../../schemas/replay/replay-records';
import { auditDecisionId, isSupervisorAudit } from './audit-decision';
import { DecisionIndex } from './decision-index';

/**
 * Where the Decision Replay engine keeps its rows: the original system's `tasks`, `task_audits`,
 * `task_events` and `supervisor_inbox` tables, plus the columnar {@link DecisionIndex} of every
 * `SUPERVISOR_*` audit that the stats read.
 *
 * The store does no validation: the engine checks every command before it writes.
 */
export interface ReplayStore {
  getTask(taskId: string): ReplayTaskRecord | undefined;
  /** Insert or replace a task. */
  putTask(task: ReplayTaskRecord): void;
  /**
   * Append an audit row, assigning the next autoincrement `audit_id` (1, 2, …). Supervisor
   * decisions are also appended to {@link decisions} and, when they have a decision id, made
   * findable by {@link findDecision}.
   */
  insertAudit(row: NewReplayAuditRecord): ReplayAuditRecord;
  /** Append a task event, assigning the next autoincrement `event_id` (1, 2, …). */
  insertEvent(row: NewReplayEventRecord): ReplayEventRecord;
  /** Insert or replace an inbox row by `event_id`. */
  putInboxRow(row: SupervisorInboxRecord): void;
  /** A task's audits in insertion order. */
  listAudits(taskId: string): readonly ReplayAuditRecord[];
  /** A task's events in insertion order. */
  listEvents(taskId: string): readonly ReplayEventRecord[];
  /** A task's inbox rows. */
  listInbox(taskId: string): readonly SupervisorInboxRecord[];
  /**
   * The first audit (lowest `audit_id`) carrying this decision id: the `decision_id` column, or
   * for supervisor audits the snapshot's `decision_id` (see `auditDecisionId`).
   */
  findDecision(decisionId: string): ReplayAuditRecord | undefined;
  /** Columnar index of all supervisor decisions, for the stats. */
  readonly decisions: DecisionIndex;
}

/** The default {@link ReplayStore}: plain maps and arrays, one instance per engine or test. */
export class InMemoryReplayStore implements ReplayStore {
  readonly decisions = new DecisionIndex();
  readonly #tasks = new Map<string, ReplayTaskRecord>();
  readonly #audits = new Map<string, ReplayAuditRecord[]>();
  readonly #events = new Map<string, ReplayEventRecord[]>();
  readonly #inbox = new Map<string, SupervisorInboxRecord>();
  readonly #inboxByTask = new Map<string, Set<string>>();
  readonly #decisionsById = new Map<string, ReplayAuditRecord>();
  #lastAuditId = 0;
  #lastEventId = 0;

  getTask(taskId: string): ReplayTaskRecord | undefined {
    return this.#tasks.get(taskId);
  }

  putTask(task: ReplayTaskRecord): void {
    this.#tasks.set(task.task_id, task);
  }

  insertAudit(row: NewReplayAuditRecord): ReplayAuditRecord {
    this.#lastAuditId += 1;
    const audit: ReplayAuditRecord = { audit_id: this.#lastAuditId, ...row };
    listFor(this.#audits, audit.task_id).push(audit);
    if (isSupervisorAudit(audit)) this.decisions.append(audit);
    const decisionId = auditDecisionId(audit);
    if (decisionId !== null && !this.#decisionsById.has(decisionId)) {
      this.#decisionsById.set(decisionId, audit);
    }
    return audit;
  }

  insertEvent(row: NewReplayEventRecord): ReplayEventRecord {
    this.#lastEventId += 1;
    const event: ReplayEventRecord = { event_id: this.#lastEventId, ...row };
    listFor(this.#events, event.task_id).push(event);
    return event;
  }

  putInboxRow(row: SupervisorInboxRecord): void {
    const previous = this.#inbox.get(row.event_id);
    if (previous) this.#inboxByTask.get(previous.task_id)?.delete(row.event_id);
    this.#inbox.set(row.event_id, row);
    let ids = this.#inboxByTask.get(row.task_id);
    if (!ids) {
      ids = new Set();
      this.#inboxByTask.set(row.task_id, ids);
    }
    ids.add(row.event_id);
  }

  listAudits(taskId: string): readonly ReplayAuditRecord[] {
    return this.#audits.get(taskId) ?? [];
  }

  listEvents(taskId: string): readonly ReplayEventRecord[] {
    return this.#events.get(taskId) ?? [];
  }

  listInbox(taskId: string): readonly SupervisorInboxRecord[] {
    const rows: SupervisorInboxRecord[] = [];
    for (const id of this.#inboxByTask.get(taskId) ?? []) {
      const row = this.#inbox.get(id);
      if (row) rows.push(row);
    }
    return rows;
  }

  findDecision(decisionId: string): ReplayAuditRecord | undefined {
    return this.#decisionsById.get(decisionId);
  }
}

function listFor<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}

/** A fresh, empty {@link InMemoryReplayStore}. */
export function createInMemoryReplayStore(): ReplayStore {
  return new InMemoryReplayStore();
}
