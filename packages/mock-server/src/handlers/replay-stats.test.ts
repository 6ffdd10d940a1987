import { BadRequestError, RequestValidationError, UnprocessableEntityError } from '@govkit/sdk';
import { describe, expect, it } from 'vitest';
import { SEEDED_REPLAY } from '../seed/replay';
import { HARNESS_TRANSPORTS } from '../testing/mock-api-harness';
import { rewritingClient, useMockApiHarness } from '../testing/use-mock-api-harness';

// Contract tests of the three replay stats endpoints, in-process (MSW) and over HTTP.
describe.each(HARNESS_TRANSPORTS)('decision replay stats over %s', (transport) => {
  const api = useMockApiHarness(transport);
  const rewriting = (rewrite: (url: string) => string) => rewritingClient(api, rewrite);

  describe('stats', () => {
    it("ranks the blocked-reasons example's tasks first, per window", async () => {
      const week = await api.client.replay.stats.blockedReasons({ top_n: 10 });
      expect(week).toMatchObject({ window: '7d', top_n: 10 });
      expect(week.blocked_tasks.length).toBeLessThanOrEqual(10);
      expect(week.blocked_tasks.slice(0, 2)).toMatchObject([
        { task_id: 'task-456', block_count: 15, reason_code: 'REDLINE_001' },
        { task_id: 'task-789', block_count: 8, reason_code: 'CONFLICT_API_LIMIT' },
      ]);
      const month = await api.client.replay.stats.blockedReasons({ window: '30d', top_n: 2 });
      expect(month.blocked_tasks.map((row) => [row.task_id, row.block_count])).toEqual([
        ['task-456', 20],
        ['task-789', 11],
      ]);
      const day = await api.client.replay.stats.blockedReasons({ window: '24h' });
      expect(day.blocked_tasks[0]).toMatchObject({ task_id: 'task-456', block_count: 3 });
    });

    it('counts decision types per window (24h < 7d < 30d)', async () => {
      const totals: number[] = [];
      for (const window of ['24h', '7d', '30d'] as const) {
        const stats = await api.client.replay.stats.decisionTypes({ window });
        expect(stats).toEqual(api.store.replay.engine.decisionTypes({ window }));
        expect(Object.values(stats.decision_types).reduce((a = 0, b = 0) => a + b, 0)).toBe(
          stats.total,
        );
        expect(stats.decision_types).toMatchObject({
          ALLOWED: expect.any(Number),
          BLOCKED: expect.any(Number),
        });
        totals.push(stats.total);
      }
      expect(totals[0]).toBeLessThan(totals[1] as number);
      expect(totals[1]).toBeLessThan(totals[2] as number);
      await expect(api.client.replay.stats.decisionTypes()).resolves.toMatchObject({
        window: '24h',
        total: totals[0],
      });
    });

    it('honours pctl: p50 <= p95 and value is the requested percentile', async () => {
      const lag = await api.client.replay.stats.decisionLag({ window: '7d', pctl: 99 });
      expect(lag).toMatchObject({ window: '7d', percentile: 99 });
      expect(lag.count).toBeGreaterThan(100);
      expect(lag.p50).toBeLessThanOrEqual(lag.p95 as number);
      expect(lag.p95).toBeLessThanOrEqual(lag.value as number);
      const median = await api.client.replay.stats.decisionLag({ window: '7d', pctl: 50 });
      expect(median.value).toBe(median.p50);
      await expect(api.client.replay.stats.decisionLag()).resolves.toMatchObject({
        window: '24h',
        percentile: 95,
      });
    });

    it('answers 400 for bad top_n / pctl / window and 422 for decision-types window', async () => {
      const cases: Array<[string, () => Promise<unknown>]> = [
        [
          'top_n',
          () =>
            rewriting((u) => u.replace('top_n=5', 'top_n=101')).replay.stats.blockedReasons({
              top_n: 5,
            }),
        ],
        [
          'window',
          () =>
            rewriting((u) => u.replace('window=7d', 'window=1y')).replay.stats.blockedReasons({
              window: '7d',
            }),
        ],
        [
          'pctl',
          () =>
            rewriting((u) => u.replace('pctl=60', 'pctl=100')).replay.stats.decisionLag({
              pctl: 60,
            }),
        ],
      ];
      for (const [param, call] of cases) {
        const error = await call().catch((e: unknown) => e);
        expect(error, param).toBeInstanceOf(BadRequestError);
        expect((error as BadRequestError).detail).toEqual([
          expect.objectContaining({ loc: ['query', param] }),
        ]);
      }
      const types = await rewriting((u) => u.replace('window=7d', 'window=1y'))
        .replay.stats.decisionTypes({ window: '7d' })
        .catch((e: unknown) => e);
      expect(types).toBeInstanceOf(UnprocessableEntityError);
      expect(types).toMatchObject({ status: 422 });
      // The real client never sends them.
      await expect(api.client.replay.stats.blockedReasons({ top_n: 0 })).rejects.toBeInstanceOf(
        RequestValidationError,
      );
      await expect(api.client.replay.stats.decisionLag({ pctl: 49 })).rejects.toBeInstanceOf(
        RequestValidationError,
      );
    });
  });

  it('never writes: reads leave the store version unchanged', async () => {
    await api.client.replay.tasks.summary(SEEDED_REPLAY.docTaskId);
    await api.client.replay.stats.blockedReasons();
    expect(api.store.version).toBe(0);
  });
});
