import type { OverrideActionOutcome } from '../../schemas/overrides/override-action-outcome';
import {
  OVERRIDE_REASSIGN_CONTEXT_DETAIL,
  type OverrideActionRequest,
} from '../../schemas/overrides/override-action-request';
import type { OverrideLineageRequest } from '../../schemas/overrides/override-lineage';
import {
  DOMAIN_ERROR_CODES,
  DOMAIN_ERROR_DETAILS,
} from '../../schemas/shared/domain-error-contract';
import { requireUser } from '../governance/directory';
import { isoAt } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import type { OverrideBaselineEffect } from './override-baseline-gateway';
import {
  appendOverrideActionEvent,
  type OverrideEngineContext,
  requireOverrideExecution,
  resolveOverrideBaseline,
} from './override-context';
import { captureOverrideLineage, overrideLineageDetail } from './override-lineage-capture';
import { toOverrideOutcome } from './override-outcome';
import {
  hasOverrideWriteAccess,
  OVERRIDE_EXECUTION_FORBIDDEN_DETAIL,
} from './override-permissions';
import { NO_REVERSAL_LOCK } from './override-reversal-lock';
import { assertOverrideTransition, OVERRIDE_COMMAND_TARGETS } from './override-status-machine';
import type { OverrideRecord } from './override-store';
import { computeOverrideExecutionHash } from './sorted-json';

/** The three lineage-carrying override writes. */
export type OverrideWriteCommand = 'accept' | 'decline' | 'execute';

/**
 * Engine input of accept/decline/execute: the parsed request, except that `lineage` may be
 * missing so the engine itself can answer the contract's 422 `lineage_required`.
 */
export type OverrideActionInput = Omit<OverrideActionRequest, 'lineage' | 'metadata'> & {
  lineage?: Partial<OverrideLineageRequest> | null;
  metadata?: Record<string, unknown>;
};

/** Python-like truthiness for `metadata.reversible`, except that "false"/"0"/"no" are false. */
export function isOverrideFlagTruthy(value: unknown): boolean {
  if (typeof value === 'string') return !['', 'false', '0', 'no'].includes(value.toLowerCase());
  if (typeof value === 'number') return value !== 0;
  return value === true;
}

function validateLineage(input: OverrideActionInput): OverrideLineageRequest {
  const lineage = input.lineage;
  if (!lineage) {
    throw EngineError.unprocessable(DOMAIN_ERROR_DETAILS.lineageRequired, {
      code: DOMAIN_ERROR_CODES.lineageRequired,
    });
  }
  if (!lineage.scenario_id && !lineage.notebook_entry_id) {
    throw EngineError.unprocessable(DOMAIN_ERROR_DETAILS.lineageProvenance, {
      code: DOMAIN_ERROR_CODES.lineageRequired,
    });
  }
  return { ...lineage, metadata: { ...(lineage.metadata ?? {}) } };
}

/** The newest override for (recommendation, actor, execution): the row a write reuses. */
export function findActorOverride(
  ctx: OverrideEngineContext,
  recommendationId: string,
  actorId: string,
  executionId: string,
): OverrideRecord | undefined {
  const rows = ctx.store
    .listOverrides({ execution_id: executionId, recommendation_id: recommendationId })
    .filter((row) => row.actor_id === actorId);
  return newestOverrideByUpdate(rows);
}

/** The row updated last (insertion order breaks ties). */
export function newestOverrideByUpdate(rows: OverrideRecord[]): OverrideRecord | undefined {
  let newest: OverrideRecord | undefined;
  for (const row of rows) {
    if (!newest || Date.parse(row.updated_at) >= Date.parse(newest.updated_at)) newest = row;
  }
  return newest;
}

/**
 * Accept, decline or execute a recommendation for an execution.
 *
 * Checks, in order (each refusal changes nothing): acting user (401); lineage (422
 * `lineage_required`); reassign context (422); execution (404); baseline (404, or 400 when it
 * belongs to another execution); access (403); target reviewer (404). A write whose
 * `execution_hash` the row already holds is an idempotent repeat (returned unchanged, no event);
 * otherwise the status machine must allow the move (409 `illegal_transition`). Then lineage is
 * captured, the row written, the baseline effect applied and one `governance.override.action`
 * event appended.
 */
