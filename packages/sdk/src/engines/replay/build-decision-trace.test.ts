import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecisionTraceSchema } from '../../schemas/replay/decision-trace';
import { parseContract } from '../../schemas/shared/parse-mode';
import { EngineError } from '../shared/engine-error';
import { createTestReplayEngine, minutesAgo, snapshotInput } from './fixtures/replay-fixtures';
import type { ReplayEngine } from './replay-engine';

const runs = Number(process.env.GOVKIT_FC_RUNS) || 200;
const BASE_MS = Date.parse('2024-01-28T10:00:00Z');

function engineWithTask(taskId = 'task-1'): ReplayEngine {
  const { engine } = createTestReplayEngine();
  engine.upsertTask({ task_id: taskId });
  return engine;
}

/** Walks every page; returns the visited items as `kind:id`. */
function walk(engine: ReplayEngine, taskId: string, limit: number, between?: () => void): string[] {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 10_000; guard++) {
    const page = engine.decisionTrace(taskId, cursor === undefined ? { limit } : { limit, cursor });
    expect(page.count).toBe(page.trace_items.length);
    expect(page.count).toBeLessThanOrEqual(limit);
    for (const item of page.trace_items) {
      seen.push(item.kind === 'audit' ? `audit:${item.audit_id}` : `event:${item.event_id}`);
    }
    if (page.next_cursor === null) return seen;
    expect(page.count).toBe(limit);
    cursor = page.next_cursor;
    between?.();
  }
  throw new Error('pagination did not terminate');
}

/** Time of an item at `seconds` after BASE, in ISO or SQLite form. */
function stamp(seconds: number, sqlite: boolean): string {
  const iso = new Date(BASE_MS + seconds * 1000).toISOString();
  return sqlite ? iso.slice(0, 19).replace('T', ' ') : iso;
}

interface Spec {
  kind: 'audit' | 'event';
  seconds: number;
  sqlite: boolean;
}

const specArb = fc.record({
  kind: fc.constantFrom('audit' as const, 'event' as const),
  // Few distinct seconds, so equal timestamps (ties) are common.
  seconds: fc.integer({ min: 0, max: 40 }),
  sqlite: fc.boolean(),
});
const limitArb = fc.oneof(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 500 }));

function insert(
  engine: ReplayEngine,
  taskId: string,
  spec: Spec,
): { key: string; order: number[] } {
  const created_at = stamp(spec.seconds, spec.sqlite);
  if (spec.kind === 'audit') {
    const row = engine.recordAudit({ task_id: taskId, event_type: 'TASK_NOTE', created_at });
    return { key: `audit:${row.audit_id}`, order: [spec.seconds, row.audit_id, 1] };
  }
  const row = engine.recordEvent({ task_id: taskId, event_type: 'TASK_STEP', created_at });
  return { key: `event:${row.event_id}`, order: [spec.seconds, row.event_id, 0] };
}

/** Reference order: seconds desc, id desc, audit before event (compared as plain tuples). */
function referenceOrder(items: { key: string; order: number[] }[]): string[] {
  const byTuple = (a: number[], b: number[]) =>
    (b[0] as number) - (a[0] as number) ||
    (b[1] as number) - (a[1] as number) ||
    (b[2] as number) - (a[2] as number);
  return [...items].sort((a, b) => byTuple(a.order, b.order)).map((item) => item.key);
}

