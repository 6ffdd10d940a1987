import { defineEndpoint, openObject } from '@govkit/sdk/schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDomainRoutes } from '../handlers/domain-routes';
import { createOpenApiDocument } from '../openapi/create-openapi-document';
import { defineRoute } from '../router/define-route';
import { sseStream } from '../router/route-results';
import type { RequestLogEntry } from './http-server';
import { type RunningMockServer, startMockServer } from './start-mock-server';

const tickEndpoint = defineEndpoint({
  id: 'test.ticks',
  method: 'GET',
  path: '/api/ticks',
  summary: 'ticks',
  tag: 'Test',
  response: openObject({ n: z.number() }),
  responseKind: 'sse',
  errorStatuses: [],
});

describe('startMockServer', () => {
  let server: RunningMockServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('serves the generated OpenAPI document and an offline Swagger UI', async () => {
    server = await startMockServer();
    const document = await (await fetch(`${server.url}/openapi.json`)).json();
    expect(document).toEqual(
      JSON.parse(
        JSON.stringify(createOpenApiDocument(createDomainRoutes().map((r) => r.endpoint))),
      ),
    );
    const page = await fetch(`${server.url}/docs`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain("url: '/openapi.json'");
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of html.matchAll(/(?:href|src)="(\/docs\/assets\/[^"]+)"/g)) {
      const response = await fetch(`${server.url}${asset[1]}`);
      expect(response.status, asset[1]).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
    expect((await fetch(`${server.url}/docs/assets/package.json`)).status).toBe(404);
    // Generating the document and serving ~2 MB of assets takes seconds on a loaded machine.
  }, 30_000);

  it('serves ReDoc at /redoc, offline, on the same document', async () => {
    server = await startMockServer();
    const html = await (await fetch(`${server.url}/redoc`)).text();
    expect(html).toContain('spec-url="/openapi.json"');
    expect(html).not.toMatch(/https?:\/\//);
    const bundle = await fetch(`${server.url}/docs/assets/redoc.standalone.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
  });

  it('answers unknown paths 404 {detail}, CORS preflights 204, and logs every request', async () => {
    const log: RequestLogEntry[] = [];
    server = await startMockServer({ onRequest: (entry) => log.push(entry) });
    const missing = await fetch(`${server.url}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ detail: 'Not Found' });
    const preflight = await fetch(`${server.url}/api/runs/x`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:6006' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:6006');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-govkit-fault');
    expect(log.map((entry) => `${entry.method} ${entry.url} ${entry.status}`)).toEqual([
      'GET /nope 404',
      'OPTIONS /api/runs/x 204',
    ]);
  });

  it('drops the connection for an injected drop and sends injected errors with Retry-After', async () => {
    server = await startMockServer();
    await expect(
      fetch(`${server.url}/api/runs/x`, { headers: { 'x-govkit-fault': 'drop' } }),
    ).rejects.toThrow();
    const limited = await fetch(`${server.url}/api/runs/x`, {
      headers: { 'x-govkit-fault': 'error=503;retry-after=7' },
    });
    expect(limited.status).toBe(503);
    expect(limited.headers.get('retry-after')).toBe('7');
  });

  it('streams SSE frames over HTTP and ends the stream when the client goes away', async () => {
    let cleaned: () => void = () => undefined;
    const cleanedUp = new Promise<void>((resolve) => {
      cleaned = resolve;
    });
    server = await startMockServer({
      routes: [
        defineRoute(tickEndpoint, () =>
          sseStream((send) => {
            send({ data: { n: 1 } });
            send({ data: { n: 2 } });
            return cleaned;
          }),
        ),
      ],
    });
    const controller = new AbortController();
    const response = await fetch(`${server.url}/api/ticks`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    while (!text.includes('"n":2')) {
      const { value } = await reader.read();
      text += new TextDecoder().decode(value);
    }
    expect(text).toContain('data: {"n":1}\n\n');
    controller.abort();
    await cleanedUp;
  });
});
