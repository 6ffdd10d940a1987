import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMockApi } from '../create-mock-api';
import { createStore } from './create-store';
import { openDurableDomains, seedDurableDomains } from './durable-domains';

const dir = mkdtempSync(join(tmpdir(), 'govkit-mock-pglite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Two "starts" of the mock server on one PGlite directory: what the first wrote is there for the
// second, and the seed lands once.
async function start() {
  const world = createStore({ seed: 3 });
  const durable = await openDurableDomains(`pglite:${dir}`, world);
  const seeded = await seedDurableDomains(durable, world);
  const api = createMockApi({ store: createStore({ seed: 3, durable }), validateResponses: true });
  const call = async (path: string, init?: RequestInit) => {
    const response = await api.handle(new Request(`http://mock.test${path}`, init));
    const text = response ? await response.text() : '';
    return { status: response?.status, json: text ? JSON.parse(text) : undefined };
  };
  return { world, durable, seeded, call };
}

const acquire = (owner: string): RequestInit => ({
  method: 'POST',
  body: JSON.stringify({ owner, ttl_seconds: 3600 }),
  headers: { 'content-type': 'application/json' },
});

describe('mock server on a durable store (PGlite directory)', () => {
  // PGlite boots a WASM PostgreSQL twice here: seconds on a busy machine.
  it('serves locks and lineage from the store, seeds once, and keeps state across restarts', {
    timeout: 120_000,
  }, async () => {
    const first = await start();
    const lineageCount = first.world.lineage.store.listLineages().length;
    expect(first.seeded).toEqual({
      runs: first.world.runGovernance.runs.listRuns().length,
      lineages: lineageCount,
    });
    const grant = await first.call('/api/workspaces/ws-durable/lock', acquire('designer'));
    expect(grant).toMatchObject({ status: 201, json: { acquired: true, fencing_token: 1 } });
    // The in-memory engine knows nothing of it: the route went to the durable store.
    expect(first.world.runGovernance.locks.getLockState('ws-durable').live).toBe(false);
    const stats = await first.call('/api/lineage/panel/stats');
    expect(stats.json).toMatchObject({ total_records: lineageCount });
    await first.durable.close();

    const second = await start();
    expect(second.seeded).toEqual({ runs: 0, lineages: 0 });
    expect(await second.call('/api/workspaces/ws-durable/lock')).toMatchObject({
      status: 200,
      json: { live: true, holder: 'designer', lock_id: grant.json.lock_id },
    });
    expect(await second.call('/api/workspaces/ws-durable/lock', acquire('someone'))).toMatchObject({
      status: 409,
      json: { code: 'run_lock_held' },
    });
    const page = await second.call('/api/lineage/search?limit=5');
    expect(page).toMatchObject({ status: 200 });
    expect(page.json.items).toHaveLength(5);
    await second.durable.close();
  });
});
