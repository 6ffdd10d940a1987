import {
  BadRequestError,
  type DecisionTraceItem,
  NotFoundError,
  RequestValidationError,
} from '@govkit/sdk';
import { describe, expect, it } from 'vitest';
import { SEEDED_REPLAY } from '../seed/replay';
import { DOC_BLOCK_AGE_MS, docDecisionSnapshot } from '../seed/replay-doc-tasks';
import { LEGACY_DECISION_IDS } from '../seed/replay-variant-tasks';
import { HARNESS_TRANSPORTS } from '../testing/mock-api-harness';
import { rewritingClient, useMockApiHarness } from '../testing/use-mock-api-harness';

const { variants } = SEEDED_REPLAY;

// Contract tests: the real SDK client against the replay handlers, in-process (MSW) and over HTTP.
describe.each(HARNESS_TRANSPORTS)('decision replay over %s', (transport) => {
  const api = useMockApiHarness(transport);

  const rewriting = (rewrite: (url: string) => string) => rewritingClient(api, rewrite);

  describe('task summary', () => {
    it("answers the seed document's task-123 example", async () => {
      const blockedAt = new Date(api.store.clock.now() - DOC_BLOCK_AGE_MS).toISOString();
      await expect(api.client.replay.tasks.summary(SEEDED_REPLAY.docTaskId)).resolves.toEqual({
        task_id: 'task-123',
        status: 'BLOCKED',
        last_decision_type: 'BLOCK',
        last_decision_ts: blockedAt,
        blocked_reason_code: 'REDLINE_001',
        inbox_backlog: 2,
        decision_count: 5,
      });
    });

    it('summarises legacy, null-snapshot and undecided tasks', async () => {
      await expect(api.client.replay.tasks.summary(variants.legacy)).resolves.toMatchObject({
        status: 'blocked',
        last_decision_type: 'BLOCK',
        // Legacy findings carry no code.
        blocked_reason_code: null,
        decision_count: 3,
      });
      await expect(api.client.replay.tasks.summary(variants.nullSnapshot)).resolves.toMatchObject({
        status: 'FAILED',
        last_decision_type: 'ERROR',
        decision_count: 4,
      });
      await expect(api.client.replay.tasks.summary(variants.undecided)).resolves.toMatchObject({
        last_decision_type: null,
        last_decision_ts: null,
        blocked_reason_code: null,
        decision_count: 0,
      });
    });

    it('answers 404 {detail} for an unknown task', async () => {
      const error = await api.client.replay.tasks.summary('task-nope').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ status: 404, detail: 'Task not found: task-nope' });
    });
  });

  describe('decision trace', () => {
    it("shows task-123's history newest first, with the document's block", async () => {
      const page = await api.client.replay.tasks.decisionTrace(SEEDED_REPLAY.docTaskId, {
        limit: 50,
      });
      expect(page.count).toBe(11);
      expect(page.next_cursor).toBeNull();
      const [blockedEvent, block, answered] = page.trace_items;
      expect(blockedEvent).toMatchObject({ kind: 'event', event_type: 'TASK_BLOCKED' });
      expect(block).toMatchObject({
        kind: 'audit',
        event_type: 'SUPERVISOR_BLOCKED',
        decision_id: 'dec-001',
        decision_snapshot: docDecisionSnapshot(api.store.clock.now() - DOC_BLOCK_AGE_MS),
      });
      expect(answered).toMatchObject({ kind: 'event', event_type: 'TASK_STEP_STARTED' });
      expectNewestFirst(page.trace_items);
    });

    it('carries legacy payloads and null snapshots as they were stored', async () => {
      const legacy = await api.client.replay.tasks.decisionTrace(variants.legacy);
      const blocked = legacy.trace_items.find((item) => item.event_type === 'SUPERVISOR_BLOCKED');
      expect(blocked).toMatchObject({
        decision_id: LEGACY_DECISION_IDS[2],
        decision_snapshot: { decision_type: 'block', decision_id: LEGACY_DECISION_IDS[2] },
      });
      const nulls = await api.client.replay.tasks.decisionTrace(variants.nullSnapshot);
      const snapshots = nulls.trace_items.map((item) =>
        item.kind === 'audit' ? item.decision_snapshot : 'event',
      );
      expect(snapshots.filter((snapshot) => snapshot === null)).toHaveLength(3);
    });

    it('walks every item of a long trace exactly once with for await', async () => {
      const taskId = SEEDED_REPLAY.longTraceTaskId;
      const expected =
        api.store.replay.store.listAudits(taskId).length +
        api.store.replay.store.listEvents(taskId).length;
      expect(expected).toBe(1000);
      const items: DecisionTraceItem[] = [];
      for await (const item of api.client.replay.tasks.decisionTrace(taskId, { limit: 97 })) {
        items.push(item);
      }
      expect(items).toHaveLength(expected);
      const keys = new Set(
        items.map((item) => (item.kind === 'audit' ? `a${item.audit_id}` : `e${item.event_id}`)),
      );
      expect(keys.size).toBe(expected);
      expectNewestFirst(items);
    });

    it('pages with the next_cursor it returns, and refuses any other cursor with 400', async () => {
      const taskId = SEEDED_REPLAY.longTraceTaskId;
      const first = await api.client.replay.tasks.decisionTrace(taskId, { limit: 500 });
      expect(first.count).toBe(500);
      const second = await api.client.replay.tasks.decisionTrace(taskId, {
        limit: 500,
        cursor: first.next_cursor as string,
      });
      expect(second.count).toBe(500);
      expect(second.next_cursor).toBeNull();
      for (const cursor of [
        'garbage',
        // The original system's `<ts>_<id>` form (the seed document's next-page example).
        '2024-01-28T10:20:00Z_456',
      ]) {
        const error = await api.client.replay.tasks
          .decisionTrace(taskId, { cursor })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BadRequestError);
        expect(error).toMatchObject({ status: 400, detail: 'Invalid cursor' });
      }
      // A cursor names its task: it cannot be replayed against another one.
      const other = await api.client.replay.tasks
        .decisionTrace(SEEDED_REPLAY.docTaskId, { cursor: first.next_cursor as string })
        .catch((e: unknown) => e);
      expect(other).toBeInstanceOf(BadRequestError);
    });

    it('answers 400 for a bad limit, which the client refuses locally', async () => {
      const local = await api.client.replay.tasks
        .decisionTrace(SEEDED_REPLAY.docTaskId, { limit: 0 })
        .catch((e: unknown) => e);
      expect(local).toBeInstanceOf(RequestValidationError);
      for (const limit of ['0', '501', 'ten']) {
        const client = rewriting((url) => url.replace('limit=50', `limit=${limit}`));
        const error = await client.replay.tasks
          .decisionTrace(SEEDED_REPLAY.docTaskId, { limit: 50 })
          .catch((e: unknown) => e);
        expect(error, limit).toBeInstanceOf(BadRequestError);
        expect((error as BadRequestError).detail).toEqual([
          expect.objectContaining({ loc: ['query', 'limit'] }),
        ]);
      }
    });

    it('answers 404 for an unknown task', async () => {
      const error = await api.client.replay.tasks.decisionTrace('nope').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ detail: 'Task not found: nope' });
    });
  });

  describe('decision details', () => {
    it("returns the seed document's dec-001 snapshot", async () => {
      await expect(api.client.replay.decisions.retrieve('dec-001')).resolves.toEqual({
        decision_id: 'dec-001',
        decision_snapshot: docDecisionSnapshot(api.store.clock.now() - DOC_BLOCK_AGE_MS),
      });
    });

    it('finds legacy decisions by their payload id (whole payload as the snapshot)', async () => {
      const detail = await api.client.replay.decisions.retrieve(LEGACY_DECISION_IDS[1]);
      expect(detail.decision_snapshot).toMatchObject({
        decision_type: 'retry',
        decision_id: LEGACY_DECISION_IDS[1],
      });
    });

    it('answers 404 for an unknown decision', async () => {
      const error = await api.client.replay.decisions.retrieve('dec-nope').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ detail: 'Decision not found: dec-nope' });
    });
  });
});

function expectNewestFirst(items: readonly DecisionTraceItem[]): void {
  const times = items.map((item) => Date.parse(item.ts));
  for (let i = 1; i < times.length; i++) {
    expect(times[i] as number).toBeLessThanOrEqual(times[i - 1] as number);
  }
}
