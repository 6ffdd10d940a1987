import { EngineError } from '@govkit/sdk/engines';
import { defineEndpoint, openObject, requestObject } from '@govkit/sdk/schemas';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createMockApi, type MockApiOptions } from './create-mock-api';
import { defineRoute, type RouteDefinition } from './router/define-route';
import { binaryBody } from './router/route-results';
import { createStore } from './store/create-store';

// Test endpoints: one of each kind the route layer must support.
const ItemSchema = openObject({ id: z.string(), limit: z.number(), tags: z.array(z.string()) });
const endpoints = {
  get: defineEndpoint({
    id: 'test.items.retrieve',
    method: 'GET',
    path: '/api/items/{item_id}',
    summary: 'get',
    tag: 'Test',
    pathParams: requestObject({ item_id: z.string().min(1) }),
    query: requestObject({
      limit: z.coerce.number().int().min(1).max(500).default(200),
      tags: z.array(z.string()).default([]),
    }),
    response: ItemSchema,
    errorStatuses: [404],
  }),
  create: defineEndpoint({
    id: 'test.items.create',
    method: 'POST',
    path: '/api/items',
    summary: 'create',
    tag: 'Test',
    body: requestObject({ name: z.string().min(1), size: z.number().int().default(1) }),
    response: openObject({ name: z.string(), size: z.number(), actor: z.string() }),
    successStatus: 201,
    errorStatuses: [409],
  }),
  search: defineEndpoint({
    id: 'test.items.search',
    method: 'GET',
    path: '/api/items/search',
    summary: 'search',
    tag: 'Test',
    query: requestObject({ q: z.string().min(2).optional() }),
    response: openObject({ hits: z.number() }),
    invalidParamsStatus: 400,
    errorStatuses: [400],
  }),
  remove: defineEndpoint({
    id: 'test.items.delete',
    method: 'DELETE',
    path: '/api/items/{item_id}',
    summary: 'delete',
    tag: 'Test',
    pathParams: requestObject({ item_id: z.string() }),
    responseKind: 'empty',
    successStatus: 204,
    errorStatuses: [],
  }),
  download: defineEndpoint({
    id: 'test.items.download',
    method: 'GET',
    path: '/api/items/{item_id}/download',
    summary: 'download',
    tag: 'Test',
    pathParams: requestObject({ item_id: z.string() }),
    responseKind: 'binary',
    contentType: 'application/gzip',
    errorStatuses: [],
  }),
};

const routes: RouteDefinition[] = [
  defineRoute(endpoints.get, ({ params, query }) => {
    if (params.item_id === 'missing') throw EngineError.notFound('Item not found');
    if (params.item_id === 'boom') throw new Error('kaput');
    if (params.item_id === 'drift') return { ...query, id: params.item_id, surprise: true };
    return { id: params.item_id, limit: query.limit, tags: query.tags };
  }),
  defineRoute(endpoints.create, ({ body, actor }) => {
    if (body.name === 'taken') throw EngineError.conflict('Name taken', { code: 'name_taken' });
    return { name: body.name, size: body.size, actor: actor.id };
  }),
  defineRoute(endpoints.search, () => ({ hits: 3 })),
  defineRoute(endpoints.remove, () => undefined),
  defineRoute(endpoints.download, ({ params }) =>
    binaryBody(new Uint8Array([1, 2, 3]), { filename: `item_${params.item_id}.gz` }),
  ),
];

function setup(options: MockApiOptions = {}) {
  const errors: unknown[] = [];
  const api = createMockApi({
    routes,
    // Only the directory: writes need a known acting user (the default `user-admin`).
    store: createStore({ scale: 0 }),
    validateResponses: true,
    onError: (error) => errors.push(error),
    ...options,
  });
  const call = async (path: string, init?: RequestInit) => {
    const response = await api.handle(new Request(`http://mock.test${path}`, init));
    const text = response ? await response.text() : '';
    return { response, status: response?.status, json: text ? JSON.parse(text) : undefined };
  };
  return { api, call, errors };
}

const post = (body: string, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  body,
  headers: { 'content-type': 'application/json', ...headers },
});

