import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseContract } from '../../schemas/shared/parse-mode';
import { TimelinePageSchema } from '../../schemas/timeline/timeline-page';
import type { TimelineLockEventFrame } from '../../schemas/timeline/timeline-stream-frame';
import { TimelineStreamFrameSchema } from '../../schemas/timeline/timeline-stream-frame';
import { OVERRIDE_RECOMMENDATION_EVENT_TYPE } from '../governance/event-types';
import {
  overrideRequest,
  WORLD_RECOMMENDATION as REC,
  WORLD_USERS as U,
} from '../overrides/fixtures/override-world';
import { isEngineError } from '../shared/engine-error';
import { createTimelineWorld, populateTimelineWorld } from './fixtures/timeline-world';

const NUM_RUNS = Number(process.env.GOVKIT_FC_RUNS) || 200;

const setup = createTimelineWorld;
const populate = populateTimelineWorld;

function statusOf(fn: () => unknown): number {
  try {
    fn();
  } catch (error) {
    return isEngineError(error) ? error.status : -1;
  }
  return 200;
}

describe('governance timeline', () => {
  it('lists every entry type newest first, valid against the strict contract', () => {
    const world = setup();
    const executed = populate(world);
    const page = world.timeline.list(U.admin, { limit: 200 });
    expect(safeParseContract(TimelinePageSchema, page, { mode: 'strict' }).success).toBe(true);
    expect(page.next_cursor).toBeNull();
    expect(page.entries.map((e) => e.entry_type)).toEqual([
      'override_action',
      'analytics_snapshot',
      'coaching_note',
      'coaching_note',
      // Same time as the execution: ties break on entry_id, descending ('evt-…' > 'bev-1').
      'override_action',
      'baseline_event',
      'override_recommendation',
    ]);
    const [reversed] = page.entries;
    expect(reversed?.status).toBe('reversed');
    expect(reversed?.detail).toMatchObject({
      cooldown_window_minutes: 10,
      reversal_event: { override_id: executed.id, cooldown_window_minutes: 10 },
    });
    expect(reversed?.lineage?.scenario?.id).toBe('sc-1');
    expect(reversed?.actor).toEqual({ id: U.admin, name: 'Admin', email: 'admin@biolabs.test' });
    const notes = page.entries.filter((e) => e.entry_type === 'coaching_note');
    expect(
      notes.map((n) => [n.summary, (n.detail as { reply_count: number }).reply_count]),
    ).toEqual([
      ['Coaching reply posted', 1],
      ['Coaching note added', 1],
    ]);
    const analytics = page.entries.find((e) => e.entry_type === 'analytics_snapshot');
    expect(analytics?.entry_id).toBe(`analytics:${U.reviewer}:${analytics?.occurred_at}`);
    expect(
      (analytics?.detail as { lineage_summary?: unknown } | undefined)?.lineage_summary,
    ).toEqual({
      scenarios: [
        {
          scenario_id: 'sc-1',
          scenario_name: 'Scenario One',
          folder_name: 'Stress tests',
          executed_count: 1,
          reversed_count: 1,
          net_count: 0,
        },
      ],
      notebooks: [],
    });
  });

  it('pages without duplicates or gaps, even as time passes between pages', () => {
    const world = setup();
    populate(world);
    const all = world.timeline.list(U.admin, { limit: 200 }).entries.map((e) => e.entry_id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = world.timeline.list(U.admin, { limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.entries.map((e) => e.entry_id));
      cursor = page.next_cursor ?? undefined;
      world.clock.advance(45_000);
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('refuses a forged cursor with 400', () => {
    const world = setup();
    expect(statusOf(() => world.timeline.list(U.admin, { cursor: 'not-a-cursor' }))).toBe(400);
  });

  it('applies the read filter of §3.7', () => {
    const world = setup();
    populate(world);
    world.events.append({
      execution_id: 'exe-open',
      event_type: OVERRIDE_RECOMMENDATION_EVENT_TYPE,
      payload: { rule_key: 'streak_cooldown' },
    });
    const outsider = world.timeline.list(U.outsider);
    expect(new Set(outsider.entries.map((e) => e.execution_id ?? 'none'))).toEqual(
      new Set(['exe-open']),
    );
    expect(world.timeline.list(U.observer).entries.some((e) => e.execution_id === 'exe-1')).toBe(
      true,
    );
    expect(statusOf(() => world.timeline.list(U.outsider, { execution_id: 'exe-1' }))).toBe(403);
    expect(statusOf(() => world.timeline.list(U.admin, { execution_id: 'exe-missing' }))).toBe(404);
    const scoped = world.timeline.list(U.runner, { execution_id: 'exe-open' });
    expect(scoped.entries.map((e) => e.entry_type)).toEqual(['override_recommendation']);
  });

  it('pages any mix of same-time and spread entries exactly once (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(0, 0, 1000), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 5 }),
        (gaps, limit) => {
          const world = setup();
          for (const [i, gap] of gaps.entries()) {
            world.clock.advance(gap);
            world.overrides.accept(U.actor, `r${i}:x`, overrideRequest('escalate'));
          }
          const all = world.timeline.list(U.admin, { limit: 200 }).entries.map((e) => e.entry_id);
          const seen: string[] = [];
          let cursor: string | undefined;
          do {
            const page = world.timeline.list(U.admin, { limit, ...(cursor ? { cursor } : {}) });
            expect(page.entries.length).toBeLessThanOrEqual(limit);
            seen.push(...page.entries.map((e) => e.entry_id));
            cursor = page.next_cursor ?? undefined;
          } while (cursor);
          expect(seen).toEqual(all);
          expect(new Set(seen).size).toBe(gaps.length);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('timeline live stream', () => {
  it('sends a snapshot, lock events on acquire and release, and cooldown ticks', () => {
    const world = setup();
    const executed = world.overrides.execute(U.actor, REC, overrideRequest('escalate'));
    const stream = world.timeline.openStream(U.observer, { execution_id: 'exe-1' });
    const snapshot = stream.snapshot();
    expect(snapshot).toMatchObject({
      type: 'snapshot',
      execution_id: 'exe-1',
      locks: [{ override_id: executed.id, lock: null, cooldown: null }],
    });
    expect(stream.tick()).toBeNull();
    const frames: TimelineLockEventFrame[] = [];
    const unsubscribe = stream.subscribe((frame) => frames.push(frame));
    const begun = world.overrides.beginReversal(U.actor, REC, {
      execution_id: 'exe-1',
      metadata: { cooldown_minutes: 1 },
    });
    expect(stream.snapshot().locks[0]?.lock?.escalation_prompt).toBe(
      'Override Actor · Level 80 lock engaged',
    );
    if ('handle' in begun) world.overrides.completeReversal(begun.handle.token);
    expect(frames.map((f) => [f.event, f.lock_state.lock === null])).toEqual([
      ['acquired', false],
      ['released', true],
    ]);
    expect(frames[1]?.lock_state.cooldown?.window_minutes).toBe(1);
    expect(stream.tick()?.cooldowns).toEqual([
      { override_id: executed.id, remaining_seconds: 60, expires_at: '2025-01-01T00:01:00.000Z' },
    ]);
    world.clock.advance(59_500);
    expect(stream.tick()?.cooldowns[0]?.remaining_seconds).toBe(1);
    world.clock.advance(10_000);
    expect(stream.tick()?.cooldowns[0]?.remaining_seconds).toBe(0);
    for (const frame of [snapshot, stream.tick(), ...frames]) {
      expect(safeParseContract(TimelineStreamFrameSchema, frame, { mode: 'strict' }).success).toBe(
        true,
      );
    }
    unsubscribe();
    world.overrides.execute(U.actor, 'other:1', overrideRequest('escalate'));
    const again = world.overrides.beginReversal(U.actor, 'other:1', {
      execution_id: 'exe-1',
      metadata: {},
    });
    expect('handle' in again).toBe(true);
    expect(frames).toHaveLength(2);
  });

  it('requires an execution and access', () => {
    const world = setup();
    expect(statusOf(() => world.timeline.openStream(U.admin, {}))).toBe(422);
    expect(statusOf(() => world.timeline.openStream(U.outsider, { execution_id: 'exe-1' }))).toBe(
      403,
    );
    expect(statusOf(() => world.timeline.openStream(U.admin, { execution_id: 'exe-x' }))).toBe(404);
  });
});
