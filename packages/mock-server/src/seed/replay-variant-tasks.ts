import type { ReplayEngine } from '@govkit/sdk/engines';
import {
  AUDIT_TYPE_OF,
  DAY_MS,
  frozenSnapshot,
  HOUR_MS,
  isoAt,
  type LegacyDecisionType,
  legacyPayload,
  type SeedDecisionType,
  sqliteTimestamp,
  supervisorTimestamp,
} from './replay-snapshots';

/**
 * One task per shape a decision trace can take, so stories and tests can show each without
 * building it: allowed, paused, retried, the real supervisor's legacy payloads, null snapshots
 * (and a supervisor error), and a task with no decision yet.
 */
export const REPLAY_VARIANT_TASKS = {
  /** `COMPLETED`: four ALLOW decisions (frozen snapshots), SQLite-format event times. */
  allowed: 'task-allowed',
  /** `PAUSED`: a RISK finding paused it; one event waits in the inbox. */
  paused: 'task-paused',
  /** `RUNNING`: a frozen RETRY (runtime timeout), then ALLOW. */
  retry: 'task-retry',
  /**
   * `blocked` (lower case, as the real system stores it): legacy lower-case supervisor payloads
   * (allow, retry, block), stored bare with no `decision_id` column, microsecond `+00:00` times.
   */
  legacy: 'task-legacy',
  /** `FAILED`: null snapshots (payload null, and `decision_snapshot: null`), a supervisor error. */
  nullSnapshot: 'task-null-snapshot',
  /** `PENDING`: created, no decision yet. */
  undecided: 'task-undecided',
} as const;

/** Legacy decision ids (findable through the payload's own `decision_id`). */
export const LEGACY_DECISION_IDS = ['dec_legacy_01', 'dec_legacy_02', 'dec_legacy_03'] as const;

/** Seed the variant tasks (see {@link REPLAY_VARIANT_TASKS}). `now` is the store clock. */
export function seedReplayVariantTasks(engine: ReplayEngine, now: number): void {
  frozenTask(engine, now, REPLAY_VARIANT_TASKS.allowed, 'COMPLETED', 3 * DAY_MS, [
    ['TASK_CREATED', 'ALLOW'],
    ['TASK_STEP_COMPLETED', 'ALLOW'],
    ['TASK_STEP_COMPLETED', 'ALLOW'],
    ['TASK_STEP_COMPLETED', 'ALLOW'],
  ]);
  engine.recordEvent({
    task_id: REPLAY_VARIANT_TASKS.allowed,
    event_type: 'TASK_COMPLETED',
    payload: { result: 'ok' },
    created_at: sqliteTimestamp(now - 3 * DAY_MS + 5 * HOUR_MS),
  });

  frozenTask(engine, now, REPLAY_VARIANT_TASKS.paused, 'PAUSED', 6 * HOUR_MS, [
    ['TASK_CREATED', 'ALLOW'],
    ['TASK_STEP_STARTED', 'PAUSE', 'RISK_PII_EXPORT'],
  ]);
  engine.recordInboxItem({
    event_id: 'evt-paused-approval',
    task_id: REPLAY_VARIANT_TASKS.paused,
    event_type: 'TASK_APPROVAL_REQUESTED',
    source: 'polling',
    received_at: isoAt(now - 20 * 60_000),
  });

  frozenTask(engine, now, REPLAY_VARIANT_TASKS.retry, 'RUNNING', 5 * DAY_MS, [
    ['TASK_CREATED', 'ALLOW'],
    ['TASK_STEP_FAILED', 'RETRY', 'RUNTIME_TIMEOUT'],
    ['TASK_STEP_STARTED', 'ALLOW'],
  ]);

  seedLegacyTask(engine, now);
  seedNullSnapshotTask(engine, now);

  engine.upsertTask({
    task_id: REPLAY_VARIANT_TASKS.undecided,
    status: 'PENDING',
    title: 'Draft the release notes',
    created_at: isoAt(now - 10 * 60_000),
  });
  engine.recordEvent({
    task_id: REPLAY_VARIANT_TASKS.undecided,
    event_type: 'TASK_CREATED',
    payload: { source: 'eventbus' },
    created_at: sqliteTimestamp(now - 10 * 60_000),
  });
}

type Step = [eventType: string, type: SeedDecisionType, reason?: string];