describe('createMockApi route layer', () => {
  it('parses path and query (coercion, defaults, repeated keys, single array values)', async () => {
    const { call } = setup();
    expect((await call('/api/items/a%20b?limit=5&tags=x&tags=y')).json).toEqual({
      id: 'a b',
      limit: 5,
      tags: ['x', 'y'],
    });
    expect((await call('/api/items/a?tags=only')).json).toEqual({
      id: 'a',
      limit: 200,
      tags: ['only'],
    });
  });

  it('prefers literal segments over parameters', async () => {
    const { call } = setup();
    expect((await call('/api/items/search')).json).toEqual({ hits: 3 });
  });

  it('answers FastAPI validation detail with the endpoint invalid-params status', async () => {
    const { call } = setup();
    const bad = await call('/api/items/a?limit=0&nope=1');
    expect(bad.status).toBe(422);
    expect(bad.json.detail).toEqual([
      expect.objectContaining({ loc: ['query', 'limit'], type: 'greater_than_equal' }),
      { loc: ['query', 'nope'], msg: 'Extra inputs are not permitted', type: 'extra_forbidden' },
    ]);
    expect((await call('/api/items/search?q=a')).status).toBe(400);
    expect((await call('/api/items/%E0%A4%A')).json.detail[0].loc).toEqual(['path', 'item_id']);
  });

  it('answers invalid JSON, wrong types and missing fields with 422 detail', async () => {
    const { call } = setup();
    const invalid = await call('/api/items', post('{"name":'));
    expect(invalid.status).toBe(422);
    expect(invalid.json.detail[0]).toMatchObject({ loc: ['body', 0], type: 'json_invalid' });
    const wrong = await call('/api/items', post('{"name": 3}'));
    expect(wrong.json.detail[0]).toMatchObject({ loc: ['body', 'name'], type: 'string_type' });
    const missing = await call('/api/items', post(''));
    expect(missing.json.detail[0]).toMatchObject({ loc: ['body', 'name'], type: 'missing' });
  });

  it('caps bodies at maxBodyBytes (413), by Content-Length and while streaming', async () => {
    const { call } = setup({ maxBodyBytes: 16 });
    const big = JSON.stringify({ name: 'x'.repeat(64) });
    const declared = await call('/api/items', post(big));
    expect(declared.status).toBe(413);
    expect(declared.json).toEqual({
      detail: 'Request body exceeds 16 bytes',
      code: 'payload_too_large',
    });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 8; i += 1) controller.enqueue(new TextEncoder().encode('aaaaaaaa'));
        controller.close();
      },
    });
    const chunked = await call('/api/items', {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it('maps EngineError to {detail, code} with its status', async () => {
    const { call } = setup();
    expect(await call('/api/items/missing')).toMatchObject({
      status: 404,
      json: { detail: 'Item not found', code: 'not_found' },
    });
    expect(await call('/api/items', post('{"name":"taken"}'))).toMatchObject({
      status: 409,
      json: { detail: 'Name taken', code: 'name_taken' },
    });
  });

  it('answers 500 and reports any other error and any contract drift', async () => {
    const { call, errors } = setup();
    expect(await call('/api/items/boom')).toMatchObject({
      status: 500,
      json: { detail: 'Internal server error: kaput' },
    });
    const drift = await call('/api/items/drift');
    expect(drift.status).toBe(500);
    expect(drift.json.detail).toMatch(/test\.items\.retrieve response breaks its contract/);
    expect(errors).toHaveLength(2);
  });

  it('sends drifting bodies as they are when validateResponses is off', async () => {
    const { call } = setup({ validateResponses: false });
    expect((await call('/api/items/drift')).json).toMatchObject({ surprise: true });
  });

  it('uses successStatus, 204 for empty, bytes and a quoted filename for binary', async () => {
    const { call, api } = setup();
    expect((await call('/api/items', post('{"name":"n"}'))).status).toBe(201);
    const removed = await call('/api/items/a', { method: 'DELETE' });
    expect(removed.status).toBe(204);
    const download = await api.handle(new Request('http://mock.test/api/items/a/download'));
    expect(download?.headers.get('content-type')).toBe('application/gzip');
    expect(download?.headers.get('content-disposition')).toBe('attachment; filename="item_a.gz"');
    expect(new Uint8Array(await (download as Response).arrayBuffer())).toEqual(
      new Uint8Array([1, 2, 3]),
    );
  });

  it('resolves the actor from x-govkit-user, then Bearer, else the default user', async () => {
    const { api, call } = setup({ defaultActorId: 'user-default' });
    for (const id of ['user-default', 'user-b', 'user-x']) {
      api.store.directory.putUser({ id, email: `${id}@govkit.test`, is_admin: false });
    }
    const actorOf = async (headers: Record<string, string>) =>
      (await call('/api/items', post('{"name":"n"}', headers))).json.actor;
    expect(await actorOf({})).toBe('user-default');
    expect(await actorOf({ authorization: 'Bearer user-b' })).toBe('user-b');
    expect(await actorOf({ authorization: 'Bearer user-b', 'x-govkit-user': 'user-x' })).toBe(
      'user-x',
    );
  });

  it('answers 401 to a write by an unknown acting user before reading its body; reads stay open', async () => {
    const { api, call } = setup();
    const before = api.store.version;
    const ghost = await call('/api/items', post('{"name":', { 'x-govkit-user': 'user-ghost' }));
    expect(ghost.status).toBe(401);
    expect(ghost.json).toEqual({ detail: 'Could not validate credentials', code: 'unauthorized' });
    const removed = await call('/api/items/a', {
      method: 'DELETE',
      headers: { authorization: 'Bearer user-ghost' },
    });
    expect(removed.status).toBe(401);
    expect(
      (await call('/api/items/a', { headers: { 'x-govkit-user': 'user-ghost' } })).status,
    ).toBe(200);
    expect(api.store.version).toBe(before);
  });

  it('answers 415 to a body that is not JSON, whatever else it carries', async () => {
    const { call } = setup();
    const form = new FormData();
    form.set('name', 'n');
    const refused: RequestInit[] = [
      { method: 'POST', body: '{"name":"n"}', headers: { 'content-type': 'text/plain' } },
      {
        method: 'POST',
        body: 'name=n',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
      { method: 'POST', body: form },
      { method: 'POST', body: new Blob(['{"name":"n"}']) },
    ];
    for (const init of refused) {
      const answer = await call('/api/items', init);
      expect(answer.status).toBe(415);
      expect(answer.json).toEqual({
        detail: 'Unsupported Media Type: request bodies must be application/json',
        code: 'unsupported_media_type',
      });
    }
    for (const type of ['application/json; charset=utf-8', 'application/merge-patch+json']) {
      const accepted = await call('/api/items', post('{"name":"n"}', { 'content-type': type }));
      expect(accepted.status, type).toBe(201);
    }
    expect((await call('/api/items/a', { method: 'DELETE' })).status).toBe(204);
  });

  it('answers 405 for a known path with another method, nothing for unknown paths', async () => {
    const { call } = setup();
    const wrong = await call('/api/items', { method: 'PUT' });
    expect(wrong.status).toBe(405);
    expect(wrong.response?.headers.get('allow')).toBe('POST');
    expect((await call('/api/unknown')).response).toBeUndefined();
    expect((await call('/api/items/a/')).response).toBeUndefined();
  });

  it('only answers below its baseURL', async () => {
    const { api } = setup({ baseURL: 'http://mock.test/v1' });
    expect(api.matches(new Request('http://mock.test/v1/api/items/a'))).toBe(true);
    expect(api.matches(new Request('http://mock.test/api/items/a'))).toBe(false);
    expect(api.matches(new Request('http://other.test/v1/api/items/a'))).toBe(false);
  });

  it('injects faults from the header before the route runs', async () => {
    const { call } = setup();
    const failed = await call(
      '/api/items',
      post('{"name":"n"}', { 'x-govkit-fault': 'error=429;retry-after=3' }),
    );
    expect(failed.status).toBe(429);
    expect(failed.response?.headers.get('retry-after')).toBe('3');
    expect(failed.json).toEqual({ detail: 'Injected fault: HTTP 429', code: 'injected_fault' });
    const dropped = await call('/api/items/a', { headers: { 'x-govkit-fault': 'drop' } });
    expect(dropped.response?.type).toBe('error');
    expect((await call('/api/items/a', { headers: { 'x-govkit-fault': 'bogus' } })).status).toBe(
      400,
    );
  });
});
