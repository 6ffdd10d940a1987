import type { DecisionTraceItem } from '@govkit/sdk';
import {
  normalizeDecisionType,
  snapshotDecisionType,
  snapshotReasonCode,
} from '@govkit/sdk/schemas';
import { parseTimestamp } from '../shared/parse-timestamp';

/** One row of the decision trace table: a trace item flattened to what the columns show. */
export interface DecisionTraceRow {
  /** Unique across both kinds: `audit:<audit_id>` or `event:<event_id>`. */
  id: string;
  kind: DecisionTraceItem['kind'];
  /** The timestamp as sent (ISO-8601 or SQLite form). */
  ts: string;
  /** Epoch milliseconds of `ts` (0 when unparsable), for true chronological sorting. */
  time: number;
  eventType: string;
  /** Normalised decision type (`BLOCK`, `ALLOW`, …) of an audit; null for events and non-decisions. */
  decision: string | null;
  /** The decision's reason, or its reason code when it has no reason text. */
  reason: string | null;
  /** Opens the decision snapshot when set. */
  decisionId: string | null;
  /** What the row's JSON disclosure shows: the audit's snapshot or the event's payload. */
  payload: unknown;
  item: DecisionTraceItem;
}

const SUPERVISOR_PREFIX = 'SUPERVISOR_';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// The reason sits at `decision.reason` in the frozen snapshot and at the top in legacy payloads.
function reasonOf(snapshot: unknown): string | null {
  if (!isRecord(snapshot)) return null;
  const nested = isRecord(snapshot.decision) ? snapshot.decision.reason : undefined;
  const reason = typeof nested === 'string' ? nested : snapshot.reason;
  if (typeof reason === 'string' && reason.trim() !== '') return reason;
  return snapshotReasonCode(snapshot);
}

/** Flatten one trace item to a table row. */
export function toDecisionTraceRow(item: DecisionTraceItem): DecisionTraceRow {
  const time = parseTimestamp(item.ts)?.getTime() ?? 0;
  if (item.kind === 'event') {
    return {
      id: `event:${item.event_id}`,
      kind: 'event',
      ts: item.ts,
      time,
      eventType: item.event_type,
      decision: null,
      reason: null,
      decisionId: null,
      payload: item.payload,
      item,
    };
  }
  // The real supervisor leaves `decision_snapshot` null, so the event type carries the decision.
  const fromType = item.event_type.toUpperCase().startsWith(SUPERVISOR_PREFIX)
    ? normalizeDecisionType(item.event_type)
    : null;
  return {
    id: `audit:${item.audit_id}`,
    kind: 'audit',
    ts: item.ts,
    time,
    eventType: item.event_type,
    decision: snapshotDecisionType(item.decision_snapshot) ?? fromType,
    reason: reasonOf(item.decision_snapshot),
    decisionId: item.decision_id,
    payload: item.decision_snapshot,
    item,
  };
}

/**
 * The rows of every loaded page, in order, each item once. Servers that ignore the cursor (the
 * original system) answer the first page again; its items are dropped, never shown twice.
 */
export function toDecisionTraceRows(
  pages: ReadonlyArray<{ trace_items: readonly DecisionTraceItem[] }>,
): DecisionTraceRow[] {
  const seen = new Set<string>();
  const rows: DecisionTraceRow[] = [];
  for (const page of pages) {
    for (const item of page.trace_items) {
      const row = toDecisionTraceRow(item);
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      rows.push(row);
    }
  }
  return rows;
}
