import fc from 'fast-check';
import { describe, it } from 'vitest';
import { DOMAIN_ERROR_DETAILS } from '../../schemas/shared/domain-error-contract';
import { createManualClock } from '../shared/clock';
import { createSequentialIdGenerator } from '../shared/id-generator';
import { createRunLockEngine } from './run-lock';

// Model-based test: random interleavings of acquire / release / clock moves across several owners
// and workspaces, checked step by step against a tiny reference model.
const NUM_RUNS = Number(process.env.GOVKIT_FC_RUNS) || 10_000;

const WORKSPACES = ['ws-a', 'ws-b', 'ws-c'] as const;
const OWNERS = ['alice', 'bob', 'carol', 'dave', 'erin'] as const;

type Command =
  | { kind: 'acquire'; ws: number; owner: number; ttl: number }
  // `pick` selects an id ever issued (any workspace, possibly stale) or, out of range, an unknown one.
  | { kind: 'release'; pick: number }
  | { kind: 'advance'; ms: number }
  // Jump to exactly a workspace's expiry (±1 ms) to hit the boundary on purpose.
  | { kind: 'toExpiry'; ws: number; delta: -1 | 0 | 1 };

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant('acquire' as const),
    ws: fc.nat(WORKSPACES.length - 1),
    owner: fc.nat(OWNERS.length - 1),
    ttl: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({ kind: fc.constant('release' as const), pick: fc.nat(12) }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 4_000 }) }),
  fc.record({
    kind: fc.constant('toExpiry' as const),
    ws: fc.nat(WORKSPACES.length - 1),
    delta: fc.constantFrom(-1 as const, 0 as const, 1 as const),
  }),
);

interface ModelLock {
  lockId: string;
  owner: string;
  expiresMs: number;
  token: number;
}

describe('run lock model', () => {
  it('never has two live holders, never lets a foreign id release, fences strictly', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { minLength: 1, maxLength: 16 }), (commands) => {
        const clock = createManualClock(0);
        const engine = createRunLockEngine({ clock, ids: createSequentialIdGenerator() });
        const model = new Map<string, ModelLock>();
        const counters = new Map<string, number>();
        const issued: string[] = [];

        for (const command of commands) {
          const now = clock.now();
          if (command.kind === 'acquire') {
            const ws = WORKSPACES[command.ws] as string;
            const owner = OWNERS[command.owner] as string;
            const held = model.get(ws);
            const result = engine.acquireRunLock(ws, owner, command.ttl);
            if (held && held.expiresMs > now) {
              check(
                !result.acquired && result.message === DOMAIN_ERROR_DETAILS.runLockHeld,
                'refusal',
              );
              check(result.lock_id === undefined, 'a refusal carries no lock id');
            } else {
              const token = (counters.get(ws) ?? 0) + 1;
              check(result.acquired, 'grant when free or expired');
              check(result.fencing_token === token, 'fencing token is previous + 1');
              check(!issued.includes(result.lock_id as string), 'lock ids are never reused');
              const lockId = result.lock_id as string;
              issued.push(lockId);
              counters.set(ws, token);
              model.set(ws, { lockId, owner, expiresMs: now + command.ttl * 1000, token });
            }
          } else if (command.kind === 'release') {
            const lockId = issued[command.pick] ?? `unknown-${command.pick}`;
            const holderWs = [...model].find(([, lock]) => lock.lockId === lockId)?.[0];
            check(
              engine.releaseRunLock(lockId) === (holderWs !== undefined),
              'release by own id only',
            );
            if (holderWs !== undefined) model.delete(holderWs);
          } else if (command.kind === 'advance') {
            clock.advance(command.ms);
          } else {
            const target = model.get(WORKSPACES[command.ws] as string);
            if (target) clock.set(Math.max(now, target.expiresMs + command.delta));
          }
          checkAgainstModel(engine, model, counters, clock.now());
        }
      }),
      { numRuns: NUM_RUNS },
    );
    // Generous bound only for raised GOVKIT_FC_RUNS; the default run takes a few seconds.
  }, 120_000);
});

// Plain checks instead of `expect` in the hot loop: 10,000 runs × many steps would spend most of
// their time in matcher bookkeeping. fast-check reports the thrown message and the shrunk case.
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`run lock model violated: ${message}`);
}

function checkAgainstModel(
  engine: ReturnType<typeof createRunLockEngine>,
  model: Map<string, ModelLock>,
  counters: Map<string, number>,
  now: number,
): void {
  for (const ws of WORKSPACES) {
    const state = engine.getLockState(ws);
    const expected = model.get(ws);
    // One row per workspace, so "never two live holders" means the engine agrees with the model on
    // the single holder, and a live lock is exactly one whose expiry is strictly in the future.
    check(state.lock_id === (expected?.lockId ?? null), `${ws}: holder lock id`);
    check(state.holder === (expected?.owner ?? null), `${ws}: holder`);
    check(state.fencing_token === (expected?.token ?? null), `${ws}: token`);
    check(state.live === (expected !== undefined && expected.expiresMs > now), `${ws}: live flag`);
    check(state.current_fencing_token === (counters.get(ws) ?? 0), `${ws}: fencing counter`);
    if (state.fencing_token !== null) {
      check(state.fencing_token === state.current_fencing_token, `${ws}: holder has newest token`);
    }
  }
}
