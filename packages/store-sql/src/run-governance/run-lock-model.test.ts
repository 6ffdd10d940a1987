import { createSequentialIdGenerator } from '@govkit/sdk/engines';
import { DOMAIN_ERROR_DETAILS } from '@govkit/sdk/schemas';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgClient } from '../client/pg-client';
import { openPgliteClient } from '../client/pglite-client';
import type { SqlClient } from '../client/sql-client';
import { databaseClock } from '../database-clock';
import { migrate } from '../migrations/migrate';
import { createTestDatabase, describePostgres } from '../testing/postgres-test-database';
import { truncateGovkitTables } from '../testing/store-harness';
import { createSqlRunLockService } from './sql-run-locks';

// Each run is a few dozen round trips; CI raises the count with GOVKIT_FC_RUNS.
const NUM_RUNS = Math.min(Number(process.env.GOVKIT_FC_RUNS) || 60, 500);
const WORKSPACES = ['ws-a', 'ws-b'] as const;
const T0 = Date.parse('2026-02-03T10:00:00.000Z');

type Command =
  | { kind: 'acquire'; instance: 0 | 1; ws: number; ttl: number }
  // `pick` selects any id ever issued (possibly stale) or, out of range, an unknown one.
  | { kind: 'release'; instance: 0 | 1; pick: number }
  | { kind: 'jump'; ms: number }
  | { kind: 'toExpiry'; ws: number; delta: -1 | 0 | 1 };

const instance = fc.constantFrom(0 as const, 1 as const);
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant('acquire' as const),
    instance,
    ws: fc.nat(WORKSPACES.length - 1),
    ttl: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({ kind: fc.constant('release' as const), instance, pick: fc.nat(8) }),
  fc.record({ kind: fc.constant('jump' as const), ms: fc.integer({ min: 0, max: 6_000 }) }),
  fc.record({
    kind: fc.constant('toExpiry' as const),
    ws: fc.nat(WORKSPACES.length - 1),
    delta: fc.constantFrom(-1 as const, 0 as const, 1 as const),
  }),
);

interface ModelLock {
  lockId: string;
  expiresMs: number;
  token: number;
}

/**
 * Two "instances" (separate service objects; on PostgreSQL separate connections) share one
 * database and a clock that only the database keeps. Random interleavings of acquire, release,
 * expiry and clock jumps are checked step by step against a tiny model: one live holder at most,
 * release only by the current id, tokens strictly increasing per workspace.
 */
function describeLockModel(name: string, open: () => Promise<[SqlClient, SqlClient]>) {
  describe(`run lock model: ${name}`, () => {
    let clients: [SqlClient, SqlClient] | undefined;
    beforeAll(async () => {
      clients = await open();
      await migrate(clients[0]);
    });
    afterAll(async () => {
      await clients?.[0].close();
      if (clients?.[1] !== clients?.[0]) await clients?.[1].close();
    });

    it('agrees with the model across two instances', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(commandArb, { minLength: 1, maxLength: 14 }),
          async (commands) => {
            if (!clients) throw new Error('not set up');
            const [a, b] = clients;
            await truncateGovkitTables(a);
            const clock = databaseClock(a);
            await clock.pin(T0);
            let now = T0;
            const ids = createSequentialIdGenerator();
            const instances = [
              createSqlRunLockService({ client: a, ids: { next: () => `a-${ids.next()}` } }),
              createSqlRunLockService({ client: b, ids: { next: () => `b-${ids.next()}` } }),
            ] as const;
            const model = new Map<string, ModelLock>();
            const counters = new Map<string, number>();
            const issued: string[] = [];

            for (const command of commands) {
              if (command.kind === 'acquire') {
                const ws = WORKSPACES[command.ws] as string;
                const current = model.get(ws);
                const result = await instances[command.instance].acquireRunLock(
                  ws,
                  'owner',
                  command.ttl,
                );
                if (current && current.expiresMs > now) {
                  expect(result).toEqual({
                    acquired: false,
                    message: DOMAIN_ERROR_DETAILS.runLockHeld,
                  });
                } else {
                  const token = (counters.get(ws) ?? 0) + 1;
                  expect(result).toMatchObject({ acquired: true, fencing_token: token });
                  expect(Date.parse(result.expires_at ?? '')).toBe(now + command.ttl * 1000);
                  counters.set(ws, token);
                  model.set(ws, {
                    lockId: result.lock_id ?? '',
                    expiresMs: now + command.ttl * 1000,
                    token,
                  });
                  issued.push(result.lock_id ?? '');
                }
              } else if (command.kind === 'release') {
                const lockId = issued[command.pick] ?? 'unknown-id';
                const holder = [...model].find(([, lock]) => lock.lockId === lockId);
                expect(await instances[command.instance].releaseRunLock(lockId)).toBe(
                  holder !== undefined,
                );
                if (holder) model.delete(holder[0]);
              } else {
                const target =
                  command.kind === 'jump'
                    ? now + command.ms
                    : (model.get(WORKSPACES[command.ws] as string)?.expiresMs ?? now) +
                      command.delta;
                if (target > now) {
                  await clock.advance(target - now);
                  now = target;
                }
              }
              // Both instances see the same state, and it is the model's.
              for (const ws of WORKSPACES) {
                const lock = model.get(ws);
                const states = await Promise.all(instances.map((locks) => locks.getLockState(ws)));
                for (const state of states) {
                  expect(state).toMatchObject({
                    lock_id: lock?.lockId ?? null,
                    live: lock !== undefined && lock.expiresMs > now,
                    current_fencing_token: counters.get(ws) ?? 0,
                  });
                }
              }
            }
          },
        ),
        { numRuns: NUM_RUNS },
      );
    });
  });
}

// PGlite has one connection: its two instances share it, as two services in one process would.
describeLockModel('pglite', async () => {
  const client = await openPgliteClient();
  return [client, client];
});

describePostgres('run lock model on PostgreSQL', () => {
  describeLockModel('postgres', async () => {
    const url = await createTestDatabase();
    return [await openPgClient(url), await openPgClient(url)];
  });
});
