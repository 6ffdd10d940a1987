import { describe, expect, it } from 'vitest';
import { createManualClock } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import { createSequentialIdGenerator } from '../shared/id-generator';
import { createRunLockEngine } from './run-lock';
import { createManifest } from './run-manifest';
import { createInMemoryRunStore, createManifestWriter } from './run-store';

function setup() {
  const clock = createManualClock('2026-02-03T10:00:00.000Z');
  const locks = createRunLockEngine({ clock, ids: createSequentialIdGenerator() });
  const store = createInMemoryRunStore();
  const writer = createManifestWriter({ store, fencing: locks });
  return { clock, locks, store, writer };
}

describe('createManifestWriter', () => {
  it('writes under the current token', () => {
    const { clock, locks, store, writer } = setup();
    const grant = locks.acquireRunLock('ws-1', 'alice');
    const manifest = createManifest('run-1', 'ws-1', 'mock', grant.lock_id, {
      clock,
      fencing_token: grant.fencing_token,
    });
    writer.write(manifest);
    expect(store.getManifest('run-1')).toEqual(manifest);
  });

  it('rejects a write from a stale holder and stores nothing', () => {
    const { clock, locks, store, writer } = setup();
    const old = locks.acquireRunLock('ws-1', 'alice', 1);
    clock.advance(1_000);
    locks.acquireRunLock('ws-1', 'bob');
    const manifest = createManifest('run-1', 'ws-1', 'mock', undefined, {
      clock,
      fencing_token: old.fencing_token,
    });
    let error: unknown;
    try {
      writer.write(manifest);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe('stale_fencing_token');
    expect((error as EngineError).status).toBe(409);
    expect(store.getManifest('run-1')).toBeUndefined();
  });

  it('uses an explicit token over the manifest one and treats a missing token as 0', () => {
    const { clock, locks, writer } = setup();
    locks.acquireRunLock('ws-1', 'alice');
    const manifest = createManifest('run-1', 'ws-1', 'mock', undefined, { clock });
    expect(() => writer.write(manifest)).toThrow(EngineError);
    expect(() => writer.write(manifest, 1)).not.toThrow();
    // A workspace that never had a lock accepts token 0.
    expect(() =>
      writer.write(createManifest('run-2', 'ws-2', 'mock', undefined, { clock })),
    ).not.toThrow();
  });
});

describe('createInMemoryRunStore', () => {
  it('returns copies, so callers cannot change stored rows', () => {
    const { clock, store } = setup();
    store.putManifest(createManifest('run-1', 'ws-1', 'mock', undefined, { clock }));
    const copy = store.getManifest('run-1');
    if (copy?.steps[0]) copy.steps[0].status = 'failed';
    expect(store.getManifest('run-1')?.steps[0]?.status).toBe('pending');
    expect(store.getRun('nope')).toBeUndefined();
    expect(store.listRuns()).toEqual([]);
  });
});
