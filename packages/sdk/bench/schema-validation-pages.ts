// The pages the schema-validation benchmark parses, produced by the real engines so their shape is
// what a server sends (not hand-written JSON that could drift from the contract).
import {
  analyticsBaseline,
  createAnalyticsWorld,
} from '../src/engines/analytics/fixtures/analytics-world';
import { createCoachingNoteEngine } from '../src/engines/coaching/coaching-note-engine';
import { OVERRIDE_RECOMMENDATION_EVENT_TYPE } from '../src/engines/governance/event-types';
import {
  overrideRequest,
  WORLD_RECOMMENDATION as REC,
  WORLD_USERS as U,
} from '../src/engines/overrides/fixtures/override-world';
import {
  createTestReplayEngine,
  minutesAgo,
  snapshotInput,
} from '../src/engines/replay/fixtures/replay-fixtures';
import { isoAt } from '../src/engines/shared/clock';
import { createGovernanceTimeline } from '../src/engines/timeline/governance-timeline';
import type { TimelineBaselineEvent } from '../src/engines/timeline/timeline-entries';
import type { TimelineEntry } from '../src/schemas/timeline/timeline-entry';

/** One timeline entry of each type the engine writes (7 entries: a full override story). */
function engineTimelineEntries(): TimelineEntry[] {
  const world = createAnalyticsWorld();
  const coaching = createCoachingNoteEngine({
    directory: world.directory,
    events: world.events,
    overrides: world.overrides,
    clock: world.clock,
    ids: world.ids,
  });
  const baselineEvents: TimelineBaselineEvent[] = [];
  const timeline = createGovernanceTimeline({
    directory: world.directory,
    events: world.events,
    clock: world.clock,
    overrides: world.overrides,
    coachingNotes: coaching.store,
    baselineEvents: {
      listBaselineEvents: (ids) => baselineEvents.filter((e) => ids.includes(e.execution_id)),
    },
    analytics: world.analytics,
  });
  world.publishPreview('exe-1');
  world.sources.putBaseline(
    analyticsBaseline('bl-1', {
      reviewed_by_id: U.reviewer,
      reviewed_at: '2025-01-01T00:00:30.000Z',
      status: 'approved',
    }),
  );
  world.events.append({
    execution_id: 'exe-1',
    event_type: OVERRIDE_RECOMMENDATION_EVENT_TYPE,
    payload: {
      rule_key: 'cadence_overload',
      recommendation: { recommendation_id: REC, action: 'reassign' },
      reviewer_id: U.reviewer,
      opted_out: false,
    },
  });
  world.clock.advance(60_000);
  const executed = world.overrides.execute(U.actor, REC, overrideRequest('reassign'));
  baselineEvents.push({
    id: 'bev-1',
    baseline_id: 'bl-1',
    execution_id: 'exe-1',
    action: 'override_reassign',
    notes: 'moved',
    detail: { changed: true },
    performed_by_id: U.actor,
    created_at: isoAt(world.clock),
  });
  world.clock.advance(60_000);
  const root = coaching.create(U.lead, executed.id, {
    body: 'Why was this reassigned?',
    metadata: {},
  });
  world.clock.advance(60_000);
  coaching.create(U.actor, executed.id, {
    body: 'Reviewer load',
    parent_id: root.id,
    metadata: {},
  });
  world.clock.advance(60_000);
  world.overrides.reverse(U.admin, REC, {
    execution_id: 'exe-1',
    metadata: { cooldown_minutes: 10 },
  });
  return timeline.list(U.admin, { limit: 200 }).entries;
}

/** A timeline page of `count` entries as JSON text: the engine's entries, repeated, newest first. */
export function timelinePageText(count: number): string {
  const templates = engineTimelineEntries();
  const start = Date.parse('2025-06-01T00:00:00.000Z');
  const entries = Array.from({ length: count }, (_, i) => {
    const template = templates[i % templates.length] as TimelineEntry;
    return {
      ...template,
      entry_id: `${template.entry_id}-${String(count - i).padStart(6, '0')}`,
      occurred_at: new Date(start - i * 1000).toISOString(),
    };
  });
  return JSON.stringify({ entries, next_cursor: 'bench-cursor' });
}

/** A decision trace page of `items` items (4 decisions to 1 event) as the engine answers it. */
export function tracePageText(items: number): string {
  const { engine } = createTestReplayEngine();
  engine.upsertTask({ task_id: 'task-bench' });
  const types = ['ALLOW', 'BLOCK', 'PAUSE', 'RETRY', 'REQUIRE_REVIEW'] as const;
  for (let i = 0; i < items; i++) {
    const at = minutesAgo(items - i);
    if (i % 5 === 4) {
      engine.recordEvent({
        task_id: 'task-bench',
        event_type: 'TASK_UPDATED',
        payload: { step: i, note: 'progress' },
        created_at: at,
      });
    } else {
      const type = types[i % types.length] ?? 'ALLOW';
      engine.recordDecision({
        task_id: 'task-bench',
        snapshot: snapshotInput(type, { code: `REASON_${i % 25}`, eventTs: at }),
      });
    }
  }
  return JSON.stringify(engine.decisionTrace('task-bench', { limit: items }));
}