export function applyOverrideCommand(
  ctx: OverrideEngineContext,
  command: OverrideWriteCommand,
  actingUserId: string,
  recommendationId: string,
  input: OverrideActionInput,
): OverrideActionOutcome {
  const user = requireUser(ctx.directory, actingUserId);
  const lineage = validateLineage(input);
  if (input.action === 'reassign' && !(input.baseline_id && input.target_reviewer_id)) {
    throw EngineError.unprocessable(OVERRIDE_REASSIGN_CONTEXT_DETAIL);
  }
  requireOverrideExecution(ctx, input.execution_id);
  const baseline = resolveOverrideBaseline(ctx, input.baseline_id, input.execution_id);
  const baselineTeamId = baseline?.team_id ?? null;
  if (!hasOverrideWriteAccess(ctx.directory, user, input.execution_id, baselineTeamId)) {
    throw EngineError.forbidden(OVERRIDE_EXECUTION_FORBIDDEN_DETAIL);
  }
  const targetReviewerId = input.target_reviewer_id ?? null;
  if (targetReviewerId && !ctx.directory.getUser(targetReviewerId)) {
    throw EngineError.notFound('Target reviewer not found');
  }

  const metadata = Object.fromEntries(
    Object.entries(input.metadata ?? {}).filter(([, v]) => v !== null && v !== undefined),
  );
  const status = OVERRIDE_COMMAND_TARGETS[command];
  const existing = findActorOverride(ctx, recommendationId, user.id, input.execution_id);
  const executionHash = computeOverrideExecutionHash({
    recommendation_id: recommendationId,
    actor_id: user.id,
    action: input.action,
    status,
    execution_id: input.execution_id,
    baseline_id: input.baseline_id ?? null,
    target_reviewer_id: targetReviewerId,
    metadata,
  });
  if (existing && existing.execution_hash === executionHash)
    return toOverrideOutcome(ctx, existing);
  assertOverrideTransition(existing?.status ?? 'new', status);

  // Everything is validated: from here on the command succeeds.
  const now = isoAt(ctx.clock);
  const overrideId = existing?.id ?? ctx.ids.next('ovr');
  const lineageRow = captureOverrideLineage({
    catalog: ctx.catalog,
    rowId: ctx.store.getLineage(overrideId)?.id ?? ctx.ids.next('olin'),
    overrideId,
    lineage,
    capturedById: user.id,
    capturedAt: now,
  });
  const lineageDetail = overrideLineageDetail(lineageRow);
  const reversible =
    command === 'execute'
      ? isOverrideFlagTruthy(metadata.reversible)
      : (existing?.reversible ?? false);
  const notes = input.notes ?? null;
  const baselineId = input.baseline_id ?? null;

  let detail: Record<string, unknown>;
  let effect: OverrideBaselineEffect | undefined;
  if (command === 'accept') {
    detail = { baseline_id: baselineId, target_reviewer_id: targetReviewerId, notes };
  } else if (command === 'decline') {
    detail = { baseline_id: baselineId, notes };
  } else if (input.action === 'reassign' && baseline && targetReviewerId) {
    const before = [...baseline.reviewer_ids];
    const changed = !before.includes(targetReviewerId);
    const after = changed ? [...before, targetReviewerId] : [...before];
    detail = {
      recommendation_id: recommendationId,
      target_reviewer_id: targetReviewerId,
      changed,
      reviewer_ids_before: before,
      reviewer_ids_after: after,
      baseline_id: baselineId,
      reversible,
    };
    effect = {
      baseline_id: baseline.id,
      reviewer_ids: after,
      action: 'override_reassign',
      notes,
      detail,
      performed_by_id: user.id,
    };
  } else if (input.action === 'cooldown') {
    const minutes = metadata.cooldown_minutes;
    detail = {
      recommendation_id: recommendationId,
      cooldown_minutes: typeof minutes === 'number' ? minutes : null,
      notes,
      baseline_id: baselineId,
      target_reviewer_id: targetReviewerId,
      reversible,
    };
    if (baseline) {
      effect = {
        baseline_id: baseline.id,
        action: 'override_cooldown',
        notes,
        detail,
        performed_by_id: user.id,
      };
    }
  } else {
    const urgency = metadata.urgency;
    detail = {
      recommendation_id: recommendationId,
      target_reviewer_id: targetReviewerId,
      notes,
      urgency: typeof urgency === 'string' ? urgency : null,
      baseline_id: baselineId,
      reversible,
    };
  }
  detail.execution_hash = executionHash;
  detail.lineage = lineageDetail;

  const record: OverrideRecord = {
    id: overrideId,
    recommendation_id: recommendationId,
    actor_id: user.id,
    action: input.action,
    status,
    execution_id: input.execution_id,
    baseline_id: baselineId,
    target_reviewer_id: targetReviewerId,
    reversible,
    notes,
    metadata,
    execution_hash: executionHash,
    detail_snapshot: detail,
    reversal_metadata: existing?.reversal_metadata ?? null,
    cooldown_expires_at: existing?.cooldown_expires_at ?? null,
    cooldown_window_minutes: existing?.cooldown_window_minutes ?? null,
    ...NO_REVERSAL_LOCK,
    created_at: existing?.created_at ?? now,
    updated_at: now,
  };
  ctx.store.putLineage(lineageRow);
  ctx.store.putOverride(record);
  if (effect) ctx.baselines.applyOverrideEffect({ ...effect, detail: structuredClone(detail) });
  appendOverrideActionEvent(ctx, record, user.id);
  return toOverrideOutcome(ctx, record);
}