// Each step: a task event an hour after the previous one, answered 80–300 ms later.
function frozenTask(
  engine: ReplayEngine,
  now: number,
  taskId: string,
  status: string,
  ageMs: number,
  steps: Step[],
): void {
  const start = now - ageMs;
  engine.upsertTask({ task_id: taskId, status, title: null, created_at: isoAt(start) });
  steps.forEach(([eventType, type, reason], i) => {
    const at = start + i * HOUR_MS;
    const name = `${taskId.slice(5)}-${i + 1}`;
    engine.recordEvent({
      task_id: taskId,
      event_type: eventType,
      payload: { source: 'eventbus', step: i + 1 },
      created_at: sqliteTimestamp(at),
    });
    engine.recordDecision({
      task_id: taskId,
      snapshot: frozenSnapshot({
        decision_id: `dec-${name}`,
        type,
        reason,
        event_id: `evt-${name}`,
        event_type: eventType,
        event_ts: isoAt(at),
      }),
      created_at: isoAt(at + 80 + 55 * i),
    });
  });
}

// What the real supervisor writes: a bare legacy payload, no decision_id / lag columns (so no
// lag sample either).
function seedLegacyTask(engine: ReplayEngine, now: number): void {
  const taskId = REPLAY_VARIANT_TASKS.legacy;
  const start = now - 2 * DAY_MS;
  engine.upsertTask({ task_id: taskId, status: 'blocked', title: 'Migrate legacy agent' });
  const decisions: Array<[LegacyDecisionType, string]> = [
    ['allow', AUDIT_TYPE_OF.ALLOW],
    ['retry', AUDIT_TYPE_OF.RETRY],
    ['block', AUDIT_TYPE_OF.BLOCK],
  ];
  decisions.forEach(([type, auditType], i) => {
    const at = start + i * 3 * HOUR_MS;
    const timestamp = supervisorTimestamp(at + 250, 417 + i);
    const payload = legacyPayload(LEGACY_DECISION_IDS[i] as string, type, timestamp, taskId);
    engine.recordEvent({
      task_id: taskId,
      event_type: 'TASK_STEP_STARTED',
      payload: { source: 'polling' },
      created_at: sqliteTimestamp(at),
    });
    engine.recordAudit({
      task_id: taskId,
      event_type: auditType,
      level: type === 'block' ? 'warn' : 'info',
      payload,
      created_at: timestamp,
    });
  });
  engine.recordAudit({
    task_id: taskId,
    event_type: 'TASK_STATUS_CHANGED',
    payload: { from: 'running', to: 'blocked' },
    created_at: supervisorTimestamp(start + 6 * HOUR_MS + 900, 5),
  });
}

// Decisions whose snapshot is null (the real supervisor never wrote one), a supervisor error
// (payload `{error, context, timestamp}`), and a require-review decision (legacy only).
function seedNullSnapshotTask(engine: ReplayEngine, now: number): void {
  const taskId = REPLAY_VARIANT_TASKS.nullSnapshot;
  const start = now - 9 * HOUR_MS;
  engine.upsertTask({ task_id: taskId, status: 'FAILED', title: 'Nightly data export' });
  const at = (hours: number) => supervisorTimestamp(start + hours * HOUR_MS, 100);
  engine.recordAudit({
    task_id: taskId,
    event_type: AUDIT_TYPE_OF.ALLOW,
    // Lag times only in the payload: the stats' payload fallback reads them.
    payload: {
      decision_snapshot: null,
      source_event_ts: supervisorTimestamp(start - 700, 3),
      supervisor_processed_at: at(0),
    },
    created_at: at(0),
  });
  engine.recordAudit({
    task_id: taskId,
    event_type: AUDIT_TYPE_OF.RETRY,
    payload: null,
    created_at: at(1),
  });
  engine.recordAudit({
    task_id: taskId,
    event_type: 'SUPERVISOR_DECISION',
    payload: legacyPayload('dec_review_01', 'require_review', at(2), taskId),
    created_at: at(2),
  });
  engine.recordAudit({
    task_id: taskId,
    event_type: 'SUPERVISOR_ERROR',
    level: 'error',
    payload: {
      error: 'Policy evaluation timed out',
      context: { policy: 'default', step: 'export' },
      timestamp: at(3),
    },
    created_at: at(3),
  });
}
