import type { DecisionTrace, DecisionTraceItem } from '../../schemas/replay/decision-trace';
import {
  type DecisionTraceParamsInput,
  DecisionTraceParamsSchema,
} from '../../schemas/replay/replay-params';
import type { ReplayAuditRecord, ReplayEventRecord } from '../../schemas/replay/replay-records';
import { EngineError } from '../shared/engine-error';
import { auditDecisionId, auditDecisionSnapshot } from './audit-decision';
import { parseReplayParams } from './parse-replay-params';
import type { ReplayStore } from './replay-store';
import { formatReplayTimestamp, parseReplayTimestamp } from './replay-timestamp';
import {
  compareTracePositions,
  decodeTraceCursor,
  encodeTraceCursor,
  type TracePosition,
} from './trace-cursor';

type Entry = TracePosition &
  ({ kind: 'audit'; row: ReplayAuditRecord } | { kind: 'event'; row: ReplayEventRecord });

const timeKey = (raw: string) => {
  const ms = parseReplayTimestamp(raw);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
};

/**
 * One page of a task's decision trace: every audit and every event of the task, merged newest
 * first (time desc with both timestamp formats parsed, then id desc, then audits before events).
 *
 * - `limit` 1–500 (default 200) is honoured in full.
 * - `cursor` is the previous page's `next_cursor`; the page holds the items strictly after that
 *   position, so walking the cursor visits every item exactly once, also while new items arrive.
 * - `next_cursor` is null on the last page.
 *
 * @throws EngineError 400 for bad parameters or an invalid cursor; 404 `Task not found: {task_id}`.
 */
export function buildDecisionTrace(
  store: ReplayStore,
  taskId: string,
  params: DecisionTraceParamsInput = {},
): DecisionTrace {
  const { limit, cursor } = parseReplayParams(DecisionTraceParamsSchema, params, 400);
  if (!store.getTask(taskId)) throw EngineError.notFound(`Task not found: ${taskId}`);
  const after = cursor === undefined ? null : decodeTraceCursor(taskId, cursor);

  const entries: Entry[] = [];
  for (const row of store.listAudits(taskId)) {
    entries.push({ ts: timeKey(row.created_at), id: row.audit_id, kind: 'audit', row });
  }
  for (const row of store.listEvents(taskId)) {
    entries.push({ ts: timeKey(row.created_at), id: row.event_id, kind: 'event', row });
  }
  entries.sort(compareTracePositions);

  const start = after === null ? 0 : firstAfter(entries, after);
  const page = entries.slice(start, start + limit);
  const last = page[page.length - 1];
  const hasMore = start + limit < entries.length;
  return {
    task_id: taskId,
    trace_items: page.map(toTraceItem),
    next_cursor: hasMore && last ? encodeTraceCursor(taskId, last) : null,
    count: page.length,
  };
}

/** Index of the first entry that comes strictly after `position` (binary search). */
function firstAfter(entries: readonly Entry[], position: TracePosition): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareTracePositions(entries[mid] as Entry, position) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function toTraceItem(entry: Entry): DecisionTraceItem {
  if (entry.kind === 'event') {
    return {
      ts: formatReplayTimestamp(entry.row.created_at),
      kind: 'event',
      event_id: String(entry.row.event_id),
      event_type: entry.row.event_type,
      payload: entry.row.payload,
    };
  }
  return {
    ts: formatReplayTimestamp(entry.row.created_at),
    kind: 'audit',
    audit_id: String(entry.row.audit_id),
    event_type: entry.row.event_type,
    decision_id: auditDecisionId(entry.row),
    decision_snapshot: auditDecisionSnapshot(entry.row),
  };
}
