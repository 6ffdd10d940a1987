import type { GovernanceLineageSummary } from '../../schemas/analytics/analytics-lineage-summary';
import type { ReviewerCadence } from '../../schemas/analytics/reviewer-cadence';
import type { TimelineEntry } from '../../schemas/timeline/timeline-entry';
import type { CoachingNoteRecord } from '../coaching/coaching-note-store';
import type { GovernanceDirectory } from '../governance/directory';
import type { ExecutionEvent } from '../governance/event-log';
import type { OverrideEngine } from '../overrides/override-engine';
import { overrideLineageContext } from '../overrides/override-lineage-capture';
import { governanceActorSummary } from '../overrides/override-outcome';

/** A baseline lifecycle event, with the execution of its baseline. */
export interface TimelineBaselineEvent {
  id: string;
  baseline_id: string;
  execution_id: string;
  action: string;
  notes?: string | null;
  detail: Record<string, unknown>;
  performed_by_id?: string | null;
  created_at: string;
}

const asObject = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** `override_recommendation` entry of a `governance.recommendation.override` event. */
export function recommendationTimelineEntry(event: ExecutionEvent): TimelineEntry {
  const recommendation = asObject(event.payload.recommendation) ?? {};
  return {
    entry_id: event.id,
    entry_type: 'override_recommendation',
    occurred_at: event.created_at,
    execution_id: event.execution_id,
    baseline_id: null,
    rule_key: text(event.payload.rule_key),
    action: text(recommendation.action),
    status: null,
    summary: null,
    actor: null,
    lineage: null,
    detail: {
      rule_key: text(event.payload.rule_key),
      recommendation: structuredClone(recommendation),
      reviewer_id: text(event.payload.reviewer_id),
      opted_out: event.payload.opted_out === true,
    },
  };
}

/**
 * `override_action` entry of a `governance.override.action` event: the event payload as detail,
 * with `cooldown_window_minutes` and `reversal_event` guaranteed at the top level (the seed's
 * promise), and the override's lineage in context form.
 */
export function overrideActionTimelineEntry(
  event: ExecutionEvent,
  overrides: Pick<OverrideEngine, 'store' | 'directory'>,
): TimelineEntry {
  const detail = structuredClone(event.payload);
  const nested = asObject(detail.detail);
  for (const key of ['cooldown_window_minutes', 'reversal_event', 'cooldown_expires_at']) {
    if (detail[key] == null && nested?.[key] != null) detail[key] = structuredClone(nested[key]);
  }
  const overrideId = text(event.payload.override_id);
  const lineage = overrideId ? overrides.store.getLineage(overrideId) : undefined;
  return {
    entry_id: event.id,
    entry_type: 'override_action',
    occurred_at: event.created_at,
    execution_id: event.execution_id,
    baseline_id: text(event.payload.baseline_id),
    rule_key: text(event.payload.rule_key),
    action: text(event.payload.action),
    status: text(event.payload.status),
    summary: null,
    actor: governanceActorSummary(overrides.directory, event.actor_id),
    lineage: lineage ? overrideLineageContext(lineage, overrides.directory) : null,
    detail,
  } as TimelineEntry;
}

/** `baseline_event` entry: action, notes as summary, free-form detail. */
export function baselineTimelineEntry(
  event: TimelineBaselineEvent,
  directory: GovernanceDirectory,
): TimelineEntry {
  return {
    entry_id: event.id,
    entry_type: 'baseline_event',
    occurred_at: event.created_at,
    execution_id: event.execution_id,
    baseline_id: event.baseline_id,
    rule_key: null,
    action: event.action,
    status: null,
    summary: event.notes ?? null,
    actor: governanceActorSummary(directory, event.performed_by_id),
    lineage: null,
    detail: structuredClone(event.detail),
  };
}

/** `coaching_note` entry: the note's body, state, thread and reply count. */
export function coachingTimelineEntry(
  note: CoachingNoteRecord,
  replyCount: number,
  directory: GovernanceDirectory,
): TimelineEntry {
  return {
    entry_id: note.id,
    entry_type: 'coaching_note',
    occurred_at: note.created_at,
    execution_id: note.execution_id,
    baseline_id: note.baseline_id,
    rule_key: null,
    action: null,
    status: note.moderation_state,
    summary: note.parent_id ? 'Coaching reply posted' : 'Coaching note added',
    actor: governanceActorSummary(directory, note.author_id),
    lineage: null,
    detail: {
      note_id: note.id,
      override_id: note.override_id,
      body: note.body,
      moderation_state: note.moderation_state,
      thread_root_id: note.thread_root_id,
      parent_id: note.parent_id,
      reply_count: replyCount,
      metadata: structuredClone(note.metadata),
      moderation_history: structuredClone(note.moderation_history),
    },
  };
}

/**
 * `analytics_snapshot` entry of one reviewer. Its time is the analytics run's newest input (not
 * the request time), so the entry sorts and pages like any other and keeps its id
 * until new data arrives.
 */
export function analyticsTimelineEntry(
  row: ReviewerCadence,
  asOf: string,
  lineageSummary: GovernanceLineageSummary,
  executionId: string | null,
): TimelineEntry {
  return {
    entry_id: `analytics:${row.reviewer_id}:${asOf}`,
    entry_type: 'analytics_snapshot',
    occurred_at: asOf,
    execution_id: executionId,
    baseline_id: null,
    rule_key: null,
    action: null,
    status: null,
    summary: 'Reviewer cadence snapshot',
    actor: null,
    lineage: null,
    detail: { ...structuredClone(row), lineage_summary: structuredClone(lineageSummary) },
  };
}
