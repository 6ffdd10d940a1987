import type { OverrideActionOutcome } from '../../schemas/overrides/override-action-outcome';
import type { OverrideReverseRequest } from '../../schemas/overrides/override-action-request';
import {
  DOMAIN_ERROR_CODES,
  DOMAIN_ERROR_DETAILS,
} from '../../schemas/shared/domain-error-contract';
import { type DirectoryUser, requireUser } from '../governance/directory';
import { EngineError } from '../shared/engine-error';
import { newestOverrideByUpdate } from './override-commands';
import {
  isCoolingDown,
  type OverrideEngineContext,
  requireOverrideExecution,
  resolveOverrideBaseline,
} from './override-context';
import { toOverrideOutcome } from './override-outcome';
import {
  assertReversalTier,
  OVERRIDE_EXECUTION_FORBIDDEN_DETAIL,
  type OverrideTier,
  resolveOverrideTier,
} from './override-permissions';
import { applyOverrideReversal } from './override-reversal-apply';
import {
  acquireReversalLock,
  assertReversalLockFree,
  releaseReversalLock,
} from './override-reversal-lock';
import { assertOverrideTransition } from './override-status-machine';
import type { OverrideRecord } from './override-store';

/** A held reversal lock, returned by `beginReversal`. */
export interface OverrideReversalHandle {
  token: string;
  override_id: string;
  acquired_at: string;
  /** When the lock turns stale and another operator may reclaim it. */
  expires_at: string;
}

type ReversalPlan =
  | { kind: 'replay'; outcome: OverrideActionOutcome }
  | { kind: 'reverse'; user: DirectoryUser; record: OverrideRecord; tier: OverrideTier };

// The data are the error body's contract fields (ErrorBodySchema): when the cooldown ends.
function coolingDown(record: OverrideRecord): EngineError {
  return EngineError.conflict(DOMAIN_ERROR_DETAILS.reversalCoolingDown, {
    code: DOMAIN_ERROR_CODES.reversalCoolingDown,
    data: {
      override_id: record.id,
      retry_at: record.cooldown_expires_at,
      cooldown_window_minutes: record.cooldown_window_minutes,
    },
  });
}

function validateCooldownMinutes(metadata: Record<string, unknown>): void {
  const minutes = metadata.cooldown_minutes;
  if (minutes === undefined || minutes === null) return;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes)) {
    throw EngineError.badRequest('cooldown_minutes metadata must be an integer');
  }
  if (minutes < 0) throw EngineError.badRequest('cooldown_minutes metadata must be non-negative');
}

/**
 * Every check of a reversal, in the contract's order after the route's own (user, metadata,
 * execution, baseline, access): (1) an already reversed override is refused while its cooldown
 * runs, else returned unchanged; (2) executed and reversible; (3) no running cooldown; (4) tier;
 * reassign needs a baseline; (5) no live lock held by anyone.
 */
function planReversal(
  ctx: OverrideEngineContext,
  recommendationId: string,
  request: OverrideReverseRequest,
  actingUserId: string,
): ReversalPlan {
  const user = requireUser(ctx.directory, actingUserId);
  const metadata = request.metadata ?? {};
  validateCooldownMinutes(metadata);
  requireOverrideExecution(ctx, request.execution_id);
  const requested = resolveOverrideBaseline(ctx, request.baseline_id, request.execution_id);
  const rows = ctx.store.listOverrides({
    execution_id: request.execution_id,
    recommendation_id: recommendationId,
  });
  // Not simply the newest-updated row regardless of actor: govkit prefers a row that was
  // executed, so a later colleague's "accept" does not hide the override being reversed.
  const record =
    newestOverrideByUpdate(
      rows.filter((row) => row.status === 'executed' || row.status === 'reversed'),
    ) ?? newestOverrideByUpdate(rows);
  if (!record) throw EngineError.badRequest('No override execution found to reverse');
  const baseline = requested ?? baselineOf(ctx, record);
  const tier = resolveOverrideTier(ctx.directory, user, {
    actor_id: record.actor_id,
    target_reviewer_id: record.target_reviewer_id,
    execution_id: record.execution_id,
    baseline_team_id: baseline?.team_id ?? null,
  });
  if (!tier) throw EngineError.forbidden(OVERRIDE_EXECUTION_FORBIDDEN_DETAIL);
  const now = ctx.clock.now();
  if (record.status === 'reversed') {
    if (isCoolingDown(record, now)) throw coolingDown(record);
    return { kind: 'replay', outcome: toOverrideOutcome(ctx, record) };
  }
  if (record.status !== 'executed') {
    throw EngineError.badRequest('Only executed overrides can be reversed');
  }
  if (!record.reversible) {
    throw EngineError.badRequest('Override execution is not marked as reversible');
  }
  if (isCoolingDown(record, now)) throw coolingDown(record);
  assertReversalTier(tier, record.action);
  if (record.action === 'reassign' && !baseline) {
    throw EngineError.badRequest('Reassign reversals require baseline context');
  }
  assertOverrideTransition(record.status, 'reversed');
  assertReversalLockFree(ctx, record);
  return { kind: 'reverse', user, record, tier };
}

