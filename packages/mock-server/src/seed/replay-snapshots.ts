import type { ReplayDecisionInput } from '@govkit/sdk';

/**
 * Building blocks of the seeded decision snapshots: the findings a supervisor reports,
 * the frozen v1.0 snapshot shape, the legacy lower-case payload the real supervisor writes, and
 * ISO time helpers relative to the store's "now".
 */

/** Frozen decision types the seed writes (`REQUIRE_REVIEW` only exists in legacy payloads). */
export type SeedDecisionType = 'ALLOW' | 'PAUSE' | 'BLOCK' | 'RETRY';

/** The audit event type the supervisor writes for each decision type. */
export const AUDIT_TYPE_OF: Readonly<Record<SeedDecisionType, string>> = {
  ALLOW: 'SUPERVISOR_ALLOWED',
  PAUSE: 'SUPERVISOR_PAUSED',
  BLOCK: 'SUPERVISOR_BLOCKED',
  RETRY: 'SUPERVISOR_RETRY_RECOMMENDED',
};

/** A frozen v1.0 snapshot as the engine records it, with its decision id set. */
export type SeedSnapshot = ReplayDecisionInput['snapshot'] & { decision_id: string };

type Finding = NonNullable<SeedSnapshot['findings']>[number];

/** Findings by reason code; `findings[0].code` is what summaries and stats report. */
export const SEED_FINDINGS: Readonly<Record<string, Finding>> = {
  REDLINE_001: {
    kind: 'REDLINE',
    severity: 'HIGH',
    code: 'REDLINE_001',
    message: 'Dangerous operation detected',
    evidence: { tool: 'file_delete', path: '/etc/passwd' },
  },
  REDLINE_002: {
    kind: 'REDLINE',
    severity: 'CRITICAL',
    code: 'REDLINE_002',
    message: 'Write outside the workspace',
    evidence: { tool: 'file_write', path: '/usr/local/bin/agent' },
  },
  CONFLICT_API_LIMIT: {
    kind: 'CONFLICT',
    severity: 'MEDIUM',
    code: 'CONFLICT_API_LIMIT',
    message: 'External API rate limit would be exceeded',
    evidence: { api: 'crm.example.com', limit_per_minute: 60, requested: 140 },
  },
  RISK_PII_EXPORT: {
    kind: 'RISK',
    severity: 'HIGH',
    code: 'RISK_PII_EXPORT',
    message: 'Export contains personal data',
    evidence: { fields: ['email', 'phone'], rows: 1200 },
  },
  RISK_COST_SPIKE: {
    kind: 'RISK',
    severity: 'MEDIUM',
    code: 'RISK_COST_SPIKE',
    message: 'Estimated cost above the task budget',
    evidence: { estimate_usd: 84.5, budget_usd: 50 },
  },
  RUNTIME_TIMEOUT: {
    kind: 'RUNTIME',
    severity: 'LOW',
    code: 'RUNTIME_TIMEOUT',
    message: 'Step exceeded its time limit',
    evidence: { step: 'fetch_sources', timeout_s: 120 },
  },
};

/** Reason codes a blocking decision may carry, most common first. */
export const BLOCK_REASONS = [
  'REDLINE_001',
  'REDLINE_002',
  'CONFLICT_API_LIMIT',
  'RISK_PII_EXPORT',
];

const ACTION_OF: Readonly<Record<SeedDecisionType, string>> = {
  ALLOW: 'ALLOW_TASK',
  PAUSE: 'PAUSE_TASK',
  BLOCK: 'BLOCK_TASK',
  RETRY: 'SCHEDULE_RETRY',
};

const REASON_OF: Readonly<Record<SeedDecisionType, string>> = {
  ALLOW: 'No findings',
  PAUSE: 'Risk needs a human decision',
  BLOCK: 'Redline violation',
  RETRY: 'Transient runtime failure',
};

