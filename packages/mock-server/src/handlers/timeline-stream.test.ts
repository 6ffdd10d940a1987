import { AbortError, NotFoundError, PermissionDeniedError } from '@govkit/sdk';
import type { TimelineStreamFrame } from '@govkit/sdk/schemas';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findSeededOverride, SEEDED_LOCK_HOLDER, SEEDED_OVERRIDES } from '../seed/overrides';
import { SEEDED_OVERRIDE_EXECUTIONS as EXEC } from '../seed/overrides-world';
import {
  HARNESS_TRANSPORTS,
  type MockApiHarness,
  startMockApiHarness,
} from '../testing/mock-api-harness';
import { createDomainRoutes } from './domain-routes';
import type { CooldownTickSource } from './timeline';

type Frames = AsyncIterator<TimelineStreamFrame>;

// Read frames until one of `type` arrives (cooldown ticks may interleave with lock events).
async function nextOfType<T extends TimelineStreamFrame['type']>(
  frames: Frames,
  type: T,
): Promise<Extract<TimelineStreamFrame, { type: T }>> {
  for (let read = 0; read < 20; read += 1) {
    const next = await frames.next();
    if (next.done) throw new Error(`stream ended before a ${type} frame`);
    if (next.value.type === type) return next.value as Extract<TimelineStreamFrame, { type: T }>;
  }
  throw new Error(`no ${type} frame in 20 frames`);
}

// The streams' tick source: the test ticks on demand instead of waiting the real second.
function createManualTicks() {
  const listeners = new Set<() => void>();
  const source: CooldownTickSource = (onTick) => {
    listeners.add(onTick);
    return () => void listeners.delete(onTick);
  };
  const tick = () => {
    for (const listener of listeners) listener();
  };
  return { source, tick };
}
let ticks = createManualTicks();

// Tick once and read the cooldown frame it produced.
function nextTick(frames: Frames) {
  ticks.tick();
  return nextOfType(frames, 'cooldown_tick');
}

// Read cooldown ticks until the override's remaining seconds differ from `before`.
async function remainingAfterChange(frames: Frames, overrideId: string, before: number) {
  for (let read = 0; read < 5; read += 1) {
    const tick = await nextTick(frames);
    const remaining = tick.cooldowns.find((c) => c.override_id === overrideId)?.remaining_seconds;
    if (remaining !== before) return remaining;
  }
  throw new Error('the cooldown never moved');
}

// The live lock/cooldown stream with the real client: over the standalone HTTP server (the
// brief's case: a fetch-based SSE reader against a real socket) and in-process through MSW.
describe.each(HARNESS_TRANSPORTS)('timeline stream over %s', (transport) => {
  let api: MockApiHarness;
  let controller: AbortController;
  beforeEach(async () => {
    ticks = createManualTicks();
    api = await startMockApiHarness({
      transport,
      routes: createDomainRoutes({ timeline: { cooldownTicks: ticks.source } }),
    });
    controller = new AbortController();
  });
  afterEach(async () => {
    controller.abort();
    expect(api.errors).toEqual([]);
    await api.close();
  });

  const open = (executionId: string, user = 'user-admin'): Frames =>
    api.client
      .withOptions({ headers: { 'x-govkit-user': user } })
      .timeline.stream({ execution_id: executionId }, { signal: controller.signal })
      [Symbol.asyncIterator]();

  it('starts with a snapshot of every override, with the held reversal lock', async () => {
    const frames = open(EXEC.review);
    const snapshot = await nextOfType(frames, 'snapshot');
    const locked = findSeededOverride(api.store, 'locked');
    expect(snapshot.execution_id).toBe(EXEC.review);
    expect(snapshot.locks.map((state) => state.override_id)).toContain(locked.id);
    const state = snapshot.locks.find((s) => s.override_id === locked.id);
    expect(state?.lock).toMatchObject({
      token: locked.reversal_lock_token,
      actor: { id: SEEDED_LOCK_HOLDER },
      tier_key: 'override_actor',
    });
    expect(state?.lock?.escalation_prompt).toContain('lock engaged');
  });

  it('sends lock events as a reversal takes and releases its lock, then cooldown ticks', async () => {
    const frames = open(EXEC.review);
    await nextOfType(frames, 'snapshot');
    const fixture = SEEDED_OVERRIDES.reversibleReassign;
    const reversed = await api.client.overrides.reverse(fixture.recommendation_id, {
      execution_id: fixture.execution_id,
      metadata: { cooldown_minutes: 10 },
    });
    const acquired = await nextOfType(frames, 'lock_event');
    expect(acquired).toMatchObject({
      event: 'acquired',
      override_id: reversed.id,
      lock_state: { lock: { actor: { id: 'user-admin' }, tier_key: 'platform_admin' } },
    });
    const released = await nextOfType(frames, 'lock_event');
    expect(released).toMatchObject({
      event: 'released',
      override_id: reversed.id,
      lock_state: { lock: null },
    });

    const tick = await nextTick(frames);
    const ours = () => tick.cooldowns.find((c) => c.override_id === reversed.id);
    expect(ours()).toMatchObject({
      remaining_seconds: 600,
      expires_at: reversed.cooldown_expires_at,
    });
    // Ticks read the store clock: moving it shows up in the next frames.
    api.store.clock.advance(240_000);
    expect(await remainingAfterChange(frames, reversed.id, 600)).toBe(360);
  });

  it('ticks a seeded cooldown without any trigger, down to 0 once it has passed', async () => {
    const cooling = findSeededOverride(api.store, 'coolingDown');
    const frames = open(EXEC.cooldown);
    const snapshot = await nextOfType(frames, 'snapshot');
    expect(snapshot.locks.find((s) => s.override_id === cooling.id)?.cooldown).toMatchObject({
      window_minutes: 120,
      expires_at: cooling.cooldown_expires_at,
    });
    const tick = await nextTick(frames);
    expect(tick.cooldowns.find((c) => c.override_id === cooling.id)?.remaining_seconds).toBe(
      110 * 60,
    );
    api.store.clock.set(Date.parse(cooling.cooldown_expires_at ?? '') + 60_000);
    expect(await remainingAfterChange(frames, cooling.id, 110 * 60)).toBe(0);
  });

  it('unsubscribes from lock events when the caller aborts', async () => {
    // Count the stream's lock subscriptions on the engine the timeline was wired with.
    const engine = api.store.overrides.engine;
    const subscribe = engine.onLockEvent;
    let subscriptions = 0;
    engine.onLockEvent = (listener) => {
      subscriptions += 1;
      const unsubscribe = subscribe(listener);
      return () => {
        subscriptions -= 1;
        unsubscribe();
      };
    };
    const frames = open(EXEC.review);
    await nextOfType(frames, 'snapshot');
    expect(subscriptions).toBe(1);
    const pending = frames.next();
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    await vi.waitUntil(() => subscriptions === 0);
    expect(subscriptions).toBe(0);
  });

  it('answers 422 without an execution, 404 and 403 before any frame', async () => {
    const response = await api.fetch('/api/experiment-console/governance/timeline/stream');
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      detail: [expect.objectContaining({ loc: ['query', 'execution_id'] })],
    });
    await expect(open('exec-nope').next()).rejects.toBeInstanceOf(NotFoundError);
    await expect(open(EXEC.partner, 'user-member').next()).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
    expect(api.store.version).toBe(0);
  });
});
