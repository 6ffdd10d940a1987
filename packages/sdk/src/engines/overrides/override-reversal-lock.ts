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

/** True while the override's reversal lock is held and younger than the lock TTL. */
export function isReversalLockLive(record: OverrideRecord, nowMs: number, ttlMs: number): boolean {
  if (!record.reversal_lock_token || !record.reversal_lock_acquired_at) return false;
  return nowMs - Date.parse(record.reversal_lock_acquired_at) < ttlMs;
}

/**
 * Refuse with 409 `reversal_locked` while a live lock is held. The error data names the holder
 * (`lock_holder`: id, name, email), tier and expiry (`retry_at`) so the UI can say whom to ask
 * and when to try again.
 */
export function assertReversalLockFree(ctx: OverrideEngineContext, record: OverrideRecord): void {
  if (!isReversalLockLive(record, ctx.clock.now(), ctx.lockTtlMs)) return;
  const acquiredMs = Date.parse(record.reversal_lock_acquired_at ?? '');
  throw EngineError.conflict(DOMAIN_ERROR_DETAILS.reversalLocked, {
    code: DOMAIN_ERROR_CODES.reversalLocked,
    data: {
      override_id: record.id,
      // `lock_holder` and `retry_at` are the error body's contract fields (ErrorBodySchema).
      lock_holder: governanceActorSummary(ctx.directory, record.reversal_lock_actor_id),
      tier: record.reversal_lock_tier,
      tier_level: record.reversal_lock_tier_level,
      acquired_at: record.reversal_lock_acquired_at,
      retry_at: new Date(acquiredMs + ctx.lockTtlMs).toISOString(),
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

function recordLockEvent(
  ctx: OverrideEngineContext,
  record: OverrideRecord,
  eventType: 'acquired' | 'released',
  lock: { token: string; tier: OverrideTier | null; actorId: string | null; reason: string | null },
): void {
  const event: OverrideLockEvent = {
    id: ctx.ids.next('olk'),
    override_id: record.id,
    team_id: lock.tier?.team_id ?? null,
    actor_id: lock.actorId,
    event_type: eventType,
    lock_token: lock.token,
    tier_key: lock.tier?.key ?? null,
    tier: lock.tier?.label ?? null,
    tier_level: lock.tier?.level ?? null,
    scope: lock.tier?.scope ?? null,
    reason: lock.reason,
    created_at: isoAt(ctx.clock),
    cooldown_expires_at: record.cooldown_expires_at,
    actor: governanceActorSummary(ctx.directory, lock.actorId),
  };
  ctx.store.appendLockEvent(event);
  const notice: OverrideLockNotice = {
    event,
    execution_id: record.execution_id,
    live_state: overrideLiveState(ctx, record),
  };
  for (const listener of ctx.lockListeners) listener(structuredClone(notice));
}

/**
 * Take the reversal lock for `user` (the caller has checked it is free or stale): stores the
 * token, tier and holder on the override, writes an `acquired` lock event and notifies
 * subscribers. Returns the updated record.
 */
export function acquireReversalLock(
  ctx: OverrideEngineContext,
  record: OverrideRecord,
  user: DirectoryUser,
  tier: OverrideTier,
): OverrideRecord {
  const token = ctx.ids.next('lock');
  const locked: OverrideRecord = {
    ...record,
    reversal_lock_token: token,
    reversal_lock_tier_key: tier.key,
    reversal_lock_tier: tier.label,
    reversal_lock_tier_level: tier.level,
    reversal_lock_scope: tier.scope,
    reversal_lock_actor_id: user.id,
    reversal_lock_acquired_at: isoAt(ctx.clock),
  };
  ctx.store.putOverride(locked);
  recordLockEvent(ctx, locked, 'acquired', { token, tier, actorId: user.id, reason: null });
  return locked;
}

/** Clear the reversal lock, write a `released` lock event and notify subscribers. */
export function releaseReversalLock(
  ctx: OverrideEngineContext,
  record: OverrideRecord,
  reason: string,
): OverrideRecord {
  const token = record.reversal_lock_token;
  if (!token) return record;
  const tier: OverrideTier | null = record.reversal_lock_tier_key
    ? {
        key: record.reversal_lock_tier_key,
        label: record.reversal_lock_tier ?? '',
        level: record.reversal_lock_tier_level ?? 0,
        scope: record.reversal_lock_scope ?? '',
        team_id: record.reversal_lock_scope?.startsWith('team:')
          ? record.reversal_lock_scope.slice(5)
          : null,
      }
    : null;
  const actorId = record.reversal_lock_actor_id;
  const released: OverrideRecord = {
    ...record,
    ...NO_REVERSAL_LOCK,
  };
  ctx.store.putOverride(released);
  recordLockEvent(ctx, released, 'released', { token, tier, actorId, reason });
  return released;
}
