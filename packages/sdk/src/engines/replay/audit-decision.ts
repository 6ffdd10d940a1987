import type { DecisionSnapshotPayload } from '../../schemas/replay/decision-snapshot-payload';
import type { ReplayAuditRecord } from '../../schemas/replay/replay-records';
import { parseReplayTimestamp } from './replay-timestamp';

/**
 * How an audit row is read as a supervisor decision. The original system kept this knowledge in
 * SQL scattered over five handlers; here it lives in one place so the trace, the detail lookup,
 * the summary and the stats index agree.
 */

const SUPERVISOR_PREFIX = 'SUPERVISOR_';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True for supervisor decision audits (`SUPERVISOR_*`, `SUPERVISOR_ERROR` included). */
export function isSupervisorAudit(row: Pick<ReplayAuditRecord, 'event_type'>): boolean {
  return row.event_type.startsWith(SUPERVISOR_PREFIX);
}

/**
 * The snapshot a trace shows for an audit: `payload.decision_snapshot` when the key exists (frozen
 * or legacy, possibly null); otherwise, for a supervisor audit whose payload *is* a legacy decision
 * (the real supervisor stores it bare, with a top-level `decision_type`), that payload; else null.
 */
export function auditDecisionSnapshot(row: ReplayAuditRecord): DecisionSnapshotPayload | null {
  const payload = row.payload;
  if (!payload) return null;
  if (Object.hasOwn(payload, 'decision_snapshot')) {
    const snapshot = payload.decision_snapshot;
    return isRecord(snapshot) ? snapshot : null;
  }
  if (isSupervisorAudit(row) && typeof payload.decision_type === 'string') return payload;
  return null;
}

/**
 * The snapshot `GET /decisions/{id}` returns: `payload.decision_snapshot` when the key exists,
 * else the whole payload (the original system's legacy fallback).
 */
export function auditDetailSnapshot(row: ReplayAuditRecord): DecisionSnapshotPayload | null {
  const payload = row.payload;
  if (!payload) return null;
  if (!Object.hasOwn(payload, 'decision_snapshot')) return payload;
  const snapshot = payload.decision_snapshot;
  return isRecord(snapshot) ? snapshot : null;
}

/**
 * The decision id of an audit: the `decision_id` column, else the snapshot's `decision_id`.
 * The real supervisor never filled the column, which made its decisions unreachable by id; reading
 * the snapshot too fixes that for old data without rewriting it.
 */
export function auditDecisionId(row: ReplayAuditRecord): string | null {
  if (row.decision_id) return row.decision_id;
  if (!isSupervisorAudit(row)) return null;
  const id = auditDecisionSnapshot(row)?.decision_id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

function payloadTimestamp(
  payload: Record<string, unknown> | null,
  ...keys: string[]
): string | null {
  if (!payload) return null;
  for (const key of keys) {
    const value = payload[key];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return null;
}

/**
 * Decision lag in seconds: processed time minus source-event time. Each side comes from its
 * column first, then from the payload (`source_event_ts`; `supervisor_processed_at` or
 * `timestamp`), as in the original system. Returns `NaN` when either side is missing or
 * unparsable, or the lag is negative: such decisions do not count as samples.
 */
export function auditLagSeconds(row: ReplayAuditRecord): number {
  const source = row.source_event_ts ?? payloadTimestamp(row.payload, 'source_event_ts');
  const processed =
    row.supervisor_processed_at ??
    payloadTimestamp(row.payload, 'supervisor_processed_at', 'timestamp');
  if (source === null || processed === null) return Number.NaN;
  const lag = (parseReplayTimestamp(processed) - parseReplayTimestamp(source)) / 1000;
  return lag >= 0 ? lag : Number.NaN;
}