function baselineOf(ctx: OverrideEngineContext, record: OverrideRecord) {
  return record.baseline_id ? ctx.baselines.getBaseline(record.baseline_id) : undefined;
}

/**
 * Run every reversal check and take the reversal lock. While the handle's lock is live (300 s by
 * default) every other reversal of the override is refused with 409 `reversal_locked`. Finish
 * with `completeReversal`, or give up with `abortReversal`. An already reversed override (no
 * running cooldown) yields `{ replay }` instead of a handle.
 */
export function beginOverrideReversal(
  ctx: OverrideEngineContext,
  actingUserId: string,
  recommendationId: string,
  request: OverrideReverseRequest,
): { handle: OverrideReversalHandle } | { replay: OverrideActionOutcome } {
  const plan = planReversal(ctx, recommendationId, request, actingUserId);
  if (plan.kind === 'replay') return { replay: plan.outcome };
  const {
    record: locked,
    token,
    acquiredAt,
  } = acquireReversalLock(ctx, plan.record, plan.user, plan.tier);
  ctx.pendingReversals.set(token, {
    override_id: locked.id,
    actor_id: plan.user.id,
    request: structuredClone(request),
  });
  return {
    handle: {
      token,
      override_id: locked.id,
      acquired_at: acquiredAt,
      expires_at: new Date(Date.parse(acquiredAt) + ctx.lockTtlMs).toISOString(),
    },
  };
}

function lockLost(): EngineError {
  return EngineError.conflict(DOMAIN_ERROR_DETAILS.reversalLocked, {
    code: DOMAIN_ERROR_CODES.reversalLocked,
    data: { reason: 'lock_lost' },
  });
}

/**
 * Finish a reversal begun with `beginOverrideReversal`: apply the inverse effect, store the
 * reversal event (diff, cooldown), release the lock and append one `governance.override.action`
 * event. A token whose lock was reclaimed after expiry is refused with 409 `reversal_locked`.
 */
export function completeOverrideReversal(
  ctx: OverrideEngineContext,
  token: string,
): OverrideActionOutcome {
  const pending = ctx.pendingReversals.get(token);
  const record = pending ? ctx.store.getOverride(pending.override_id) : undefined;
  if (!pending || !record || record.reversal_lock_token !== token) {
    ctx.pendingReversals.delete(token);
    throw lockLost();
  }
  ctx.pendingReversals.delete(token);
  return applyOverrideReversal(ctx, record, token, pending.actor_id, pending.request);
}

/** Give up a begun reversal: the lock is released (if still ours) and nothing else changes. */
export function abortOverrideReversal(ctx: OverrideEngineContext, token: string): void {
  const pending = ctx.pendingReversals.get(token);
  ctx.pendingReversals.delete(token);
  const record = pending ? ctx.store.getOverride(pending.override_id) : undefined;
  if (record && record.reversal_lock_token === token) {
    releaseReversalLock(ctx, record, token, 'aborted');
  }
}

/** `beginOverrideReversal` + `completeOverrideReversal` in one call (the HTTP `reverse`). */
export function reverseOverride(
  ctx: OverrideEngineContext,
  actingUserId: string,
  recommendationId: string,
  request: OverrideReverseRequest,
): OverrideActionOutcome {
  const begun = beginOverrideReversal(ctx, actingUserId, recommendationId, request);
  if ('replay' in begun) return begun.replay;
  try {
    return completeOverrideReversal(ctx, begun.handle.token);
  } catch (error) {
    abortOverrideReversal(ctx, begun.handle.token);
    throw error;
  }
}
