import type {
  OverrideLiveState,
  OverrideLockEvent,
} from '../../schemas/overrides/override-live-state';
import {
  DOMAIN_ERROR_CODES,
  DOMAIN_ERROR_DETAILS,
} from '../../schemas/shared/domain-error-contract';
import type { DirectoryUser } from '../governance/directory';
import { isoAt } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import type { OverrideEngineContext } from './override-context';
import type { OverrideLockNotice } from './override-lock-notice';
import { governanceActorSummary } from './override-outcome';
import { type OverrideTier, overrideEscalationPrompt } from './override-permissions';
import type { OverrideRecord } from './override-store';

/** The reversal-lock columns of an override that no reversal holds. */
export const NO_REVERSAL_LOCK = {
  reversal_lock_token: null,
  reversal_lock_tier_key: null,
  reversal_lock_tier: null,
  reversal_lock_tier_level: null,
  reversal_lock_scope: null,
  reversal_lock_actor_id: null,
  reversal_lock_acquired_at: null,
} as const satisfies Partial<OverrideRecord>;

/** When the override's held reversal lock expires (epoch ms), or null when no live lock is held. */
export function reversalLockExpiryMs(
  record: OverrideRecord,
  nowMs: number,
  ttlMs: number,
): number | null {
  if (!record.reversal_lock_token || !record.reversal_lock_acquired_at) return null;
  const expiresMs = Date.parse(record.reversal_lock_acquired_at) + ttlMs;
  return nowMs < expiresMs ? expiresMs : null;
}

/** True while the override's reversal lock is held and younger than the lock TTL. */
export function isReversalLockLive(record: OverrideRecord, nowMs: number, ttlMs: number): boolean {
  return reversalLockExpiryMs(record, nowMs, ttlMs) !== null;
}

/**
 * Refuse with 409 `reversal_locked` while a live lock is held. The error data names the holder
 * (`lock_holder`: id, name, email), tier and expiry (`retry_at`) so the UI can say whom to ask
 * and when to try again.
 */
export function assertReversalLockFree(ctx: OverrideEngineContext, record: OverrideRecord): void {
  const expiresMs = reversalLockExpiryMs(record, ctx.clock.now(), ctx.lockTtlMs);
  if (expiresMs === null) return;
  throw EngineError.conflict(DOMAIN_ERROR_DETAILS.reversalLocked, {
    code: DOMAIN_ERROR_CODES.reversalLocked,
    data: {
      override_id: record.id,
      // `lock_holder` and `retry_at` are the error body's contract fields (ErrorBodySchema).
      lock_holder: governanceActorSummary(ctx.directory, record.reversal_lock_actor_id),
      tier: record.reversal_lock_tier,
      tier_level: record.reversal_lock_tier_level,
      acquired_at: record.reversal_lock_acquired_at,
      retry_at: new Date(expiresMs).toISOString(),
    },
  });
}

/** The override's live lock and cooldown (the stream's `LiveState`). */
export function overrideLiveState(
  ctx: OverrideEngineContext,
  record: OverrideRecord,
): OverrideLiveState {
  const now = ctx.clock.now();
  const live = isReversalLockLive(record, now, ctx.lockTtlMs);
  const expiresMs = record.cooldown_expires_at ? Date.parse(record.cooldown_expires_at) : null;
  return {
    override_id: record.id,
    recommendation_id: record.recommendation_id,
    execution_id: record.execution_id,
    execution_hash: record.execution_hash,
    lock: live
      ? {
          token: record.reversal_lock_token,
          tier: record.reversal_lock_tier,
          tier_key: record.reversal_lock_tier_key,
          tier_level: record.reversal_lock_tier_level,
          scope: record.reversal_lock_scope,
          acquired_at: record.reversal_lock_acquired_at,
          actor: governanceActorSummary(ctx.directory, record.reversal_lock_actor_id),
          escalation_prompt: overrideEscalationPrompt({
            label: record.reversal_lock_tier ?? 'operator',
            level: record.reversal_lock_tier_level ?? 0,
          }),
        }
      : null,
    cooldown:
      record.cooldown_expires_at && expiresMs !== null
        ? {
            expires_at: record.cooldown_expires_at,
            window_minutes: record.cooldown_window_minutes,
            remaining_seconds: Math.max(0, Math.ceil((expiresMs - now) / 1000)),
          }
        : null,
  };
}

/**
 * Write a lock event from the lock columns of `holder` (the record while it holds the lock) and
 * notify subscribers with the live state of `current` (the record after the change). The team of a
 * team-tier lock is read back from its `team:{team_id}` scope, so acquire and release agree.
 */
function recordLockEvent(
  ctx: OverrideEngineContext,
  holder: OverrideRecord & { reversal_lock_token: string },
  current: OverrideRecord,
  eventType: 'acquired' | 'released',
  reason: string | null,
): void {
  const scope = holder.reversal_lock_scope;
  const event: OverrideLockEvent = {
    id: ctx.ids.next('olk'),
    override_id: holder.id,
    team_id: scope?.startsWith('team:') ? scope.slice('team:'.length) : null,
    actor_id: holder.reversal_lock_actor_id,
    event_type: eventType,
    lock_token: holder.reversal_lock_token,
    tier_key: holder.reversal_lock_tier_key,
    tier: holder.reversal_lock_tier,
    tier_level: holder.reversal_lock_tier_level,
    scope,
    reason,
    created_at: isoAt(ctx.clock),
    cooldown_expires_at: current.cooldown_expires_at,
    actor: governanceActorSummary(ctx.directory, holder.reversal_lock_actor_id),
  };
  ctx.store.appendLockEvent(event);
  const notice: OverrideLockNotice = {
    event,
    execution_id: current.execution_id,
    live_state: overrideLiveState(ctx, current),
  };
  for (const listener of ctx.lockListeners) listener(structuredClone(notice));
}

/** The lock an override holds after `acquireReversalLock`. */
export interface AcquiredReversalLock {
  record: OverrideRecord & { reversal_lock_token: string; reversal_lock_acquired_at: string };
  token: string;
  acquiredAt: string;
}

/**
 * Take the reversal lock for `user` (the caller has checked it is free or stale): stores the
 * token, tier and holder on the override, writes an `acquired` lock event and notifies
 * subscribers.
 */
export function acquireReversalLock(
  ctx: OverrideEngineContext,
  record: OverrideRecord,
  user: DirectoryUser,
  tier: OverrideTier,
): AcquiredReversalLock {
  const token = ctx.ids.next('lock');
  const acquiredAt = isoAt(ctx.clock);
  const locked = {
    ...record,
    reversal_lock_token: token,
    reversal_lock_tier_key: tier.key,
    reversal_lock_tier: tier.label,
    reversal_lock_tier_level: tier.level,
    reversal_lock_scope: tier.scope,
    reversal_lock_actor_id: user.id,
    reversal_lock_acquired_at: acquiredAt,
  };
  ctx.store.putOverride(locked);
  recordLockEvent(ctx, locked, locked, 'acquired', null);
  return { record: locked, token, acquiredAt };
}

/**
 * Clear the lock held with `token`, write a `released` lock event and notify subscribers. The
 * caller has checked that `record` holds that token.
 */
export function releaseReversalLock(
  ctx: OverrideEngineContext,
  record: OverrideRecord,
  token: string,
  reason: string,
): OverrideRecord {
  const released: OverrideRecord = { ...record, ...NO_REVERSAL_LOCK };
  ctx.store.putOverride(released);
  recordLockEvent(ctx, { ...record, reversal_lock_token: token }, released, 'released', reason);
  return released;
}
