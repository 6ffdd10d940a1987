import type { ReplayEngine } from '@govkit/sdk/engines';
import {
  DAY_MS,
  frozenSnapshot,
  HOUR_MS,
  isoAt,
  type SeedDecisionType,
  type SeedSnapshot,
  sqliteTimestamp,
} from './replay-snapshots';

/**
 * The tasks the decision replay contract's examples name, so that its curl examples answer in every
 * default world with the documented fields: `task-123` (blocked by `dec-001`, the document's
 * snapshot, two pending inbox events, five decisions), and `task-456` / `task-789`, the top two of
 * the blocked-reasons example (15 and 8 blocks in 7 days, `REDLINE_001` and
 * `CONFLICT_API_LIMIT`). Times keep the document's shape but are relative to the store's "now".
 */

/** The document's task: status `BLOCKED`, blocked by {@link DOC_DECISION_ID}. */
export const DOC_TASK_ID = 'task-123';
/** The document's decision (its `GET /decisions/dec-001` example). */
export const DOC_DECISION_ID = 'dec-001';
/** The document's inbox event, the one `dec-001` answered. */
export const DOC_EVENT_ID = 'evt-001';
/** The blocked-reasons example's top task: 15 blocks in 7 days, `REDLINE_001`. */
export const DOC_TOP_BLOCKED_TASK_ID = 'task-456';
/** The blocked-reasons example's second task: 8 blocks in 7 days, `CONFLICT_API_LIMIT`. */
export const DOC_SECOND_BLOCKED_TASK_ID = 'task-789';

/** How long before "now" `dec-001` (and task-456's latest block) happened: 90 minutes. */
export const DOC_BLOCK_AGE_MS = 90 * 60_000;

