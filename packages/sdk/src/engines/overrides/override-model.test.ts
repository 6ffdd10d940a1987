import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OVERRIDE_ACTION_EVENT_TYPE } from '../governance/event-types';
import { isEngineError } from '../shared/engine-error';
import {
  createOverrideWorld,
  type OverrideWorld,
  overrideRequest,
  WORLD_RECOMMENDATION as REC,
  WORLD_USERS,
} from './fixtures/override-world';
import { isReversalLockLive } from './override-reversal-lock';
import type { OverrideRecord } from './override-store';

// Model-based runs are cheap (a few ms each); CI raises the count with GOVKIT_FC_RUNS.
const NUM_RUNS = Number(process.env.GOVKIT_FC_RUNS) || 1_000;
const LOCK_TTL_MS = 300_000;

// The oracle is written out here, independent of the engine's table, so a bug there cannot hide.
const LEGAL: Record<string, string[]> = {
  new: ['accepted', 'declined', 'executed'],
  accepted: ['accepted', 'declined', 'executed'],
  declined: ['declined', 'accepted'],
  executed: ['reversed'],
  reversed: [],
};
const isLegal = (from: string, to: string) => LEGAL[from]?.includes(to) ?? false;
const TARGET = { accept: 'accepted', decline: 'declined', execute: 'executed' } as const;

const actorArb = fc.constantFrom(...Object.values(WORLD_USERS), 'u-nobody');
const actionArb = fc.constantFrom('reassign' as const, 'cooldown' as const, 'escalate' as const);

type Command =
  | {
      kind: 'write';
      command: 'accept' | 'decline' | 'execute';
      actor: string;
      action: 'reassign' | 'cooldown' | 'escalate';
      notes: string;
      reversible: boolean;
      lineage: boolean;
    }
  | { kind: 'reverse' | 'begin'; actor: string; cooldown: number | undefined }
  | { kind: 'complete' | 'abort'; handle: number }
  | { kind: 'advance'; ms: number };

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant('write' as const),
    command: fc.constantFrom('accept' as const, 'decline' as const, 'execute' as const),
    actor: actorArb,
    action: actionArb,
    notes: fc.constantFrom('a', 'b'),
    reversible: fc.boolean(),
    // Mostly with lineage, so the success paths get exercised.
    lineage: fc.oneof(
      { arbitrary: fc.constant(true), weight: 9 },
      { arbitrary: fc.constant(false), weight: 1 },
    ),
  }),
  fc.record({
    kind: fc.constantFrom('reverse' as const, 'begin' as const),
    actor: actorArb,
    cooldown: fc.constantFrom(undefined, 0, 2, 10),
  }),
  fc.record({ kind: fc.constantFrom('complete' as const, 'abort' as const), handle: fc.nat(3) }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.constantFrom(1_000, 90_000, 301_000) }),
);

function snapshot(world: OverrideWorld) {
  return {
    store: world.store.dump(),
    baseline: world.baselines.getBaseline('bl-1'),
    effects: world.baselines.listEffects(),
    events: world.events.list(),
  };
}

const actionEventCount = (world: OverrideWorld) =>
  world.events.list({ type_prefix: OVERRIDE_ACTION_EVENT_TYPE }).length;

const anyLiveLock = (records: OverrideRecord[], now: number) =>
  records.some((r) => isReversalLockLive(r, now, LOCK_TTL_MS));

const anyCooling = (records: OverrideRecord[], now: number) =>
  records.some((r) => r.cooldown_expires_at !== null && Date.parse(r.cooldown_expires_at) > now);

function run(world: OverrideWorld, command: Command, handles: string[]): unknown {
  const reverseRequest = (cooldown: number | undefined) => ({
    execution_id: 'exe-1',
    metadata: cooldown === undefined ? {} : { cooldown_minutes: cooldown },
  });
  switch (command.kind) {
    case 'write': {
      const request = overrideRequest(command.action, {
        notes: command.notes,
        metadata: { reversible: command.reversible, cooldown_minutes: 5 },
        ...(command.lineage ? {} : { lineage: null }),
      });
      return world.overrides[command.command](command.actor, REC, request);
    }
    case 'reverse':
      return world.overrides.reverse(command.actor, REC, reverseRequest(command.cooldown));
    case 'begin': {
      const begun = world.overrides.beginReversal(
        command.actor,
        REC,
        reverseRequest(command.cooldown),
      );
      if ('handle' in begun) handles.push(begun.handle.token);
      return begun;
    }
    case 'complete':
      return world.overrides.completeReversal(handles[command.handle] ?? 'lock-none');
    case 'abort':
      world.overrides.abortReversal(handles[command.handle] ?? 'lock-none');
      return undefined;
    case 'advance':
      world.clock.advance(command.ms);
      return undefined;
  }
}

