import { beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../store/create-store';
import type { MockStore } from '../store/mock-store';
import { findSeededCoachingNote, SEEDED_COACHING_BODIES } from './coaching';
import { domainSeeders } from './domain-seeders';
import { SEEDED_MIGRATION_BACKLOG } from './migration-backlog';
import { findSeededOverride, SEEDED_LOCK_HOLDER, SEEDED_OVERRIDES } from './overrides';
import { SEEDED_OVERRIDE_EXECUTIONS, seededOverrideBatchExecutionIds } from './overrides-world';

// The seed 000 part of a world: overrides, lineage, reversals, locks and coaching notes.
const seed000 = (store: MockStore) => ({
  overrides: store.overrides.store.dump(),
  notes: store.coaching.store.dump(),
});

// Only the seeders this part reads (people and executions, the templates its previews use).
function seed000World(seed: number, scale = 1): MockStore {
  const store = createStore({ seed, scale, seedData: false });
  const start = store.clock.now();
  for (const seeder of domainSeeders) {
    if (!['directory', 'templates', 'overrides', 'coaching'].includes(seeder.name)) continue;
    seeder.seed(store, store.random(`seed:${seeder.name}`), scale);
    store.clock.set(start);
  }
  return store;
}

describe('seedOverrides and seedCoaching', () => {
  // The full default world, shared by the read-only checks below.
  let store: MockStore;
  beforeAll(() => {
    store = createStore();
  });

  it('build the same world from the same seed, and another from another seed', () => {
    const a = seed000(seed000World(4));
    expect(seed000(seed000World(4))).toEqual(a);
    expect(seed000(seed000World(5))).not.toEqual(a);
  });

  it('scale the batch executions and seed nothing at scale 0', () => {
    const empty = seed000World(1, 0);
    expect(empty.overrides.store.dump().overrides).toEqual([]);
    expect(empty.coaching.store.list()).toEqual([]);
    const small = seed000World(1, 1);
    const large = seed000World(1, 4);
    expect(seededOverrideBatchExecutionIds(4)).toHaveLength(8);
    for (const id of seededOverrideBatchExecutionIds(4)) {
      expect(large.directory.getExecution(id)).toBeDefined();
    }
    const count = (store: MockStore) => store.overrides.engine.listRecords().length;
    expect(count(large)).toBeGreaterThan(count(small) + 8);
    expect(large.coaching.store.list().length).toBeGreaterThan(small.coaching.store.list().length);
  });

  it('has every override status, each with a scenario or notebook lineage', () => {
    const records = store.overrides.engine.listRecords();
    expect(new Set(records.map((r) => r.status))).toEqual(
      new Set(['accepted', 'declined', 'executed', 'reversed']),
    );
    // The migration backlog's historical overrides have no lineage until `backfill-lineage` runs.
    const legacy = new Set<string>([
      SEEDED_MIGRATION_BACKLOG.overridesFromLineage,
      SEEDED_MIGRATION_BACKLOG.overridesFromScenario,
      SEEDED_MIGRATION_BACKLOG.overrideWithoutProvenance,
    ]);
    for (const record of records) {
      const lineage = store.overrides.store.getLineage(record.id);
      if (legacy.has(record.id)) expect(lineage, record.id).toBeUndefined();
      else expect(lineage?.scenario_id ?? lineage?.notebook_entry_id).toBeTruthy();
    }
    const expected = {
      accepted: 'accepted',
      declined: 'declined',
      reversibleReassign: 'executed',
      irreversible: 'executed',
      locked: 'executed',
      coolingDown: 'reversed',
      cooldownExpired: 'reversed',
      reversedNoCooldown: 'reversed',
      reversibleEscalate: 'executed',
      partner: 'executed',
    } as const;
    for (const name of Object.keys(SEEDED_OVERRIDES) as Array<keyof typeof expected>) {
      expect(findSeededOverride(store, name).status, name).toBe(expected[name]);
    }
  });

  it('holds a live reversal lock and reversals in and out of their cooldown', () => {
    const now = store.clock.now();
    const locked = store.overrides.engine.liveState(findSeededOverride(store, 'locked').id);
    expect(locked?.lock?.actor?.id).toBe(SEEDED_LOCK_HOLDER);
    const cooling = findSeededOverride(store, 'coolingDown');
    expect(cooling).toMatchObject({ cooldown_window_minutes: 120 });
    expect(Date.parse(cooling.cooldown_expires_at ?? '')).toBe(now + 110 * 60_000);
    const expired = findSeededOverride(store, 'cooldownExpired');
    expect(expired.cooldown_window_minutes).toBe(30);
    expect(Date.parse(expired.cooldown_expires_at ?? '')).toBeLessThan(now);
    expect(findSeededOverride(store, 'reversedNoCooldown').cooldown_expires_at).toBeNull();
    expect(store.overrides.engine.listLiveStates(SEEDED_OVERRIDE_EXECUTIONS.cooldown)).toEqual(
      expect.arrayContaining([expect.objectContaining({ cooldown: expect.any(Object) })]),
    );
  });

  it('seeds threads in every moderation state', () => {
    const notes = store.coaching.store.list();
    expect(new Set(notes.map((n) => n.moderation_state))).toEqual(
      new Set(['published', 'flagged', 'resolved', 'removed', 'draft']),
    );
    for (const name of Object.keys(SEEDED_COACHING_BODIES) as Array<
      keyof typeof SEEDED_COACHING_BODIES
    >) {
      expect(findSeededCoachingNote(store, name).body).toBe(SEEDED_COACHING_BODIES[name]);
    }
    const reply = findSeededCoachingNote(store, 'reassignReply');
    expect(reply.thread_root_id).toBe(findSeededCoachingNote(store, 'reassignRoot').id);
    expect(notes.some((n) => n.parent_id !== null && n.override_id !== reply.override_id)).toBe(
      true,
    );
  });

  it('feeds analytics and fires recommendations', () => {
    const run = store.analytics.engine.compute('user-admin');
    const executions = new Set(run.report.results.map((r) => r.execution_id));
    expect(executions).toContain(SEEDED_OVERRIDE_EXECUTIONS.review);
    expect(executions).toContain(SEEDED_OVERRIDE_EXECUTIONS.cooldown);
    const rules = store.overrides.recommendations
      .list('user-admin', {})
      .recommendations.map((r) => r.rule_key);
    expect(rules).toEqual(expect.arrayContaining(['cadence_overload', 'streak_cooldown']));
  });
});
