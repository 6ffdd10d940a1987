import { describe, expect, it } from 'vitest';
import {
  createOverrideWorld,
  overrideRequest,
  WORLD_RECOMMENDATION as REC,
  WORLD_USERS as U,
} from './fixtures/override-world';
import type { OverrideRecord } from './override-store';

// Legacy rows: written before lineage existed, so only their detail snapshot knows provenance.
function legacyWorld() {
  const world = createOverrideWorld();
  const template = world.overrides.getRecord(
    world.overrides.execute(U.actor, REC, overrideRequest('escalate')).id,
  ) as OverrideRecord;
  const legacy = (id: string, detail: Record<string, unknown>) =>
    world.store.putOverride({ ...template, id, detail_snapshot: detail });
  legacy('legacy-lineage', {
    lineage: {
      captured_at: '2024-06-01T00:00:00Z',
      captured_by_id: U.runner,
      metadata: { note: 'kept' },
      scenario: { id: 'sc-old', name: 'Stale title' },
    },
  });
  legacy('legacy-notebook', { notebook_entry: { id: 'nb-old', title: 'Old notebook' } });
  legacy('legacy-scenario-no-id', { scenario: { name: 'No id here' } });
  legacy('legacy-nothing', { notes: 'no provenance' });
  return world;
}

describe('backfillOverrideLineage', () => {
  it('reports in a dry run without writing', () => {
    const world = legacyWorld();
    const before = world.store.dump();
    const report = world.overrides.backfillLineage({ dryRun: true });
    expect(report).toEqual({
      dry_run: true,
      scanned: 5,
      created: [
        {
          override_id: 'legacy-lineage',
          scenario_id: 'sc-old',
          notebook_entry_id: null,
          source: 'lineage',
        },
        {
          override_id: 'legacy-notebook',
          scenario_id: null,
          notebook_entry_id: 'nb-old',
          source: 'notebook_entry',
        },
        {
          override_id: 'legacy-scenario-no-id',
          scenario_id: null,
          notebook_entry_id: null,
          source: 'scenario',
        },
      ],
      skipped_existing: 1,
      skipped_without_provenance: ['legacy-nothing'],
    });
    expect(world.store.dump()).toEqual(before);
  });

  it('creates rows tagged backfilled, preserving snapshots as found, and is idempotent', () => {
    const world = legacyWorld();
    const first = world.overrides.backfillLineage();
    expect(first.created).toHaveLength(3);
    expect(world.store.getLineage('legacy-lineage')).toMatchObject({
      scenario_id: 'sc-old',
      scenario_snapshot: { id: 'sc-old', name: 'Stale title' },
      captured_by_id: U.runner,
      captured_at: '2024-06-01T00:00:00Z',
      metadata: { note: 'kept', backfilled: true },
    });
    expect(world.store.getLineage('legacy-notebook')?.metadata).toEqual({ backfilled: true });
    expect(world.store.getLineage('legacy-scenario-no-id')?.scenario_snapshot).toEqual({
      name: 'No id here',
    });
    expect(world.store.getLineage('legacy-nothing')).toBeUndefined();
    const outcome = world.overrides.getOutcome('legacy-lineage');
    expect(outcome.lineage?.scenario?.name).toBe('Stale title');
    expect(outcome.lineage?.metadata.backfilled).toBe(true);
    const dump = world.store.dump();
    const again = world.overrides.backfillLineage();
    expect(again.created).toEqual([]);
    expect(again.skipped_existing).toBe(4);
    expect(world.store.dump()).toEqual(dump);
  });
});