describe('buildDecisionTrace', () => {
  it('refuses an unknown task with the contract detail', () => {
    const engine = engineWithTask();
    expect(() => engine.decisionTrace('nope')).toThrow(
      expect.objectContaining({ status: 404, detail: 'Task not found: nope' }),
    );
  });

  it.each([{ limit: 0 }, { limit: 501 }, { limit: 'x' }, { limit: 2.5 }, { cursor: '' }])(
    'answers 400 for %j',
    (params) => {
      const engine = engineWithTask();
      expect(() => engine.decisionTrace('task-1', params as never)).toThrow(EngineError);
      try {
        engine.decisionTrace('task-1', params as never);
      } catch (error) {
        expect(error).toMatchObject({ status: 400 });
      }
    },
  );

  it('answers 400 for a malformed cursor instead of restarting', () => {
    const engine = engineWithTask();
    expect(() => engine.decisionTrace('task-1', { cursor: '2024-01-28T10:20:00Z_456' })).toThrow(
      expect.objectContaining({ status: 400, detail: 'Invalid cursor' }),
    );
  });

  it('merges audits and events by real time across both timestamp formats', () => {
    const engine = engineWithTask();
    engine.recordEvent({
      task_id: 'task-1',
      event_type: 'TASK_CREATED',
      created_at: '2024-01-28 10:00:00',
    });
    engine.recordAudit({
      task_id: 'task-1',
      event_type: 'SUPERVISOR_ALLOWED',
      created_at: '2024-01-28T09:59:59.999999+00:00',
    });
    engine.recordEvent({
      task_id: 'task-1',
      event_type: 'TASK_STEP',
      created_at: '2024-01-28 10:00:01',
    });
    const trace = engine.decisionTrace('task-1');
    expect(trace.trace_items.map((i) => [i.kind, i.event_type, i.ts])).toEqual([
      ['event', 'TASK_STEP', '2024-01-28T10:00:01Z'],
      ['event', 'TASK_CREATED', '2024-01-28T10:00:00Z'],
      ['audit', 'SUPERVISOR_ALLOWED', '2024-01-28T09:59:59.999999+00:00'],
    ]);
    expect(trace).toMatchObject({ task_id: 'task-1', count: 3, next_cursor: null });
  });

  it('serves audits with ids as strings, the decision id and the snapshot; events with payload {}', () => {
    const engine = engineWithTask();
    engine.recordDecision({
      task_id: 'task-1',
      snapshot: snapshotInput('BLOCK', { code: 'REDLINE_001', decisionId: 'dec-1' }),
      created_at: minutesAgo(1),
    });
    engine.recordEvent({
      task_id: 'task-1',
      event_type: 'TASK_CREATED',
      created_at: minutesAgo(2),
    });
    const [audit, event] = engine.decisionTrace('task-1').trace_items;
    expect(audit).toMatchObject({ kind: 'audit', audit_id: '1', decision_id: 'dec-1' });
    expect(audit?.kind === 'audit' && audit.decision_snapshot).toMatchObject({
      decision_id: 'dec-1',
      decision: { decision_type: 'BLOCK' },
    });
    expect(event).toMatchObject({ kind: 'event', event_id: '1', payload: {} });
  });

  it('produces pages that parse strictly against the contract', () => {
    const engine = engineWithTask();
    engine.recordDecision({ task_id: 'task-1', snapshot: snapshotInput('ALLOW', { code: 'C1' }) });
    engine.recordAudit({
      task_id: 'task-1',
      event_type: 'SUPERVISOR_BLOCKED',
      payload: { decision_id: 'legacy-1', decision_type: 'block', findings: [], actions: [] },
    });
    engine.recordEvent({ task_id: 'task-1', event_type: 'TASK_CREATED', payload: { a: 1 } });
    const page = engine.decisionTrace('task-1', { limit: 2 });
    expect(parseContract(DecisionTraceSchema, page, { mode: 'strict' })).toEqual(page);
  });

  it('honours limits above the original system’s 200 cap', () => {
    const engine = engineWithTask();
    for (let i = 0; i < 450; i++) {
      engine.recordEvent({
        task_id: 'task-1',
        event_type: 'TASK_STEP',
        created_at: stamp(i, true),
      });
    }
    const page = engine.decisionTrace('task-1', { limit: 500 });
    expect(page.count).toBe(450);
    expect(page.next_cursor).toBeNull();
    expect(engine.decisionTrace('task-1').count).toBe(200);
  });

  it('walks every item exactly once, in order, for any items and page size (property)', () => {
    fc.assert(
      fc.property(fc.array(specArb, { maxLength: 120 }), limitArb, (specs, limit) => {
        const engine = engineWithTask();
        const inserted = specs.map((spec) => insert(engine, 'task-1', spec));
        expect(walk(engine, 'task-1', limit)).toEqual(referenceOrder(inserted));
      }),
      { numRuns: runs },
    );
  });

  it('has no duplicates or gaps when items arrive between page requests (property)', () => {
    fc.assert(
      fc.property(
        fc.array(specArb, { minLength: 1, maxLength: 60 }),
        fc.array(specArb, { maxLength: 40 }),
        fc.integer({ min: 1, max: 9 }),
        (initial, arriving, limit) => {
          const engine = engineWithTask();
          const existing = initial.map((spec) => insert(engine, 'task-1', spec));
          const queue = [...arriving];
          const all = [...existing];
          const seen = walk(engine, 'task-1', limit, () => {
            const spec = queue.shift();
            if (spec) all.push(insert(engine, 'task-1', spec));
          });
          expect(new Set(seen).size).toBe(seen.length);
          for (const item of existing) expect(seen).toContain(item.key);
          // What was visited is in trace order: a subsequence of the final full order.
          const full = referenceOrder(all);
          const positions = seen.map((key) => full.indexOf(key));
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
        },
      ),
      { numRuns: runs },
    );
  });
});