describe('override status machine and reversal (model-based)', () => {
  // Counted across runs so the suite fails if the generator stops reaching the interesting paths.
  const reached = { reversed: 0, locked: 0, cooling: 0, illegal: 0 };

  it('never allows an illegal transition, refusals change nothing, one event per transition', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { minLength: 1, maxLength: 24 }), (commands) => {
        const world = createOverrideWorld();
        const handles: string[] = [];
        for (const command of commands) {
          const before = snapshot(world);
          const eventsBefore = actionEventCount(world);
          const now = world.clock.now();
          let error: unknown;
          try {
            run(world, command, handles);
          } catch (caught) {
            error = caught;
          }
          const after = snapshot(world);
          const delta = actionEventCount(world) - eventsBefore;
          if (error !== undefined) {
            // Any refusal is an EngineError and leaves every store exactly as it was.
            expect(isEngineError(error)).toBe(true);
            expect(after).toEqual(before);
            if (!isEngineError(error)) continue;
            if (error.code === 'reversal_locked') reached.locked += 1;
            if (error.code === 'reversal_cooling_down') reached.cooling += 1;
            if (error.code === 'illegal_transition') reached.illegal += 1;
            if (error.code === 'reversal_locked' && command.kind !== 'complete') {
              expect(anyLiveLock(before.store.overrides, now)).toBe(true);
            }
            if (error.code === 'reversal_cooling_down') {
              expect(anyCooling(before.store.overrides, now)).toBe(true);
            }
            if (error.code === 'illegal_transition' && command.kind === 'write') {
              const row = before.store.overrides.find((r) => r.actor_id === command.actor);
              const target = TARGET[command.command];
              expect(isLegal(row?.status ?? 'new', target)).toBe(false);
            }
            continue;
          }
          expect(delta === 0 || delta === 1).toBe(true);
          const changed = after.store.overrides.filter((record) => {
            const previous = before.store.overrides.find((r) => r.id === record.id);
            return (
              previous === undefined ||
              previous.status !== record.status ||
              previous.execution_hash !== record.execution_hash
            );
          });
          if (delta === 0) {
            // Idempotent repeats, replays, lock-only commands and clock moves: no transition.
            expect(changed).toEqual([]);
            continue;
          }
          // Exactly one override moved, legally, and exactly one event records it.
          expect(changed).toHaveLength(1);
          const [moved] = changed;
          if (!moved) continue;
          const previous = before.store.overrides.find((r) => r.id === moved.id);
          expect(isLegal(previous?.status ?? 'new', moved.status)).toBe(true);
          const last = world.events.list({ type_prefix: OVERRIDE_ACTION_EVENT_TYPE }).at(-1);
          expect(last?.payload.override_id).toBe(moved.id);
          expect(last?.payload.status).toBe(moved.status);
          if (moved.status === 'reversed') {
            reached.reversed += 1;
            expect(previous?.status).toBe('executed');
            expect(previous?.reversible).toBe(true);
            // Locks and cooldowns are per override: only the reversed one's own state matters.
            expect(previous ? anyCooling([previous], now) : false).toBe(false);
            // A fresh reverse may not run through someone else's live lock.
            if (command.kind === 'reverse' && previous) {
              expect(isReversalLockLive(previous, now, LOCK_TTL_MS)).toBe(false);
            }
            expect(isReversalLockLive(moved, world.clock.now(), LOCK_TTL_MS)).toBe(false);
          }
        }
        // Global invariants: at most one reversal row per override, reviewers never duplicated.
        const reviewers = world.baselines.getBaseline('bl-1')?.reviewer_ids ?? [];
        expect(new Set(reviewers).size).toBe(reviewers.length);
        const reversals = world.store.dump().reversals.map((r) => r.override_id);
        expect(new Set(reversals).size).toBe(reversals.length);
      }),
      { numRuns: NUM_RUNS },
    );
    // Generous bound for raised GOVKIT_FC_RUNS on slow machines, not a performance assertion.
  }, 600_000);

  it('reached reversals, lock and cooldown refusals and illegal transitions', () => {
    expect(reached.reversed).toBeGreaterThan(0);
    expect(reached.locked).toBeGreaterThan(0);
    expect(reached.cooling).toBeGreaterThan(0);
    expect(reached.illegal).toBeGreaterThan(0);
  });
});
