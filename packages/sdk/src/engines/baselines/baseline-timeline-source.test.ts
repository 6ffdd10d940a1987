import { describe, expect, it } from 'vitest';
import { ACTORS, createSeed001World } from '../exports/fixtures/seed-001-world';
import { createOverrideEngine } from '../overrides/override-engine';
import { createGovernanceTimeline } from '../timeline/governance-timeline';
import { createBaselineEngine } from './baseline-engine';
import { createBaselineTimelineSource } from './baseline-timeline-source';

describe('baseline timeline source', () => {
  it('stamps each baseline event with its execution and scopes by execution', () => {
    const world = createSeed001World();
    const baselines = createBaselineEngine(world);
    const b1 = baselines.submit(ACTORS.runner, {
      execution_id: 'exec-1',
      name: 'one',
      description: 'first',
    });
    baselines.review(ACTORS.admin, b1.id, { decision: 'approve', notes: 'fine' });
    baselines.submit(ACTORS.manager, { execution_id: 'exec-2', name: 'two' });
    const source = createBaselineTimelineSource(baselines.store);
    expect(
      source
        .listBaselineEvents(['exec-1'])
        .map((e) => [e.execution_id, e.baseline_id, e.action, e.notes]),
    ).toEqual([
      ['exec-1', b1.id, 'submitted', 'first'],
      ['exec-1', b1.id, 'review.approve', 'fine'],
    ]);
    expect(source.listBaselineEvents(['exec-1', 'exec-2'])).toHaveLength(3);
    expect(source.listBaselineEvents([])).toEqual([]);
  });

  it('puts baseline transitions on the governance timeline', () => {
    const world = createSeed001World();
    const baselines = createBaselineEngine(world);
    const b = baselines.submit(ACTORS.runner, {
      execution_id: 'exec-1',
      name: 'one',
      reviewer_ids: [ACTORS.reviewer],
    });
    world.clock.advance(1000);
    baselines.review(ACTORS.reviewer, b.id, { decision: 'approve', notes: 'ok' });
    const timeline = createGovernanceTimeline({
      ...world,
      overrides: createOverrideEngine(world),
      baselineEvents: createBaselineTimelineSource(baselines.store),
    });
    const page = timeline.list(ACTORS.runner, { execution_id: 'exec-1' });
    const entries = page.entries.filter((e) => e.entry_type === 'baseline_event');
    expect(entries.map((e) => [e.action, e.summary, e.baseline_id])).toEqual([
      ['review.approve', 'ok', b.id],
      ['submitted', null, b.id],
    ]);
  });
});
