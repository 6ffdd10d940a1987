import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RawHttpResponse, sendRawHttp } from '../testing/raw-http';
import { type RunningMockServer, startMockServer } from './start-mock-server';

const raw = (requestLine: string, headers: string[] = ['Host: 127.0.0.1']) =>
  `${requestLine}\r\n${[...headers, 'Connection: close'].join('\r\n')}\r\n\r\n`;

function expectDetail(response: RawHttpResponse, status: number): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toBe('application/json');
  expect(typeof (JSON.parse(response.body) as { detail: unknown }).detail).toBe('string');
}

describe('createMockHttpServer: what never reaches the routes', () => {
  let server: RunningMockServer;
  beforeAll(async () => {
    server = await startMockServer({ docs: false });
  });
  afterAll(() => server.close());

  it.each(['TRACE', 'CONNECT', 'TRACK'])('answers %s with 405 and Allow', async (method) => {
    const target = method === 'CONNECT' ? '127.0.0.1:80' : '/api/runs/x';
    const response = await sendRawHttp(server.port, raw(`${method} ${target} HTTP/1.1`));
    expectDetail(response, 405);
    expect(response.headers.allow).toBe('GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS');
  });

  it.each([
    ['a space', 'Host: a b'],
    ['an open bracket', 'Host: ['],
    ['a port over 65535', 'Host: x:99999'],
    ['an empty value', 'Host:'],
    ['credentials', 'Host: u@evil'],
    ['user and password', 'Host: u:p@127.0.0.1'],
  ])('answers a Host with %s with 400 {detail}', async (_, host) => {
    const response = await sendRawHttp(server.port, raw('GET /api/runs/x HTTP/1.1', [host]));
    expectDetail(response, 400);
  });

  it('keeps a `//` path on this server (404), never resolving it as another host', async () => {
    for (const path of ['//', '//evil.test/api/runs/x', '/api//runs']) {
      const response = await sendRawHttp(server.port, raw(`GET ${path} HTTP/1.1`));
      expectDetail(response, 404);
    }
    const absolute = await sendRawHttp(
      server.port,
      raw('GET http://127.0.0.1/api/workspaces/ws-northwind-hvac/lock HTTP/1.1'),
    );
    expect(absolute.status).toBe(200);
    expectDetail(await sendRawHttp(server.port, raw('GET http://u@h/ HTTP/1.1')), 400);
  });

  it('shapes node parser refusals as {detail}: 431, 405 for a bad method, 400 for garbage', async () => {
    const huge = raw('GET /api/runs/x HTTP/1.1', [
      'Host: 127.0.0.1',
      `x-big: ${'a'.repeat(20_000)}`,
    ]);
    expectDetail(await sendRawHttp(server.port, huge), 431);
    const badMethod = await sendRawHttp(server.port, raw('FROB /api/runs/x HTTP/1.1'));
    expectDetail(badMethod, 405);
    expect(badMethod.headers.allow).toContain('GET');
    expectDetail(await sendRawHttp(server.port, 'not http at all\r\n\r\n'), 405);
    expectDetail(await sendRawHttp(server.port, raw('GET /\x01 HTTP/1.1')), 400);
    expectDetail(await sendRawHttp(server.port, raw('GET / HTTP/7.1')), 400);
    const badLength = raw('POST /api/runs/x HTTP/1.1', ['Host: 127.0.0.1', 'Content-Length: -1']);
    expectDetail(await sendRawHttp(server.port, badLength), 400);
  });

  it('allows loopback origins by default and refuses foreign writes without touching state', async () => {
    const lock = `${server.url}/api/workspaces/ws-northwind-hvac/lock`;
    const storybook = await fetch(lock, { headers: { origin: 'http://localhost:6006' } });
    expect(storybook.headers.get('access-control-allow-origin')).toBe('http://localhost:6006');
    expect(storybook.headers.get('vary')).toBe('Origin');
    const foreignRead = await fetch(lock, { headers: { origin: 'https://evil.test' } });
    expect(foreignRead.status).toBe(200);
    expect(foreignRead.headers.get('access-control-allow-origin')).toBeNull();

    const before = server.store.version;
    const write = (origin: string) =>
      fetch(`${server.url}/api/workspaces/ws-smokehouse-bbq/lock`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ owner: 'user-admin' }),
      });
    const foreign = await write('https://evil.test');
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toEqual({ detail: 'Origin not allowed' });
    expect((await write('null')).status).toBe(403);
    const preflight = await fetch(lock, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.test', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(server.store.version).toBe(before);
    // Same origin (the Swagger UI at /docs sends Origin on its writes) is never foreign.
    expect((await write(server.url)).status).toBe(201);
  });

  it('serves only the configured origins when given a list', async () => {
    const strict = await startMockServer({ docs: false, cors: ['https://app.example.com'] });
    try {
      const answer = (origin: string) =>
        fetch(`${strict.url}/api/runs/x`, { headers: { origin } }).then((r) =>
          r.headers.get('access-control-allow-origin'),
        );
      expect(await answer('https://app.example.com')).toBe('https://app.example.com');
      expect(await answer('http://localhost:6006')).toBeNull();
    } finally {
      await strict.close();
    }
  });
});
