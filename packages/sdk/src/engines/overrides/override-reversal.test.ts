import { describe, expect, it } from 'vitest';
import { OVERRIDE_ACTION_EVENT_TYPE } from '../governance/event-types';
import { refusal } from '../shared/fixtures/refusal';
import {
  createOverrideWorld,
  overrideRequest,
  WORLD_RECOMMENDATION as REC,
  WORLD_USERS as U,
} from './fixtures/override-world';
import type { OverrideLockNotice } from './override-lock-notice';

const detailOf = (event: { payload: Record<string, unknown> } | undefined) =>
  (event?.payload.detail ?? {}) as Record<string, unknown>;

const COOLING = 'Override reversal is cooling down and cannot be retried yet';
const LOCKED = 'Override reversal is already being processed by another operator';

function executedWorld(action: 'reassign' | 'cooldown' | 'escalate' = 'reassign') {
  const world = createOverrideWorld();
  const executed = world.overrides.execute(U.actor, REC, overrideRequest(action));
  world.clock.advance(60_000);
  return { world, executed };
}

describe('reverse', () => {
  it('reverses a reassign: removes the reviewer, stores the reversal event and cooldown', () => {
    const { world, executed } = executedWorld('reassign');
    const outcome = world.overrides.reverse(U.manager, REC, {
      execution_id: 'exe-1',
      notes: 'undo',
      metadata: { cooldown_minutes: 30, source: 'console' },
    });
    expect(outcome).toMatchObject({
      id: executed.id,
      status: 'reversed',
      cooldown_window_minutes: 30,
      cooldown_expires_at: '2025-01-01T00:31:00.000Z',
      reversal_lock_token: null,
    });
    expect(world.baselines.getBaseline('bl-1')?.reviewer_ids).toEqual([U.reviewer]);
    expect(world.baselines.listEffects().map((e) => e.action)).toEqual([
      'override_reassign',
      'override_reassign_reversed',
    ]);
    const reversal = outcome.reversal_event;
    expect(reversal).toMatchObject({
      override_id: executed.id,
      baseline_id: 'bl-1',
      actor: { id: U.manager, name: 'Manager', email: 'manager@biolabs.test' },
      cooldown_expires_at: '2025-01-01T00:31:00.000Z',
      cooldown_window_minutes: 30,
      metadata: { cooldown_minutes: 30, source: 'console' },
    });
    const keys = reversal?.diffs.map((d) => d.key) ?? [];
    expect(keys).toEqual([...keys].sort());
    expect(reversal?.diffs).toContainEqual({
      key: 'reviewer_ids_after',
      before: [U.reviewer, U.target],
      after: [U.reviewer],
    });
    expect(reversal?.diffs).toContainEqual({ key: 'reversal', before: null, after: true });
    expect(reversal?.diffs.some((d) => d.key === 'lineage')).toBe(false);
    const event = world.events.list({ type_prefix: OVERRIDE_ACTION_EVENT_TYPE }).at(-1);
    expect(event?.payload).toMatchObject({
      status: 'reversed',
      cooldown_window_minutes: 30,
      reversal: true,
      reversal_notes: 'undo',
    });
    expect(detailOf(event).cooldown_window_minutes).toBe(30);
  });

  it('refuses a retry during the cooldown with 409, then replays without a new event', () => {
    const { world } = executedWorld('escalate');
    const first = world.overrides.reverse(U.actor, REC, {
      execution_id: 'exe-1',
      metadata: { cooldown_minutes: 5 },
    });
    const error = refusal(() =>
      world.overrides.reverse(U.admin, REC, { execution_id: 'exe-1', metadata: {} }),
    );
    expect([error.status, error.detail, error.code]).toEqual([
      409,
      COOLING,
      'reversal_cooling_down',
    ]);
    // The refusal says when the cooldown ends, so a client can count down without asking again.
    expect(error.data).toMatchObject({
      retry_at: first.cooldown_expires_at,
      cooldown_window_minutes: 5,
    });
    world.clock.advance(5 * 60_000 - 1);
    expect(
      refusal(() => world.overrides.reverse(U.admin, REC, { execution_id: 'exe-1', metadata: {} }))
        .status,
    ).toBe(409);
    world.clock.advance(1);
    const count = world.events.list().length;
    expect(world.overrides.reverse(U.admin, REC, { execution_id: 'exe-1', metadata: {} })).toEqual(
      first,
    );
    expect(world.events.list()).toHaveLength(count);
  });

  it('without cooldown_minutes leaves no cooldown', () => {
    const { world } = executedWorld('cooldown');
    const outcome = world.overrides.reverse(U.lead, REC, { execution_id: 'exe-1', metadata: {} });
    expect(outcome.cooldown_expires_at).toBeNull();
    expect(outcome.cooldown_window_minutes).toBeNull();
    expect(outcome.reversal_event?.current_detail).toMatchObject({
      cooldown_minutes: 45,
      execution_id: 'exe-1',
    });
  });

  it('refuses what is not executed or not reversible', () => {
    const world = createOverrideWorld();
    expect(
      refusal(() => world.overrides.reverse(U.admin, REC, { execution_id: 'exe-1', metadata: {} }))
        .detail,
    ).toBe('No override execution found to reverse');
    world.overrides.accept(U.actor, REC, overrideRequest('escalate'));
    expect(
      refusal(() => world.overrides.reverse(U.admin, REC, { execution_id: 'exe-1', metadata: {} }))
        .detail,
    ).toBe('Only executed overrides can be reversed');
    world.overrides.execute(U.actor, REC, overrideRequest('escalate', { metadata: {} }));
    const error = refusal(() =>
      world.overrides.reverse(U.admin, REC, { execution_id: 'exe-1', metadata: {} }),
    );
    expect([error.status, error.detail]).toEqual([
      400,
      'Override execution is not marked as reversible',
    ]);
  });

  it('validates cooldown_minutes', () => {
    const { world } = executedWorld('escalate');
    const bad = (metadata: Record<string, unknown>) =>
      refusal(() => world.overrides.reverse(U.admin, REC, { execution_id: 'exe-1', metadata }))
        .detail;
    expect(bad({ cooldown_minutes: 1.5 })).toBe('cooldown_minutes metadata must be an integer');
    expect(bad({ cooldown_minutes: -1 })).toBe('cooldown_minutes metadata must be non-negative');
  });
});

