import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ClientCore } from './client-core';
import { NotFoundError } from './errors';
import { testEndpoints as ep } from './fixtures/test-endpoints';
import { sendJson, startTestServer, type TestServer } from './fixtures/test-server';
import { PagePromise, pageItemKey } from './paginate';
import type { ClientWarning } from './request-options';

let server: TestServer;
let warnings: ClientWarning[];
let core: ClientCore;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  warnings = [];
  core = new ClientCore({
    baseURL: server.baseURL,
    timeout: 5_000,
    maxRetries: 0,
    validation: 'lenient',
    onWarning: (w) => warnings.push(w),
  });
});

const items = (ids: string[]) => ids.map((id) => ({ id, kind: 'a' }));

describe('PagePromise over a cursor endpoint', () => {
  it('awaits to the first page and iterates across all pages', async () => {
    const pages: Record<string, unknown> = {
      '': { items: items(['1', '2']), next_cursor: 'c2' },
      c2: { items: items(['3', '4']), next_cursor: 'c3' },
      c3: { items: items(['5']), next_cursor: null },
    };
    server.handle((req, res) => sendJson(res, 200, pages[req.query.get('cursor') ?? '']));
    const first = await core.paginate(ep.list, 'items', { query: { limit: 2 } });
    expect(first.items.map((i) => i.id)).toEqual(['1', '2']);
    expect(first.next_cursor).toBe('c2');

    server.requests.length = 0;
    const all = await core.paginate(ep.list, 'items', { query: { limit: 2 } }).toArray();
    expect(all.map((i) => i.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(server.requests.map((r) => r.url)).toEqual([
      '/api/test/items?limit=2',
      '/api/test/items?limit=2&cursor=c2',
      '/api/test/items?limit=2&cursor=c3',
    ]);
    expect(warnings).toEqual([]);
  });

  it('sends nothing until awaited or iterated, and reuses the first page', async () => {
    server.handle((_req, res) => sendJson(res, 200, { items: items(['1']), next_cursor: null }));
    const page = core.paginate(ep.list, 'items');
    await new Promise((r) => setTimeout(r, 20));
    expect(server.requests).toHaveLength(0);
    await page;
    const all: string[] = [];
    for await (const item of page) all.push(item.id);
    expect(all).toEqual(['1']);
    expect(server.requests).toHaveLength(1);
  });

  it('stops with a warning on a server that ignores the cursor (seed 002)', async () => {
    // The original system answers page 1 forever, with the same next_cursor.
    server.handle((_req, res) =>
      sendJson(res, 200, { items: items(['1', '2']), next_cursor: '2024-01-28T10:20:00Z_456' }),
    );
    const all = await core.paginate(ep.list, 'items').toArray();
    expect(all.map((i) => i.id)).toEqual(['1', '2']);
    expect(server.requests.length).toBeLessThanOrEqual(2);
    expect(warnings.map((w) => w.code)).toHaveLength(1);
    expect(['repeated_page', 'repeated_cursor']).toContain(warnings[0]?.code);
    expect(warnings[0]?.contract).toBe('test.items.list');
  });

  it('stops on a repeated page even when the cursor changes', async () => {
    let n = 0;
    server.handle((_req, res) =>
      sendJson(res, 200, { items: items(['1']), next_cursor: `c${n++}` }),
    );
    const all = await core.paginate(ep.list, 'items').toArray();
    expect(all.map((i) => i.id)).toEqual(['1']);
    expect(server.requests).toHaveLength(2);
    expect(warnings.map((w) => w.code)).toEqual(['repeated_page']);
  });

  it('stops on a cursor seen before (a cycle between pages)', async () => {
    const pages: Record<string, unknown> = {
      '': { items: items(['1']), next_cursor: 'a' },
      a: { items: items(['2']), next_cursor: 'b' },
      b: { items: items(['3']), next_cursor: 'a' },
    };
    server.handle((req, res) => sendJson(res, 200, pages[req.query.get('cursor') ?? '']));
    const all = await core.paginate(ep.list, 'items').toArray();
    expect(all.map((i) => i.id)).toEqual(['1', '2', '3']);
    expect(warnings.map((w) => w.code)).toEqual(['repeated_cursor']);
  });

  it('yields items repeated across pages once (timeline analytics entries)', async () => {
    const pages: Record<string, unknown> = {
      '': { items: items(['a1', '1', '2']), next_cursor: 'c2' },
      c2: { items: items(['a1', '3']), next_cursor: null },
    };
    server.handle((req, res) => sendJson(res, 200, pages[req.query.get('cursor') ?? '']));
    const all = await core.paginate(ep.list, 'items').toArray();
    expect(all.map((i) => i.id)).toEqual(['a1', '1', '2', '3']);
    expect(warnings).toEqual([]);
  });

  it('starts from a caller-supplied cursor and surfaces page errors', async () => {
    server.handle((req, res) =>
      req.query.get('cursor') === 'start'
        ? sendJson(res, 200, { items: items(['9']), next_cursor: 'gone' })
        : sendJson(res, 404, { detail: 'Not found' }),
    );
    const iterate = async () => {
      for await (const _ of core.paginate(ep.list, 'items', { query: { cursor: 'start' } })) {
        // drain
      }
    };
    await expect(iterate()).rejects.toBeInstanceOf(NotFoundError);
    expect(server.requests.map((r) => r.query.get('cursor'))).toEqual(['start', 'gone']);
  });
});

describe('pageItemKey', () => {
  it('keys by kind and id field, so audit 5 and event "5" differ', () => {
    expect(pageItemKey({ kind: 'audit', audit_id: '5' })).not.toBe(
      pageItemKey({ kind: 'event', event_id: '5' }),
    );
    expect(pageItemKey({ entry_type: 'analytics_snapshot', entry_id: 'x' })).toBe(
      'analytics_snapshot|entry_id|x',
    );
    expect(pageItemKey({ message: 'no id' })).toBeUndefined();
  });

  it('never drops items without an id', async () => {
    const page = new PagePromise<{ items: unknown[]; next_cursor: null }, unknown>({
      fetchPage: async () => ({ items: [{ m: 1 }, { m: 1 }], next_cursor: null }),
      itemsKey: 'items',
      nextCursorKey: 'next_cursor',
    });
    expect(await page.toArray()).toHaveLength(2);
  });
});
