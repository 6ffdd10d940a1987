import type { NewReplayAuditRecord } from '@govkit/sdk';
import type { ReplayStore } from '@govkit/sdk/engines';
import type { SeededRandom } from '../store/seeded-random';
import {
  AUDIT_TYPE_OF,
  BLOCK_REASONS,
  DAY_MS,
  frozenSnapshot,
  HOUR_MS,
  isoAt,
  legacyPayload,
  type SeedDecisionType,
  type SeedSnapshot,
  sqliteTimestamp,
  supervisorTimestamp,
} from './replay-snapshots';

/** The task whose decision trace is long enough to page through (`traceItems` items). */
export const LONG_TRACE_TASK_ID = 'task-trace-long';

/** Background decisions per background task (so blocks per task stay below the curated ones). */
const DECISIONS_PER_TASK = 40;
/** One trace item in five of the long trace is a decision; the rest are task events. */
const LONG_TRACE_DECISION_SHARE = 5;
/**
 * Above this many decisions, ALLOW decisions are stored as the real supervisor stored them: no
 * snapshot, only the columns. Four in five decisions are ALLOWs, and a full snapshot each would
 * make a million-decision world twice as big and, through garbage collection, four times as slow.
 */
export const REPLAY_LEAN_DECISIONS = 100_000;

/** Sizes of the bulk part of a replay world. */
export interface ReplayBulkPlan {
  /** Supervisor decisions of the background tasks (`task-bg-…`). */
  decisions: number;
  /** Items (events + decisions) of {@link LONG_TRACE_TASK_ID}'s trace. */
  traceItems: number;
}

// Cumulative shares of the decision types the supervisor writes.
const TYPE_ROLLS: Array<[number, SeedDecisionType | 'DECISION' | 'ERROR']> = [
  [0.8, 'ALLOW'],
  [0.88, 'BLOCK'],
  [0.93, 'PAUSE'],
  [0.97, 'RETRY'],
  [0.985, 'DECISION'],
  [1, 'ERROR'],
];

type Template = Omit<SeedSnapshot, 'decision_id' | 'event'>;

// Shared snapshot bodies, one per type and reason: a million decisions must not mean a million
// copies of the same findings (rows are never mutated, so sharing is safe).
function buildTemplates(): Map<string, Template> {
  const templates = new Map<string, Template>();
  const add = (type: SeedDecisionType, reason?: string) => {
    const {
      decision_id: _id,
      event: _event,
      ...body
    } = frozenSnapshot({
      decision_id: 'template',
      type,
      reason,
      event_id: 'template',
      event_ts: isoAt(0),
    });
    templates.set(`${type}:${reason ?? ''}`, body);
  };
  add('ALLOW');
  add('PAUSE', 'RISK_COST_SPIKE');
  add('RETRY', 'RUNTIME_TIMEOUT');
  for (const reason of BLOCK_REASONS) add('BLOCK', reason);
  return templates;
}

/**
 * Age (ms before now) at quantile `q` of the seeded decisions' age distribution: 12 % in the last
 * 24 h, 30 % between 1 and 7 days, 50 % between 7 and 30 days and 8 % older (so the 24h, 7d and
 * 30d windows and "all time" all differ). Monotone, so evenly spread quantiles give sorted times.
 */
export function decisionAgeAt(q: number): number {
  if (q < 0.12) return (q / 0.12) * DAY_MS;
  if (q < 0.42) return DAY_MS + ((q - 0.12) / 0.3) * 6 * DAY_MS;
  if (q < 0.92) return 7 * DAY_MS + ((q - 0.42) / 0.5) * 23 * DAY_MS;
  return 30 * DAY_MS + ((q - 0.92) / 0.08) * 15 * DAY_MS;
}

/**
 * Write the bulk part of a replay world straight into the replay store (rows are built valid by
 * construction; the engine's per-command validation would dominate a million-decision build):
 * background tasks with `plan.decisions` decisions spread over 45 days, and
 * {@link LONG_TRACE_TASK_ID} with `plan.traceItems` trace items over 30 days.
 *
 * Decisions are appended oldest first, so the stats index only ever appends.
 */
export function seedReplayBulk(
  store: ReplayStore,
  rng: SeededRandom,
  now: number,
  plan: ReplayBulkPlan,
): void {
  const taskCount = plan.decisions > 0 ? Math.ceil(plan.decisions / DECISIONS_PER_TASK) : 0;
  const taskIds = Array.from(
    { length: taskCount },
    (_, i) => `task-bg-${String(i + 1).padStart(5, '0')}`,
  );
  const statuses = ['RUNNING', 'RUNNING', 'COMPLETED', 'COMPLETED', 'PAUSED', 'BLOCKED'];
  const tasks = [...taskIds, ...(plan.traceItems > 0 ? [LONG_TRACE_TASK_ID] : [])];
  for (const taskId of tasks) {
    const createdMs = now - 46 * DAY_MS + rng.int(0, 12 * 60) * 60_000;
    const long = taskId === LONG_TRACE_TASK_ID;
    store.putTask({
      task_id: taskId,
      status: long ? 'RUNNING' : rng.pick(statuses),
      title: long ? 'Long-running data pipeline' : null,
      created_at: isoAt(createdMs),
      updated_at: isoAt(now),
      metadata: {},
    });
    store.insertEvent({
      task_id: taskId,
      event_type: 'TASK_CREATED',
      payload: { source: 'eventbus' },
      created_at: sqliteTimestamp(createdMs),
    });
  }

  const longDecisions =
    plan.traceItems > 0 ? Math.floor(plan.traceItems / LONG_TRACE_DECISION_SHARE) : 0;
  appendDecisions(store, rng, now, taskIds, plan.decisions, longDecisions);
  appendLongTraceEvents(store, rng, now, plan.traceItems - longDecisions - 1);
}