/** The document's `decision_snapshot` of `dec-001`, with its event time relative to `blockedAt`. */
export function docDecisionSnapshot(blockedAtMs: number): SeedSnapshot {
  return {
    decision_id: DOC_DECISION_ID,
    policy: 'default',
    event: {
      event_id: DOC_EVENT_ID,
      event_type: 'TASK_CREATED',
      source: 'eventbus',
      // The document: event at 10:25, decision at 10:30.
      ts: isoAt(blockedAtMs - 5 * 60_000),
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
}

/** Seed the document's three tasks (see the module comment). `now` is the store clock. */
export function seedReplayDocTasks(engine: ReplayEngine, now: number): void {
  seedTask123(engine, now);
  seedBlockedTask(engine, now, {
    taskId: DOC_TOP_BLOCKED_TASK_ID,
    title: 'Rotate production credentials',
    reason: 'REDLINE_001',
    newestAgeMs: DOC_BLOCK_AGE_MS,
    blocksIn7d: 15,
    spacingMs: 10 * HOUR_MS,
    olderBlocks: 5,
  });
  seedBlockedTask(engine, now, {
    taskId: DOC_SECOND_BLOCKED_TASK_ID,
    title: 'Sync CRM contacts',
    reason: 'CONFLICT_API_LIMIT',
    // The document: 2024-01-27T14:20 vs task-456's 2024-01-28T10:30, 20 h 10 min earlier.
    newestAgeMs: DOC_BLOCK_AGE_MS + 20 * HOUR_MS + 10 * 60_000,
    blocksIn7d: 8,
    spacingMs: 18 * HOUR_MS,
    olderBlocks: 3,
  });
}

function seedTask123(engine: ReplayEngine, now: number): void {
  const blockedAt = now - DOC_BLOCK_AGE_MS;
  const createdAt = blockedAt - 26 * HOUR_MS;
  engine.upsertTask({
    task_id: DOC_TASK_ID,
    status: 'BLOCKED',
    title: 'Clean up build artifacts',
    created_at: isoAt(createdAt),
  });
  // Four earlier decisions, each answering a task event, then the document's block: five in all.
  const history: Array<
    [offsetMs: number, eventType: string, type: SeedDecisionType, reason?: string]
  > = [
    [0, 'TASK_CREATED', 'ALLOW'],
    [HOUR_MS, 'TASK_STEP_COMPLETED', 'ALLOW'],
    [6 * HOUR_MS, 'TASK_STEP_STARTED', 'PAUSE', 'RISK_COST_SPIKE'],
    [23 * HOUR_MS, 'TASK_RESUMED', 'RETRY', 'RUNTIME_TIMEOUT'],
  ];
  history.forEach(([offset, eventType, type, reason], i) => {
    const at = createdAt + offset;
    engine.recordEvent({
      task_id: DOC_TASK_ID,
      event_type: eventType,
      payload: { source: 'eventbus', step: i },
      created_at: sqliteTimestamp(at),
    });
    engine.recordDecision({
      task_id: DOC_TASK_ID,
      snapshot: frozenSnapshot({
        decision_id: `dec-123-${i + 1}`,
        type,
        reason,
        event_id: `evt-123-${i + 1}`,
        event_type: eventType,
        event_ts: isoAt(at),
        task_status: i === 0 ? 'PENDING' : 'RUNNING',
      }),
      created_at: isoAt(at + 150 + 90 * i),
    });
  });
  // The document's trace: the block at 10:30, the event it answered at 10:25.
  engine.recordEvent({
    task_id: DOC_TASK_ID,
    event_type: 'TASK_STEP_STARTED',
    payload: { source: 'eventbus', tool: 'file_delete', path: '/etc/passwd' },
    created_at: sqliteTimestamp(blockedAt - 5 * 60_000),
  });
  engine.recordDecision({
    task_id: DOC_TASK_ID,
    snapshot: docDecisionSnapshot(blockedAt),
    created_at: isoAt(blockedAt),
  });
  engine.recordEvent({
    task_id: DOC_TASK_ID,
    event_type: 'TASK_BLOCKED',
    payload: { reason_code: 'REDLINE_001' },
    created_at: sqliteTimestamp(blockedAt + 1000),
  });
  // The answered event, then two events still waiting: `inbox_backlog` 2.
  engine.recordInboxItem({
    event_id: DOC_EVENT_ID,
    task_id: DOC_TASK_ID,
    event_type: 'TASK_CREATED',
    status: 'completed',
    received_at: isoAt(blockedAt - 5 * 60_000),
  });
  for (const [i, minutes] of [40, 12].entries()) {
    engine.recordInboxItem({
      event_id: `evt-00${i + 2}`,
      task_id: DOC_TASK_ID,
      event_type: 'TASK_RETRY_REQUESTED',
      status: 'pending',
      received_at: isoAt(now - minutes * 60_000),
    });
  }
}

interface BlockedTaskPlan {
  taskId: string;
  title: string;
  reason: string;
  /** Age of the newest block. */
  newestAgeMs: number;
  /** Blocks inside the 7-day window, `spacingMs` apart going back from the newest. */
  blocksIn7d: number;
  spacingMs: number;
  /** Blocks 8 to 29 days old (so the 30-day window counts more). */
  olderBlocks: number;
}

// A task that keeps getting blocked: after each block the agent retries (a RETRY decision).
function seedBlockedTask(engine: ReplayEngine, now: number, plan: BlockedTaskPlan): void {
  const ages = [
    ...Array.from({ length: plan.olderBlocks }, (_, i) => 29 * DAY_MS - i * 4 * DAY_MS),
    ...Array.from(
      { length: plan.blocksIn7d },
      (_, i) => plan.newestAgeMs + (plan.blocksIn7d - 1 - i) * plan.spacingMs,
    ),
  ];
  engine.upsertTask({
    task_id: plan.taskId,
    status: 'BLOCKED',
    title: plan.title,
    created_at: isoAt(now - 30 * DAY_MS),
  });
  ages.forEach((age, i) => {
    const at = now - age;
    const n = i + 1;
    engine.recordEvent({
      task_id: plan.taskId,
      event_type: 'TASK_STEP_STARTED',
      payload: { source: 'eventbus', attempt: n },
      created_at: sqliteTimestamp(at - 2000),
    });
    const snapshot = frozenSnapshot({
      decision_id: `dec-${plan.taskId.slice(5)}-${n}`,
      type: 'BLOCK',
      reason: plan.reason,
      event_id: `evt-${plan.taskId.slice(5)}-${n}`,
      event_ts: isoAt(at - 2000),
    });
    engine.recordDecision({ task_id: plan.taskId, snapshot, created_at: isoAt(at) });
    // The retry that followed (the newest block has none yet: the task is still blocked).
    if (i < ages.length - 1) {
      const retryAt = at + 30 * 60_000;
      engine.recordDecision({
        task_id: plan.taskId,
        snapshot: frozenSnapshot({
          decision_id: `dec-${plan.taskId.slice(5)}-${n}r`,
          type: 'RETRY',
          event_id: `evt-${plan.taskId.slice(5)}-${n}r`,
          event_ts: isoAt(retryAt),
        }),
        created_at: isoAt(retryAt + 400),
      });
    }
  });
}