/** What one seeded frozen snapshot needs; everything else has a sensible default. */
export interface FrozenSnapshotSpec {
  decision_id: string;
  type: SeedDecisionType;
  /** Reason code of the single finding, or none. */
  reason?: string | undefined;
  event_id: string;
  event_type?: string;
  /** ISO time of the event the decision answers (its lag starts there). */
  event_ts: string;
  task_status?: string;
  decision_time_ms?: number;
}

/** A frozen v1.0 snapshot (the shape govkit itself writes). */
export function frozenSnapshot(spec: FrozenSnapshotSpec): SeedSnapshot {
  const finding = spec.reason === undefined ? undefined : SEED_FINDINGS[spec.reason];
  return {
    decision_id: spec.decision_id,
    policy: 'default',
    event: {
      event_id: spec.event_id,
      event_type: spec.event_type ?? 'TASK_STEP_STARTED',
      source: 'eventbus',
      ts: spec.event_ts,
    },
    inputs: { task_status: spec.task_status ?? 'RUNNING', context: {} },
    findings: finding ? [finding] : [],
    decision: {
      decision_type: spec.type,
      reason: finding ? `${REASON_OF[spec.type]}: ${finding.code}` : REASON_OF[spec.type],
    },
    actions: [{ action_type: ACTION_OF[spec.type], status: 'OK' }],
    metrics: { decision_time_ms: spec.decision_time_ms ?? 40 },
  };
}

/** Legacy decision types as the real supervisor spells them. */
export type LegacyDecisionType = 'allow' | 'pause' | 'block' | 'retry' | 'require_review';

/**
 * The payload the real supervisor (`AuditAdapter.write_decision`) stores, bare (no
 * `decision_snapshot` key): lower-case types, `category`/`description` findings, string evidence.
 */
export function legacyPayload(
  decisionId: string,
  type: LegacyDecisionType,
  timestamp: string,
  taskId: string,
): Record<string, unknown> {
  const blocking = type === 'block';
  return {
    decision_id: decisionId,
    decision_type: type,
    reason: blocking ? 'Redline violation detected' : `Supervisor decided: ${type}`,
    findings: blocking
      ? [
          {
            finding_id: `find_${decisionId}`,
            category: 'redline',
            severity: 'critical',
            description: 'Attempted write outside workspace',
            evidence: ['path=/etc/passwd', 'tool=file_write'],
            source: 'redline_checker',
          },
        ]
      : [],
    actions: [
      {
        action_id: `act_${decisionId}`,
        action_type: blocking ? 'mark_blocked' : type === 'pause' ? 'pause_gate' : 'write_audit',
        target: taskId,
        params: {},
      },
    ],
    timestamp,
  };
}

const MINUTE_MS = 60_000;
/** One hour in ms. */
export const HOUR_MS = 60 * MINUTE_MS;
/** One day in ms. */
export const DAY_MS = 24 * HOUR_MS;

let cachedDay = Number.NaN;
let cachedDayPrefix = '';
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * ISO time (`YYYY-MM-DDTHH:MM:SS.mmmZ`) of an epoch-ms instant, as `Date#toISOString` gives it.
 * Why not just that: a million-decision world formats two million times, mostly within the same
 * day, and reusing the date part halves the build.
 */
export function isoAt(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  if (!Number.isInteger(ms) || ms < 0 || ms >= 253_402_300_800_000) {
    return new Date(ms).toISOString();
  }
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDayPrefix = new Date(ms).toISOString().slice(0, 11);
  }
  const inDay = ms - day * DAY_MS;
  const millis = inDay % 1000;
  const seconds = Math.floor(inDay / 1000);
  return `${cachedDayPrefix}${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}.${millis < 10 ? `00${millis}` : millis < 100 ? `0${millis}` : millis}Z`;
}

/** The real supervisor's timestamp form: microseconds and `+00:00`. */
export function supervisorTimestamp(ms: number, micros = 0): string {
  return `${new Date(ms).toISOString().slice(0, 23)}${String(micros % 1000).padStart(3, '0')}+00:00`;
}

/** SQLite's `CURRENT_TIMESTAMP` form (`YYYY-MM-DD HH:MM:SS`, UTC), as task events carry it. */
export function sqliteTimestamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}
