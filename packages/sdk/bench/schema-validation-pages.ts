// The pages the schema-validation benchmark parses, produced by the real engines so their shape is
// what a server sends (not hand-written JSON that could drift from the contract).
import { WORLD_USERS } from '../src/engines/overrides/fixtures/override-world';
import {
  createTestReplayEngine,
  minutesAgo,
  snapshotInput,
} from '../src/engines/replay/fixtures/replay-fixtures';
import {
  createTimelineWorld,
  populateTimelineWorld,
} from '../src/engines/timeline/fixtures/timeline-world';
import type { TimelineEntry } from '../src/schemas/timeline/timeline-entry';

/** One timeline entry of each type the engine writes (7 entries: a full override story). */
function engineTimelineEntries(): TimelineEntry[] {
  const world = createTimelineWorld();
  populateTimelineWorld(world);
  return world.timeline.list(WORLD_USERS.admin, { limit: 200 }).entries;
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
