import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ClientCore } from './client-core';
import { AbortError, NotFoundError, ResponseValidationError } from './errors';
import { testEndpoints as ep } from './fixtures/test-endpoints';
import { sendJson, startTestServer, type TestServer } from './fixtures/test-server';
import type { ClientWarning, TransportOptions } from './request-options';
import { SseParser } from './sse-parser';

describe('SseParser', () => {
  it('handles chunk splits anywhere, CRLF, comments, ids, events and retry', () => {
    const text =
      ': keep-alive\r\n\r\nretry: 2500\r\nid: 7\r\nevent: tick\r\ndata: {"a":\r\ndata: 1}\r\n\r\ndata: x\n\n';
    for (let cut = 0; cut <= text.length; cut++) {
      const parser = new SseParser();
      const first = parser.push(text.slice(0, cut));
      const second = parser.push(text.slice(cut));
      const messages = [...first.messages, ...second.messages];
      expect(messages).toEqual([
        { data: '{"a":\n1}', event: 'tick', lastEventId: '7' },
        { data: 'x', event: 'message', lastEventId: '7' },
      ]);
      expect(first.retry ?? second.retry).toBe(2500);
    }
  });

  it('ignores blank dispatches, unknown fields and bad retry values', () => {
    const parser = new SseParser('3');
    const { messages, retry } = parser.push('\n\nfoo: bar\nretry: soon\ndata\n\n');
    expect(retry).toBeUndefined();
    expect(messages).toEqual([{ data: '', event: 'message', lastEventId: '3' }]);
  });
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

function open(res: ServerResponse, lines: string[]) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  for (const line of lines) res.write(line);
}

function makeCore(overrides: Partial<TransportOptions> = {}, waits: number[] = []) {
  return new ClientCore({
    baseURL: server.baseURL,
    timeout: 5_000,
    maxRetries: 2,
    validation: 'lenient',
    auth: 'tok',
    sleep: async (ms, signal) => {
      waits.push(ms);
      if (signal?.aborted) throw new AbortError();
    },
    ...overrides,
  });
}

describe('stream over SSE', () => {
  it('yields validated frames, sends auth, ignores keep-alive comments', async () => {
    server.handle((_req, res) => {
      open(res, [': keep-alive\n\n', 'data: {"type":"snapshot","n":1}\n\n', ': keep-alive\n\n']);
      res.end('data: {"type":"tick","n":2}\n\n');
    });
    const frames: unknown[] = [];
    for await (const frame of makeCore().stream(ep.stream, { query: { execution_id: 'e1' } })) {
      frames.push(frame);
      if (frames.length === 2) break;
    }
    expect(frames).toEqual([
      { type: 'snapshot', n: 1 },
      { type: 'tick', n: 2 },
    ]);
    const req = server.requests[0];
    expect(req?.url).toBe('/api/test/stream?execution_id=e1');
    expect(req?.headers.authorization).toBe('Bearer tok');
    expect(req?.headers.accept).toBe('text/event-stream');
  });

  it('validates params before connecting', async () => {
    const iterate = makeCore().stream(ep.stream, { query: {} as never });
    await expect(iterate.next()).rejects.toMatchObject({ name: 'RequestValidationError' });
    expect(server.requests).toHaveLength(0);
  });

  it('reconnects after the stream ends, honouring retry: and Last-Event-ID', async () => {
    let n = 0;
    server.handle((_req, res) => {
      n += 1;
      if (n === 1) {
        open(res, ['retry: 1234\n', 'id: 41\n', 'data: {"type":"snapshot","n":1}\n\n']);
        res.end();
      } else if (n === 2) {
        res.destroy(); // a dropped connection before any response
      } else {
        open(res, ['id: 42\ndata: {"type":"tick","n":2}\n\n']);
      }
    });
    const waits: number[] = [];
    const frames: unknown[] = [];
    for await (const frame of makeCore({}, waits).stream(ep.stream, {
      query: { execution_id: 'e' },
    })) {
      frames.push(frame);
      if (frames.length === 2) break;
    }
    expect(frames).toEqual([
      { type: 'snapshot', n: 1 },
      { type: 'tick', n: 2 },
    ]);
    expect(server.requests.map((r) => r.headers['last-event-id'])).toEqual([undefined, '41', '41']);
    // The server's retry, doubled after the failed reconnect.
    expect(waits).toEqual([1234, 2468]);
  });

  it('does not reconnect on a 4xx; gives up after maxAttempts on 5xx', async () => {
    server.handle((_req, res) => sendJson(res, 404, { detail: 'Execution not found' }));
    const iterate = makeCore().stream(ep.stream, { query: { execution_id: 'e' } });
    await expect(iterate.next()).rejects.toBeInstanceOf(NotFoundError);
    expect(server.requests).toHaveLength(1);

    server.requests.length = 0;
    server.handle((_req, res) => sendJson(res, 503, { detail: 'down' }));
    const waits: number[] = [];
    const failing = makeCore({}, waits).stream(
      ep.stream,
      { query: { execution_id: 'e' } },
      { maxAttempts: 2, initialDelayMs: 100 },
    );
    await expect(failing.next()).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(3);
    expect(waits).toEqual([100, 200]);

    server.requests.length = 0;
    server.handle((_req, res) => sendJson(res, 429, { detail: 'slow' }, { 'retry-after': '7' }));
    waits.length = 0;
    const limited = makeCore({}, waits).stream(
      ep.stream,
      { query: { execution_id: 'e' } },
      { maxAttempts: 1, initialDelayMs: 100 },
    );
    await expect(limited.next()).rejects.toMatchObject({ status: 429 });
    expect(waits).toEqual([7_000]);
  });

  it('skips frames that fail their schema in lenient mode, with a warning', async () => {
    server.handle((_req, res) =>
      open(res, [
        'data: {"type":"brand_new_frame"}\n\n',
        'data: not json\n\n',
        'data: {"type":"tick","n":3}\n\n',
      ]),
    );
    const warnings: ClientWarning[] = [];
    const stream = makeCore({ onWarning: (w) => warnings.push(w) }).stream(ep.stream, {
      query: { execution_id: 'e' },
    });
    const first = await stream.next();
    await stream.return();
    expect(first.value).toEqual({ type: 'tick', n: 3 });
    expect(warnings.map((w) => w.code)).toEqual(['invalid_frame', 'invalid_frame']);
  });

  it('throws on an invalid frame in strict mode', async () => {
    server.handle((_req, res) => open(res, ['data: {"type":"brand_new_frame"}\n\n']));
    const stream = makeCore({ validation: 'strict' }).stream(ep.stream, {
      query: { execution_id: 'e' },
    });
    await expect(stream.next()).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('aborts an open stream at once', async () => {
    server.handle((_req, res) => open(res, ['data: {"type":"snapshot","n":1}\n\n']));
    const controller = new AbortController();
    const stream = makeCore().stream(
      ep.stream,
      { query: { execution_id: 'e' } },
      { signal: controller.signal },
    );
    expect((await stream.next()).value).toEqual({ type: 'snapshot', n: 1 });
    const pending = stream.next();
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
  });

  it('aborts during a reconnect wait (real sleep)', async () => {
    server.handle((_req, res) => {
      open(res, ['data: {"type":"snapshot","n":1}\n\n']);
      res.end();
    });
    const controller = new AbortController();
    const core = new ClientCore({
      baseURL: server.baseURL,
      timeout: 5_000,
      maxRetries: 0,
      validation: 'lenient',
    });
    const stream = core.stream(
      ep.stream,
      { query: { execution_id: 'e' } },
      { signal: controller.signal, initialDelayMs: 60_000 },
    );
    expect((await stream.next()).value).toEqual({ type: 'snapshot', n: 1 });
    const pending = stream.next();
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });
});
