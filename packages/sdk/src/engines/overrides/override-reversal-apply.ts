import type { OverrideActionOutcome } from '../../schemas/overrides/override-action-outcome';
import type { OverrideReverseRequest } from '../../schemas/overrides/override-action-request';
import type { OverrideReversalRecord } from '../../schemas/overrides/override-reversal-event';
import { isoAt } from '../shared/clock';
import type { OverrideBaselineEffect, OverrideBaselineRef } from './override-baseline-gateway';
import { appendOverrideActionEvent, type OverrideEngineContext } from './override-context';
import { toOverrideOutcome, toOverrideReversalEvent } from './override-outcome';
import { releaseReversalLock } from './override-reversal-lock';
import type { OverrideRecord } from './override-store';
import { computeOverrideExecutionHash, diffTopLevel } from './sorted-json';

/**
 * The inverse of an executed override: a reassign removes its target from the baseline's
 * reviewers; a cooldown or escalation only changes the detail.
 */
function inverseEffect(
  record: OverrideRecord,
  baseline: OverrideBaselineRef | undefined,
  request: OverrideReverseRequest,
): { detail: Record<string, unknown>; reviewerIds?: string[] } {
  const previous = record.detail_snapshot;
  const notes = request.notes ?? null;
  if (record.action === 'reassign' && baseline) {
    const before = [...baseline.reviewer_ids];
    const after = before.filter((id) => id !== record.target_reviewer_id);
    const detail = {
      changed: after.length !== before.length,
      reviewer_ids_before: before,
      reviewer_ids_after: after,
    };
    return { detail, reviewerIds: after };
  }
  if (record.action === 'cooldown') {
    return {
      detail: {
        cooldown_minutes: previous.cooldown_minutes ?? null,
        notes,
        execution_id: record.execution_id,
      },
    };
  }
  return { detail: { urgency: previous.urgency ?? null, notes } };
}

/**
 * Apply a validated, locked reversal: inverse effect, reversal event (JSON diff between the
 * executed detail and the reversal output, cooldown expiry and window), lock release, baseline
 * effect and one `governance.override.action` event. Callers have run every check (`record` holds
 * the lock `lockToken`); nothing here can refuse.
 */
export function applyOverrideReversal(
  ctx: OverrideEngineContext,
  record: OverrideRecord,
  lockToken: string,
  actorId: string,
  request: OverrideReverseRequest,
): OverrideActionOutcome {
  const now = isoAt(ctx.clock);
  const metadata = structuredClone(request.metadata ?? {});
  const baselineId = request.baseline_id ?? record.baseline_id;
  const baseline = baselineId ? ctx.baselines.getBaseline(baselineId) : undefined;
  const inverse = inverseEffect(record, baseline, request);
  const minutes = typeof metadata.cooldown_minutes === 'number' ? metadata.cooldown_minutes : null;
  const cooldownExpiresAt =
    minutes === null ? null : new Date(ctx.clock.now() + minutes * 60_000).toISOString();
  const executionHash = computeOverrideExecutionHash({
    recommendation_id: record.recommendation_id,
    actor_id: actorId,
    action: record.action,
    status: 'reversed',
    execution_id: record.execution_id,
    baseline_id: baselineId,
    target_reviewer_id: record.target_reviewer_id,
    metadata,
  });
  const previous = structuredClone(record.detail_snapshot);
  const current: Record<string, unknown> = {
    ...inverse.detail,
    recommendation_id: record.recommendation_id,
    baseline_id: baselineId,
    target_reviewer_id: record.target_reviewer_id,
    execution_hash: executionHash,
    reversal: true,
    reversal_notes: request.notes ?? null,
    ...(previous.lineage ? { lineage: structuredClone(previous.lineage) } : {}),
    reversal_metadata: metadata,
    cooldown_expires_at: cooldownExpiresAt,
    cooldown_window_minutes: minutes,
  };
  const reversalRow: OverrideReversalRecord = {
    id: ctx.store.getReversal(record.id)?.id ?? ctx.ids.next('orv'),
    override_id: record.id,
    baseline_id: baselineId,
    reversed_by_id: actorId,
    detail: {
      previous_detail: previous,
      current_detail: current,
      diffs: diffTopLevel(previous, current),
    },
    metadata,
    cooldown_expires_at: cooldownExpiresAt,
    cooldown_window_minutes: minutes,
    created_at: now,
  };
  const reversalEvent = toOverrideReversalEvent(reversalRow, ctx.directory);
  const reversed: OverrideRecord = {
    ...record,
    status: 'reversed',
    execution_hash: executionHash,
    detail_snapshot: { ...current, reversal_event: reversalEvent },
    reversal_metadata: metadata,
    cooldown_expires_at: cooldownExpiresAt,
    cooldown_window_minutes: minutes,
    updated_at: now,
  };
  ctx.store.putReversal(reversalRow);
  const released = releaseReversalLock(ctx, reversed, lockToken, 'completed');
  if (baseline && (record.action === 'reassign' || record.action === 'cooldown')) {
    const effect: OverrideBaselineEffect = {
      baseline_id: baseline.id,
      action:
        record.action === 'reassign' ? 'override_reassign_reversed' : 'override_cooldown_reversed',
      notes: request.notes ?? null,
      detail: structuredClone(released.detail_snapshot),
      performed_by_id: actorId,
      ...(inverse.reviewerIds ? { reviewer_ids: inverse.reviewerIds } : {}),
    };
    ctx.baselines.applyOverrideEffect(effect);
  }
  appendOverrideActionEvent(ctx, released, actorId);
  return toOverrideOutcome(ctx, released);
}
