import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientCore } from './client-core';
import {
  AbortError,
  ConnectionError,
  InternalServerError,
  RateLimitError,
  RequestValidationError,
  ResponseValidationError,
  TimeoutError,
} from './errors';
import { testEndpoints as ep } from './fixtures/test-endpoints';
import { sendJson, startTestServer, type TestServer } from './fixtures/test-server';
import type { ClientWarning, TransportOptions } from './request-options';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

function core(overrides: Partial<TransportOptions> = {}, waits: number[] = []) {
  return new ClientCore({
    baseURL: server.baseURL,
    timeout: 5_000,
    maxRetries: 2,
    validation: 'lenient',
    random: () => 0.5,
    sleep: async (ms, signal) => {
      waits.push(ms);
      if (signal?.aborted) throw new AbortError();
    },
    ...overrides,
  });
}

const item = { id: 'i-1', kind: 'a' };

describe('request building', () => {
  it('sends method, encoded path, query with defaults and JSON body', async () => {
    server.handle((_req, res) => sendJson(res, 200, item));
    await core().request(ep.retrieve, {
      pathParams: { item_id: 'a/b c' },
      query: { verbose: true, tags: ['x', 'y'] },
    });
    const req = server.requests[0];
    expect(req?.method).toBe('GET');
    expect(req?.path).toBe('/api/test/items/a%2Fb%20c');
    expect(req?.query.get('limit')).toBe('200');
    expect(req?.query.get('verbose')).toBe('true');
    expect(req?.query.getAll('tags')).toEqual(['x', 'y']);
    expect(req?.headers.accept).toBe('application/json');

    server.handle((_req, res) => sendJson(res, 201, item));
    await core().request(ep.create, { query: { dry_run: true }, body: { name: 'n' } });
    const post = server.requests[1];
    expect(post?.method).toBe('POST');
    expect(post?.url).toBe('/api/test/items?dry_run=true');
    expect(JSON.parse(post?.body ?? '')).toEqual({ name: 'n', tags: [] });
    expect(post?.headers['content-type']).toContain('application/json');
  });

  it('fails locally with a typed error and sends nothing for invalid params', async () => {
    const client = core();
    await expect(
      client.request(ep.retrieve, { pathParams: { item_id: 'x' }, query: { limit: 0 } }),
    ).rejects.toMatchObject({ name: 'RequestValidationError', target: 'query' });
    await expect(client.request(ep.create, { body: { name: '' } })).rejects.toBeInstanceOf(
      RequestValidationError,
    );
    await expect(
      client.request(ep.create, { body: { name: 'a', extra: 1 } as never }),
    ).rejects.toBeInstanceOf(RequestValidationError);
    await expect(client.request(ep.retrieve, { pathParams: { item_id: '..' } })).rejects.toThrow(
      /Path parameter/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('sends a bearer token, an async header provider and per-request headers', async () => {
    server.handle((_req, res) => sendJson(res, 200, item));
    await core({ auth: 'tok-1', defaultHeaders: { 'x-app': 'a' } }).request(
      ep.retrieve,
      { pathParams: { item_id: '1' } },
      { headers: { 'x-req': 'r' } },
    );
    expect(server.requests[0]?.headers.authorization).toBe('Bearer tok-1');
    expect(server.requests[0]?.headers['x-app']).toBe('a');
    expect(server.requests[0]?.headers['x-req']).toBe('r');
    await core({ auth: async () => ({ authorization: 'Custom abc' }) }).request(ep.retrieve, {
      pathParams: { item_id: '1' },
    });
    expect(server.requests[1]?.headers.authorization).toBe('Custom abc');
  });

  it('resolves undefined for a 204 endpoint', async () => {
    server.handle((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    await expect(
      core().request(ep.remove, { pathParams: { item_id: '1' } }),
    ).resolves.toBeUndefined();
  });
});

describe('response validation', () => {
  it('lenient: keeps unknown values and reports them through onWarning', async () => {
    server.handle((_req, res) => sendJson(res, 200, { id: 'i', kind: 'zzz', extra: 1 }));
    const warnings: ClientWarning[] = [];
    const out = await core({ onWarning: (w) => warnings.push(w) }).request(ep.retrieve, {
      pathParams: { item_id: '1' },
    });
    expect(out).toEqual({ id: 'i', kind: 'zzz', extra: 1 });
    expect(warnings.map((w) => w.code).sort()).toEqual(['unknown_enum_value', 'unknown_field']);
    expect(warnings[0]?.contract).toBe('test.items.retrieve');
  });

  it('strict: rejects the same payload with the zod issues', async () => {
    server.handle((_req, res) => sendJson(res, 200, { id: 'i', kind: 'zzz' }));
    const error = await core({ validation: 'strict' })
      .request(ep.retrieve, { pathParams: { item_id: '1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.length).toBeGreaterThan(0);
    expect((error as ResponseValidationError).body).toEqual({ id: 'i', kind: 'zzz' });
  });

  it('off: returns the body unparsed; a missing field fails in lenient mode', async () => {
    server.handle((_req, res) => sendJson(res, 200, { nope: true }));
    await expect(
      core({ validation: 'off' }).request(ep.retrieve, { pathParams: { item_id: '1' } }),
    ).resolves.toEqual({ nope: true });
    await expect(
      core().request(ep.retrieve, { pathParams: { item_id: '1' } }),
    ).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('rejects a 200 that is not JSON', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>');
    });
    await expect(core().request(ep.retrieve, { pathParams: { item_id: '1' } })).rejects.toThrow(
      /not valid JSON/,
    );
  });
});

describe('retries', () => {
  it('retries an idempotent GET on 503 up to maxRetries, with jittered backoff', async () => {
    server.handle((_req, res) => sendJson(res, 503, { detail: 'down' }));
    const waits: number[] = [];
    const error = await core({ maxRetries: 3 }, waits)
      .request(ep.retrieve, { pathParams: { item_id: '1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(4);
    // random() = 0.5 → half of min(8000, 500·2^n)
    expect(waits).toEqual([250, 500, 1000]);
  });

  it('honours Retry-After seconds, HTTP dates and retry-after-ms, capped at 60 s', async () => {
    const hints: Record<string, string>[] = [
      { 'retry-after': '2' },
      { 'retry-after': new Date(1_000_000 + 3_000).toUTCString() },
      { 'retry-after-ms': '1234' },
      { 'retry-after': '3600' },
    ];
    let n = 0;
    server.handle((_req, res) => {
      const hint = hints[n++];
      if (hint) sendJson(res, 429, { detail: 'slow down' }, hint);
      else sendJson(res, 200, item);
    });
    const waits: number[] = [];
    await core({ maxRetries: 4, now: () => 1_000_000 }, waits).request(ep.retrieve, {
      pathParams: { item_id: '1' },
    });
    expect(waits).toEqual([2000, 3000, 1234, 60_000]);
  });

  it('does not retry a POST without an idempotency key', async () => {
    server.handle((_req, res) => sendJson(res, 500, { detail: 'boom' }));
    await expect(core().request(ep.create, { body: { name: 'n' } })).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('retries a POST with an idempotency key, sending the same key every time', async () => {
    let n = 0;
    server.handle((_req, res) => (n++ < 2 ? sendJson(res, 502, {}) : sendJson(res, 201, item)));
    await core().request(ep.create, { body: { name: 'n' } }, { idempotencyKey: 'key-1' });
    expect(server.requests.map((r) => r.headers['idempotency-key'])).toEqual([
      'key-1',
      'key-1',
      'key-1',
    ]);
  });

  it('does not retry 4xx errors other than 408/425/429', async () => {
    server.handle((_req, res) => sendJson(res, 409, { detail: 'conflict' }));
    await expect(core().request(ep.retrieve, { pathParams: { item_id: '1' } })).rejects.toThrow(
      'conflict',
    );
    expect(server.requests).toHaveLength(1);
    server.handle((_req, res) => sendJson(res, 429, { detail: 'later' }));
    await expect(
      core({ maxRetries: 1 }).request(ep.retrieve, { pathParams: { item_id: '1' } }),
    ).rejects.toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(3);
  });

  it('retries network errors, then surfaces a ConnectionError', async () => {
    let calls = 0;
    const failing: typeof fetch = async () => {
      calls += 1;
      throw new TypeError('fetch failed');
    };
    const error = await core({ fetch: failing })
      .request(ep.retrieve, { pathParams: { item_id: '1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect(calls).toBe(3);
  });
});

describe('abort and timeout', () => {
  it('aborts an in-flight request at once', async () => {
    server.handle(() => undefined); // never answers
    const controller = new AbortController();
    const pending = core().request(
      ep.retrieve,
      { pathParams: { item_id: '1' } },
      { signal: controller.signal },
    );
    await vi.waitUntil(() => server.requests.length === 1);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
  });

  it('aborts during a backoff wait with the real sleep', async () => {
    server.handle((_req, res) => sendJson(res, 503, {}, { 'retry-after': '30' }));
    const controller = new AbortController();
    const client = new ClientCore({
      baseURL: server.baseURL,
      timeout: 5_000,
      maxRetries: 2,
      validation: 'lenient',
    });
    const pending = client.request(
      ep.retrieve,
      { pathParams: { item_id: '1' } },
      { signal: controller.signal },
    );
    await vi.waitUntil(() => server.requests.length === 1);
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });

  it('does not send when the signal is already aborted', async () => {
    await expect(
      core().request(
        ep.retrieve,
        { pathParams: { item_id: '1' } },
        { signal: AbortSignal.abort() },
      ),
    ).rejects.toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(0);
  });

  it('times out each attempt and retries, then throws TimeoutError', async () => {
    server.handle(() => undefined);
    const error = await core({ maxRetries: 1 })
      .request(ep.retrieve, { pathParams: { item_id: '1' } }, { timeout: 50 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(2);
  });
});
