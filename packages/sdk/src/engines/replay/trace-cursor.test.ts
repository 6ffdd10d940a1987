import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../shared/engine-error';
import {
  compareTracePositions,
  decodeTraceCursor,
  encodeTraceCursor,
  type TracePosition,
} from './trace-cursor';

const runs = Number(process.env.GOVKIT_FC_RUNS) || 200;

function expectInvalid(taskId: string, cursor: string): void {
  try {
    decodeTraceCursor(taskId, cursor);
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({ status: 400, detail: 'Invalid cursor', code: 'invalid_cursor' });
    return;
  }
  throw new Error(`cursor ${cursor} was accepted`);
}

describe('trace cursor', () => {
  it('round-trips any position of any task, including unparsable times', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, unit: 'grapheme' }),
        fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(-Infinity)),
        fc.nat(),
        fc.constantFrom('audit' as const, 'event' as const),
        (taskId, ts, id, kind) => {
          const position: TracePosition = { ts: ts + 0, id, kind };
          const cursor = encodeTraceCursor(taskId, position);
          expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
          expect(decodeTraceCursor(taskId, cursor)).toEqual(position);
        },
      ),
      { numRuns: runs },
    );
  });

  it('is refused for another task', () => {
    const cursor = encodeTraceCursor('task-a', { ts: 1, id: 1, kind: 'audit' });
    expectInvalid('task-b', cursor);
  });

  it.each([
    'garbage!',
    '2024-01-28T10:20:00Z_456',
    'e30',
    btoa('{"v":2,"t":"t","s":1,"i":1,"k":"a"}'),
    btoa('{"v":1,"t":"t","s":"x","i":1,"k":"a"}'),
    btoa('{"v":1,"t":"t","s":1,"i":1.5,"k":"a"}'),
    btoa('{"v":1,"t":"t","s":1,"i":1,"k":"x"}'),
    btoa('[1,2]'),
  ])('refuses the malformed cursor %s', (cursor) => {
    expectInvalid('t', cursor.replace(/=+$/, ''));
  });
});

describe('compareTracePositions', () => {
  it('orders newest first, then higher id, then audits before events', () => {
    const positions: TracePosition[] = [
      { ts: 1, id: 9, kind: 'event' },
      { ts: 2, id: 1, kind: 'event' },
      { ts: 2, id: 3, kind: 'event' },
      { ts: 2, id: 3, kind: 'audit' },
      { ts: -Infinity, id: 100, kind: 'audit' },
    ];
    expect([...positions].sort(compareTracePositions)).toEqual([
      { ts: 2, id: 3, kind: 'audit' },
      { ts: 2, id: 3, kind: 'event' },
      { ts: 2, id: 1, kind: 'event' },
      { ts: 1, id: 9, kind: 'event' },
      { ts: -Infinity, id: 100, kind: 'audit' },
    ]);
    expect(
      compareTracePositions(positions[0] as TracePosition, { ts: 1, id: 9, kind: 'event' }),
    ).toBe(0);
  });
});