function appendDecisions(
  store: ReplayStore,
  rng: SeededRandom,
  now: number,
  taskIds: readonly string[],
  background: number,
  long: number,
): void {
  const templates = buildTemplates();
  const total = background + long;
  const lean = total > REPLAY_LEAN_DECISIONS;
  for (let i = 0; i < total; i++) {
    // Stratified quantiles: ascending times without sorting a million rows.
    const q = 1 - (i + rng.next()) / total;
    const ms = Math.floor(now - decisionAgeAt(q));
    // Exactly `long` items go to the long trace, spread evenly over time.
    const isLong = Math.floor(((i + 1) * long) / total) > Math.floor((i * long) / total);
    const taskId = isLong
      ? LONG_TRACE_TASK_ID
      : (taskIds[rng.int(0, taskIds.length - 1)] ?? LONG_TRACE_TASK_ID);
    const roll = rng.next();
    let type = (TYPE_ROLLS.find(([share]) => roll < share) ?? TYPE_ROLLS[0])?.[1] ?? 'ALLOW';
    // The long trace never blocks: it must not push the document's tasks out of the top blocked.
    if (isLong && type === 'BLOCK') type = 'ALLOW';
    const lagMs = Math.floor(20 * 250 ** rng.next());
    const createdAt = rng.chance(0.15) ? supervisorTimestamp(ms, i) : isoAt(ms);
    store.insertAudit(
      lean && type === 'ALLOW'
        ? leanAllowRow(i, taskId, createdAt, ms - lagMs)
        : decisionRow(i, taskId, type, createdAt, ms - lagMs, templates, rng),
    );
  }
}

// An ALLOW as the real supervisor stored it: columns only, `decision_snapshot` null.
function leanAllowRow(
  i: number,
  taskId: string,
  createdAt: string,
  sourceMs: number,
): NewReplayAuditRecord {
  return {
    task_id: taskId,
    level: 'info',
    event_type: AUDIT_TYPE_OF.ALLOW,
    payload: null,
    created_at: createdAt,
    decision_id: decisionIdOf(i),
    source_event_ts: isoAt(sourceMs),
    supervisor_processed_at: createdAt,
  };
}

const decisionIdOf = (i: number) => `dec-bg-${String(i + 1).padStart(7, '0')}`;

function decisionRow(
  i: number,
  taskId: string,
  type: SeedDecisionType | 'DECISION' | 'ERROR',
  createdAt: string,
  sourceMs: number,
  templates: Map<string, Template>,
  rng: SeededRandom,
): NewReplayAuditRecord {
  const id = decisionIdOf(i);
  if (type === 'ERROR' || type === 'DECISION') {
    return {
      task_id: taskId,
      level: type === 'ERROR' ? 'error' : 'info',
      event_type: `SUPERVISOR_${type}`,
      payload:
        type === 'ERROR'
          ? {
              error: 'Policy evaluation timed out',
              context: { policy: 'default' },
              timestamp: createdAt,
            }
          : legacyPayload(id, 'require_review', createdAt, taskId),
      created_at: createdAt,
      decision_id: null,
      source_event_ts: null,
      supervisor_processed_at: null,
    };
  }
  const reason =
    type === 'BLOCK'
      ? (BLOCK_REASONS[Math.min(BLOCK_REASONS.length - 1, Math.floor(rng.next() ** 2 * 4))] ?? '')
      : type === 'PAUSE'
        ? 'RISK_COST_SPIKE'
        : type === 'RETRY'
          ? 'RUNTIME_TIMEOUT'
          : '';
  const template = templates.get(`${type}:${reason}`) as Template;
  const sourceTs = isoAt(sourceMs);
  return {
    task_id: taskId,
    level: type === 'BLOCK' ? 'warn' : 'info',
    event_type: AUDIT_TYPE_OF[type],
    payload: {
      decision_snapshot: {
        decision_id: id,
        ...template,
        event: {
          event_id: `evt-bg-${String(i + 1).padStart(7, '0')}`,
          event_type: 'TASK_STEP_STARTED',
          source: 'eventbus',
          ts: sourceTs,
        },
      },
    },
    created_at: createdAt,
    decision_id: id,
    source_event_ts: sourceTs,
    supervisor_processed_at: createdAt,
  };
}

const LONG_TRACE_EVENTS = ['TASK_STEP_STARTED', 'TASK_LOG', 'TASK_STEP_COMPLETED'];

function appendLongTraceEvents(
  store: ReplayStore,
  rng: SeededRandom,
  now: number,
  count: number,
): void {
  const span = 30 * DAY_MS - HOUR_MS;
  for (let j = 0; j < count; j++) {
    const ms = Math.floor(now - span + ((j + rng.next()) / count) * span);
    store.insertEvent({
      task_id: LONG_TRACE_TASK_ID,
      event_type: LONG_TRACE_EVENTS[j % LONG_TRACE_EVENTS.length] as string,
      payload: { step: Math.floor(j / 3) + 1, source: j % 2 === 0 ? 'eventbus' : 'polling' },
      // Both timestamp forms of the real system, so the trace order must parse them.
      created_at: j % 10 === 0 ? sqliteTimestamp(ms) : isoAt(ms),
    });
  }
}
