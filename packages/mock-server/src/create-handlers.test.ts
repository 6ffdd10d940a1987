import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from './create-handlers';
import { SEEDED_WORKSPACES } from './seed/run-governance';
import { createStore } from './store/create-store';

const BASE = 'http://govkit.test';

describe('createHandlers (MSW)', () => {
  let server: ReturnType<typeof setupServer> | undefined;
  afterEach(() => {
    server?.close();
    server = undefined;
  });

  function listen(...extra: Parameters<typeof setupServer>) {
    const store = createStore();
    server = setupServer(...createHandlers({ baseURL: BASE, store }), ...extra);
    server.listen({ onUnhandledRequest: 'error' });
    return store;
  }

  it('is one dispatcher handler answering the route table', async () => {
    expect(createHandlers()).toHaveLength(1);
    listen();
    const workspace = SEEDED_WORKSPACES[0]?.id as string;
    const response = await fetch(`${BASE}/api/workspaces/${workspace}/lock`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ workspace_id: workspace, live: true });
  });

  it('does not match paths outside the table or the base URL, so later handlers still run', async () => {
    listen(
      http.get(`${BASE}/health`, () => HttpResponse.json({ ok: true })),
      http.get('http://elsewhere.test/api/runs/:id', () => HttpResponse.json({ other: true })),
    );
    expect(await (await fetch(`${BASE}/health`)).json()).toEqual({ ok: true });
    expect(await (await fetch('http://elsewhere.test/api/runs/x')).json()).toEqual({ other: true });
  });

  it('turns an injected drop into a network error', async () => {
    listen();
    await expect(
      fetch(`${BASE}/api/runs/x`, { headers: { 'x-govkit-fault': 'drop' } }),
    ).rejects.toThrow(TypeError);
  });

  it('serves each store separately', async () => {
    const store = listen();
    const created = await fetch(`${BASE}/api/workspaces/ws-new/lock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ owner: 'user-lead' }),
    });
    expect(created.status).toBe(201);
    expect(store.runGovernance.locks.getLockState('ws-new').live).toBe(true);
    expect(createStore().runGovernance.locks.getLockState('ws-new').live).toBe(false);
  });
});
