import { describe, expect, it } from 'vitest';
import { SEEDED_USERS } from '../seed/directory';
import { SEEDED_LINEAGE } from '../seed/lineage';
import { SEEDED_WORKSPACES } from '../seed/run-governance';
import { createStore, DEFAULT_STORE_START } from './create-store';
import type { MockStore } from './mock-store';

describe('createStore', () => {
  it('builds the same world for the same seed and scale', () => {
    expect(createStore({ seed: 5 }).snapshot()).toEqual(createStore({ seed: 5 }).snapshot());
    expect(createStore({ seed: 5 }).snapshot()).not.toEqual(createStore({ seed: 6 }).snapshot());
  });

  it('seeds every domain, restores the clock and starts at version 0', () => {
    const store = createStore();
    expect(store.clock.now()).toBe(Date.parse(DEFAULT_STORE_START));
    expect(store.version).toBe(0);
    expect(store.directory.listUsers().map((u) => u.id)).toEqual(
      expect.arrayContaining(SEEDED_USERS.map((u) => u.id)),
    );
    expect(store.runGovernance.workspaceIds()).toEqual(
      SEEDED_WORKSPACES.slice(0, 4)
        .map((w) => w.id)
        .sort(),
    );
    expect(store.runGovernance.runs.listRuns().length).toBeGreaterThanOrEqual(4);
  });

  it('scales the dataset, and scale 0 leaves only the directory', () => {
    const big = createStore({ scale: 3 });
    expect(big.runGovernance.workspaceIds()).toHaveLength(12);
    const empty = createStore({ scale: 0 });
    expect(empty.runGovernance.runs.listRuns()).toEqual([]);
    expect(empty.directory.listUsers().length).toBe(SEEDED_USERS.length);
    expect(() => createStore({ scale: -1 })).toThrow(RangeError);
  });

  it('bumps version on every tracked write, not on reads', () => {
    const store = createStore();
    store.runGovernance.locks.getLockState('ws-a');
    store.directory.listUsers();
    expect(store.version).toBe(0);
    store.runGovernance.locks.acquireRunLock('ws-a', 'me');
    expect(store.version).toBeGreaterThan(0);
  });

  it('keeps stores isolated from each other', () => {
    const a = createStore();
    const b = createStore();
    a.runGovernance.locks.acquireRunLock('ws-a', 'me');
    expect(b.runGovernance.locks.getLockState('ws-a').live).toBe(false);
    expect(b.version).toBe(0);
  });

  it('shares nothing between stores, not even the huge-logs capture built once per process', () => {
    const a = createStore();
    const b = createStore();
    // Read through the store, not the engine: the engine's reads are audited (a change).
    const hugeId = (store: MockStore) =>
      store.lineage.store.findLineageByReportId(SEEDED_LINEAGE.hugeLogsReportId)?.id ?? '';
    const picture = (store: MockStore) => {
      const row = store.lineage.store.getLineage(hugeId(store));
      return {
        snapshot: store.snapshot(),
        row,
        report: store.lineage.engine.getReport(SEEDED_LINEAGE.hugeLogsReportId),
      };
    };
    // A deep copy: a leak through shared objects must not change the expectation too.
    const before = structuredClone(picture(b));
    expect(before.row?.raw_inputs_compressed?.length).toBeGreaterThan(0);

    // Everything one store hands out or keeps is changed, then the lineage is deleted.
    const id = hugeId(a);
    a.lineage.engine.download(id).bytes.fill(0);
    const row = a.lineage.store.getLineage(id);
    row?.raw_inputs_compressed?.fill(0);
    if (row) row.pipeline_logs.injected = true;
    const report = a.lineage.engine.getReport(SEEDED_LINEAGE.hugeLogsReportId);
    if (report) report.data.injected = true;
    a.lineage.engine.deleteLineage(id, { user_id: 'user-admin' });

    expect(picture(b)).toEqual(before);
    expect(picture(createStore())).toEqual(before);
  });

  it('can start empty, or on a live clock', () => {
    expect(createStore({ seedData: false }).runGovernance.workspaceIds()).toEqual([]);
    const live = createStore({ clock: 'live', now: 1_000_000 });
    expect(live.clock.now()).toBeGreaterThanOrEqual(1_000_000);
  });
});