describe('reversal lock', () => {
  it('holds the lock between begin and complete and refuses others with the holder named', () => {
    const { world, executed } = executedWorld('escalate');
    const notices: OverrideLockNotice[] = [];
    world.overrides.onLockEvent((notice) => notices.push(notice));
    const begun = world.overrides.beginReversal(U.actor, REC, {
      execution_id: 'exe-1',
      metadata: {},
    });
    if (!('handle' in begun)) throw new Error('expected a handle');
    expect(begun.handle.expires_at).toBe('2025-01-01T00:06:00.000Z');
    const live = world.overrides.liveState(executed.id);
    expect(live?.lock).toMatchObject({
      token: begun.handle.token,
      tier: 'override_actor',
      tier_key: 'override_actor',
      tier_level: 80,
      scope: 'override',
      actor: { id: U.actor, name: 'Actor', email: 'actor@biolabs.test' },
      escalation_prompt: 'Override Actor · Level 80 lock engaged',
    });
    const before = world.store.dump();
    const error = refusal(() =>
      world.overrides.reverse(U.admin, REC, { execution_id: 'exe-1', metadata: {} }),
    );
    expect([error.status, error.detail, error.code]).toEqual([409, LOCKED, 'reversal_locked']);
    expect(error.data).toMatchObject({
      lock_holder: { id: U.actor, name: 'Actor' },
      retry_at: '2025-01-01T00:06:00.000Z',
    });
    expect(world.store.dump()).toEqual(before);
    const outcome = world.overrides.completeReversal(begun.handle.token);
    expect(outcome.status).toBe('reversed');
    expect(world.overrides.liveState(executed.id)?.lock).toBeNull();
    expect(notices.map((n) => n.event.event_type)).toEqual(['acquired', 'released']);
    expect(notices[0]?.live_state.lock?.token).toBe(begun.handle.token);
    expect(notices[1]?.live_state.lock).toBeNull();
    expect(world.store.listLockEvents(executed.id).map((e) => e.event_type)).toEqual([
      'acquired',
      'released',
    ]);
  });

  it('lets another operator reclaim a stale lock after 300 s and refuses the stale token', () => {
    const { world } = executedWorld('escalate');
    const begun = world.overrides.beginReversal(U.actor, REC, {
      execution_id: 'exe-1',
      metadata: {},
    });
    if (!('handle' in begun)) throw new Error('expected a handle');
    world.clock.advance(299_999);
    expect(
      refusal(() => world.overrides.reverse(U.admin, REC, { execution_id: 'exe-1', metadata: {} }))
        .code,
    ).toBe('reversal_locked');
    world.clock.advance(1);
    const reclaimed = world.overrides.beginReversal(U.admin, REC, {
      execution_id: 'exe-1',
      metadata: {},
    });
    expect('handle' in reclaimed).toBe(true);
    const stale = refusal(() => world.overrides.completeReversal(begun.handle.token));
    expect([stale.status, stale.code]).toEqual([409, 'reversal_locked']);
    if ('handle' in reclaimed)
      expect(world.overrides.completeReversal(reclaimed.handle.token).status).toBe('reversed');
  });

  it('records who held the lock, at which tier and team, on both lock events', () => {
    const { world, executed } = executedWorld('escalate');
    world.overrides.reverse(U.manager, REC, { execution_id: 'exe-1', metadata: {} });
    const teamEvents = world.store.listLockEvents(executed.id);
    expect(teamEvents.map((e) => [e.event_type, e.reason])).toEqual([
      ['acquired', null],
      ['released', 'completed'],
    ]);
    for (const event of teamEvents) {
      expect(event).toMatchObject({
        team_id: 'team-1',
        actor_id: U.manager,
        tier_key: 'team:manager',
        tier: 'manager',
        tier_level: 60,
        scope: 'team:team-1',
        lock_token: teamEvents[0]?.lock_token,
        actor: { id: U.manager, name: 'Manager' },
      });
    }

    const admin = executedWorld('escalate');
    const begun = admin.world.overrides.beginReversal(U.admin, REC, {
      execution_id: 'exe-1',
      metadata: {},
    });
    if (!('handle' in begun)) throw new Error('expected a handle');
    expect(admin.world.overrides.liveState(admin.executed.id)?.lock?.escalation_prompt).toBe(
      'Admin · Level 100 lock engaged',
    );
    admin.world.overrides.abortReversal(begun.handle.token);
    const adminEvents = admin.world.store.listLockEvents(admin.executed.id);
    expect(adminEvents.map((e) => [e.event_type, e.reason, e.team_id, e.scope, e.tier])).toEqual([
      ['acquired', null, null, 'global', 'admin'],
      ['released', 'aborted', null, 'global', 'admin'],
    ]);
  });

  it('names the holder of a lock row that a custom store kept without its tier columns', () => {
    const { world, executed } = executedWorld('escalate');
    const record = world.overrides.getRecord(executed.id);
    if (!record) throw new Error('expected the executed override');
    world.store.putOverride({
      ...record,
      reversal_lock_token: 'lock-external',
      reversal_lock_actor_id: U.lead,
      reversal_lock_acquired_at: '2025-01-01T00:01:00.000Z',
    });
    expect(world.overrides.liveState(executed.id)?.lock).toMatchObject({
      token: 'lock-external',
      tier: null,
      tier_level: null,
      actor: { id: U.lead },
      escalation_prompt: 'Operator · Level 0 lock engaged',
    });
    const error = refusal(() =>
      world.overrides.reverse(U.admin, REC, { execution_id: 'exe-1', metadata: {} }),
    );
    expect(error.data).toMatchObject({
      lock_holder: { id: U.lead },
      tier: null,
      retry_at: '2025-01-01T00:06:00.000Z',
    });
    // Past the TTL the row no longer blocks anyone and the live state shows no lock.
    world.clock.advance(5 * 60_000);
    expect(world.overrides.liveState(executed.id)?.lock).toBeNull();
    expect(
      world.overrides.reverse(U.admin, REC, { execution_id: 'exe-1', metadata: {} }).status,
    ).toBe('reversed');
  });

  it('abortReversal releases the lock and changes nothing else', () => {
    const { world, executed } = executedWorld('escalate');
    const record = world.overrides.getRecord(executed.id);
    const begun = world.overrides.beginReversal(U.actor, REC, {
      execution_id: 'exe-1',
      metadata: {},
    });
    if (!('handle' in begun)) throw new Error('expected a handle');
    world.overrides.abortReversal(begun.handle.token);
    expect(world.overrides.getRecord(executed.id)).toEqual(record);
    expect(
      world.overrides.reverse(U.admin, REC, { execution_id: 'exe-1', metadata: {} }).status,
    ).toBe('reversed');
  });
});
