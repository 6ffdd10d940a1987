import { createSequentialIdGenerator } from '@govkit/sdk/engines';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPgClient } from '../client/pg-client';
import type { SqlClient } from '../client/sql-client';
import { databaseClock } from '../database-clock';
import { migrate } from '../migrations/migrate';
import type { RunLockService } from '../services';
import { createTestDatabase, describePostgres } from '../testing/postgres-test-database';
import { createSqlRunLockService } from './sql-run-locks';

const CLIENTS = 50;
const ROUNDS = 30;

// 50 "instances", each on its own connection (a pool of one), race for one workspace's lock.
describePostgres('run lock race on PostgreSQL', () => {
  const pools: pg.Pool[] = [];
  const contenders: { client: SqlClient; locks: RunLockService }[] = [];

  beforeAll(async () => {
    const url = await createTestDatabase();
    for (let i = 0; i < CLIENTS; i += 1) {
      const pool = new pg.Pool({ connectionString: url, max: 1 });
      pools.push(pool);
      const client = createPgClient(pool);
      // Distinct id prefixes per instance, as separate processes with their own generators.
      const ids = createSequentialIdGenerator();
      contenders.push({
        client,
        locks: createSqlRunLockService({ client, ids: { next: () => `c${i}-${ids.next()}` } }),
      });
    }
    await migrate(contenders[0]?.client as SqlClient);
    // Open every connection up front so each round is a real race, not a connect queue.
    await Promise.all(contenders.map(({ client }) => client.query('SELECT 1')));
  });

  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.end()));
  });

  it('grants exactly one lock per round, with strictly increasing tokens and no stale release', async () => {
    const first = contenders[0];
    if (!first) throw new Error('no contenders');
    const clock = databaseClock(first.client);
    let previousToken = 0;
    let previousLockId: string | undefined;
    for (let round = 0; round < ROUNDS; round += 1) {
      const results = await Promise.all(
        contenders.map(({ locks }, i) => locks.acquireRunLock('ws-race', `owner-${i}`, 60)),
      );
      const grants = results.filter((result) => result.acquired);
      expect(grants, `round ${round}`).toHaveLength(1);
      const grant = grants[0];
      const token = grant?.fencing_token ?? 0;
      expect(token).toBeGreaterThan(previousToken);
      expect(await first.locks.currentFencingToken('ws-race')).toBe(token);

      // The previous holder's id can never free the new lock, from any instance.
      if (previousLockId !== undefined) {
        const stale = await Promise.all(
          contenders.slice(0, 10).map(({ locks }) => locks.releaseRunLock(previousLockId ?? '')),
        );
        expect(stale.every((released) => !released)).toBe(true);
        expect((await first.locks.getLockState('ws-race')).lock_id).toBe(grant?.lock_id);
      }
      previousToken = token;
      previousLockId = grant?.lock_id;
      // Even rounds end by release; odd rounds by expiry (the takeover path of the upsert).
      if (round % 2 === 0) {
        const holder = contenders.find((c, i) => results[i]?.acquired && c);
        expect(await holder?.locks.releaseRunLock(grant?.lock_id ?? '')).toBe(true);
      } else {
        await clock.advance(60_000);
      }
    }
    expect(previousToken).toBe(ROUNDS);
  });
});
