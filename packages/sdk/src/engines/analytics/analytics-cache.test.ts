import { describe, expect, it } from 'vitest';
import type { GovernanceAnalyticsReport } from '../../schemas/analytics/analytics-report';
import { createCoachingNoteEngine } from '../coaching/coaching-note-engine';
import {
  overrideRequest,
  WORLD_RECOMMENDATION as REC,
  WORLD_USERS as U,
} from '../overrides/fixtures/override-world';
import { createAnalyticsWorld } from './fixtures/analytics-world';

function setup() {
  const world = createAnalyticsWorld();
  world.publishPreview('exe-1');
  const coaching = createCoachingNoteEngine({
    directory: world.directory,
    events: world.events,
    overrides: world.overrides,
    clock: world.clock,
    ids: world.ids,
  });
  return { ...world, coaching };
}

describe('analytics cache', () => {
  it('serves a hit without recomputing and a miss by computing', () => {
    const world = setup();
    const first = world.analytics.retrieve(U.admin);
    expect(world.analytics.computationCount()).toBe(1);
    const second = world.analytics.retrieve(U.admin);
    expect(second).toEqual(first);
    expect(world.analytics.computationCount()).toBe(1);
    expect(world.analytics.cache.stats()).toMatchObject({ hits: 1, misses: 1, entries: 1 });
    // A different scope key (limit, view, execution, user) is a different entry.
    world.analytics.retrieve(U.admin, { limit: 10 });
    world.analytics.retrieve(U.admin, { view: 'reviewer' });
    world.analytics.retrieve(U.admin, { execution_id: 'exe-1' });
    world.analytics.retrieve(U.lead);
    expect(world.analytics.computationCount()).toBe(5);
  });

  it('returns deep copies: mutating a response does not poison the cache', () => {
    const world = setup();
    const first = world.analytics.retrieve(U.admin) as GovernanceAnalyticsReport;
    first.results.length = 0;
    first.totals.preview_count = 99;
    const again = world.analytics.retrieve(U.admin) as GovernanceAnalyticsReport;
    expect(again.results).toHaveLength(1);
    expect(again.totals.preview_count).toBe(1);
  });

  it('expires after 30 s on the manual clock', () => {
    const world = setup();
    world.analytics.retrieve(U.admin);
    world.clock.advance(29_999);
    world.analytics.retrieve(U.admin);
    expect(world.analytics.computationCount()).toBe(1);
    world.clock.advance(1);
    world.analytics.retrieve(U.admin);
    expect(world.analytics.computationCount()).toBe(2);
  });

  it('is invalidated by an override action on an execution in scope, not by one elsewhere', () => {
    const world = setup();
    world.analytics.retrieve(U.admin, { execution_id: 'exe-open' });
    world.analytics.retrieve(U.admin, { execution_id: 'exe-1' });
    world.overrides.execute(U.actor, REC, overrideRequest('escalate'));
    world.analytics.retrieve(U.admin, { execution_id: 'exe-open' });
    expect(world.analytics.computationCount()).toBe(2);
    const fresh = world.analytics.retrieve(U.admin, {
      execution_id: 'exe-1',
    }) as GovernanceAnalyticsReport;
    expect(world.analytics.computationCount()).toBe(3);
    expect(fresh.results[0]?.overrides_applied).toBe(1);
  });

  it('is invalidated by coaching-note changes', () => {
    const world = setup();
    const override = world.overrides.execute(U.actor, REC, overrideRequest('escalate'));
    world.analytics.retrieve(U.admin);
    const note = world.coaching.create(U.lead, override.id, { body: 'hi', metadata: {} });
    world.analytics.retrieve(U.admin);
    expect(world.analytics.computationCount()).toBe(2);
    world.coaching.moderate(U.lead, note.id, 'flag', undefined);
    world.analytics.retrieve(U.admin);
    expect(world.analytics.computationCount()).toBe(3);
  });

  it('drops entries of both executions when a note names another execution than its override', () => {
    const world = setup();
    const override = world.overrides.execute(U.actor, REC, overrideRequest('escalate'));
    world.analytics.retrieve(U.admin, { execution_id: 'exe-1' });
    world.analytics.retrieve(U.admin, { execution_id: 'exe-open' });
    world.coaching.create(U.admin, override.id, {
      body: 'cross',
      execution_id: 'exe-open',
      metadata: {},
    });
    world.analytics.retrieve(U.admin, { execution_id: 'exe-1' });
    world.analytics.retrieve(U.admin, { execution_id: 'exe-open' });
    expect(world.analytics.computationCount()).toBe(4);
  });

  it('is invalidated by approval-stage events of an execution in scope', () => {
    const world = setup();
    world.analytics.retrieve(U.admin);
    world.events.append({
      execution_id: 'exe-1',
      event_type: 'narrative_export.approval.stage_completed',
      payload: {},
    });
    world.analytics.retrieve(U.admin);
    expect(world.analytics.computationCount()).toBe(2);
    // Other event types (a new preview, a packaging event) wait for the TTL.
    world.events.append({
      execution_id: 'exe-1',
      event_type: 'narrative_export.packaging.queued',
      payload: {},
    });
    world.publishPreview('exe-1');
    world.analytics.retrieve(U.admin);
    expect(world.analytics.computationCount()).toBe(2);
    expect(world.analytics.cache.stats().invalidations).toBeGreaterThan(0);
  });

  it('stops listening after dispose', () => {
    const world = setup();
    world.analytics.retrieve(U.admin);
    world.analytics.dispose();
    world.events.append({
      execution_id: 'exe-1',
      event_type: 'narrative_export.approval.finalized',
      payload: {},
    });
    world.analytics.retrieve(U.admin);
    expect(world.analytics.computationCount()).toBe(1);
  });
});
