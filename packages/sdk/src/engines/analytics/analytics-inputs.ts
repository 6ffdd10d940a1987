import type { PreviewSummaryPayload } from '../../schemas/preview/preview-summary';
import {
  PREVIEW_SUMMARY_EVENT_TYPE,
  PreviewSummaryPayloadSchema,
} from '../../schemas/preview/preview-summary';
import type { EventLog, ExecutionEvent } from '../governance/event-log';
import { OVERRIDE_ACTION_EVENT_TYPE } from '../governance/event-types';

/** A parsed `governance.preview.summary` event. */
export interface AnalyticsPreviewEvent {
  id: string;
  execution_id: string;
  created_at: string;
  payload: PreviewSummaryPayload;
}

/** An executed or reversed override, as analytics reads it from its event. */
export interface AnalyticsOverrideEvent {
  id: string;
  execution_id: string;
  status: 'executed' | 'reversed';
  action: string;
  cooldown_minutes: number | null;
  reviewer_ids_before: string[];
  reviewer_ids_after: string[];
  /** The transition's full detail (lineage lives at `detail.lineage`). */
  detail: Record<string, unknown>;
  created_at: string;
}

/**
 * Newest first: `created_at` desc, then id desc (so equal timestamps still order stably). Event
 * ids are unique, so two distinct events never compare equal.
 */
export function compareAnalyticsEventsNewestFirst(a: ExecutionEvent, b: ExecutionEvent): number {
  const byTime = Date.parse(b.created_at) - Date.parse(a.created_at);
  if (byTime !== 0) return byTime;
  return a.id < b.id ? 1 : -1;
}

/**
 * The newest `limit` preview summaries of the executions (the only per-result analytics input).
 * Payloads that do not parse are skipped rather than failing the whole report.
 */
export function listAnalyticsPreviewEvents(
  events: EventLog,
  executionIds: readonly string[],
  limit: number,
): AnalyticsPreviewEvent[] {
  const scope = new Set(executionIds);
  const out: AnalyticsPreviewEvent[] = [];
  const candidates = events
    .list({ type_prefix: PREVIEW_SUMMARY_EVENT_TYPE })
    .filter((e) => e.event_type === PREVIEW_SUMMARY_EVENT_TYPE && scope.has(e.execution_id))
    .sort(compareAnalyticsEventsNewestFirst);
  for (const event of candidates) {
    if (out.length >= limit) break;
    const parsed = PreviewSummaryPayloadSchema.safeParse(event.payload);
    if (!parsed.success) continue;
    out.push({
      id: event.id,
      execution_id: event.execution_id,
      created_at: event.created_at,
      payload: parsed.data,
    });
  }
  return out;
}

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Executed and reversed override events of the executions, oldest first. */
export function listAnalyticsOverrideEvents(
  events: EventLog,
  executionIds: readonly string[],
): AnalyticsOverrideEvent[] {
  const scope = new Set(executionIds);
  const out: AnalyticsOverrideEvent[] = [];
  for (const event of events.list({ type_prefix: OVERRIDE_ACTION_EVENT_TYPE })) {
    if (event.event_type !== OVERRIDE_ACTION_EVENT_TYPE || !scope.has(event.execution_id)) continue;
    const { status, action } = event.payload;
    if (status !== 'executed' && status !== 'reversed') continue;
    const detail = (event.payload.detail ?? {}) as Record<string, unknown>;
    const minutes = event.payload.cooldown_minutes ?? detail.cooldown_minutes;
    out.push({
      id: event.id,
      execution_id: event.execution_id,
      status,
      action: typeof action === 'string' ? action : '',
      cooldown_minutes: typeof minutes === 'number' ? minutes : null,
      reviewer_ids_before: stringList(
        event.payload.reviewer_ids_before ?? detail.reviewer_ids_before,
      ),
      reviewer_ids_after: stringList(event.payload.reviewer_ids_after ?? detail.reviewer_ids_after),
      detail,
      created_at: event.created_at,
    });
  }
  return out;
}
