import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMockApi } from '../create-mock-api';
import { createDomainRoutes } from '../handlers/domain-routes';
import { createStore } from '../store/create-store';
import { collectStrings, type FuzzRequest, fuzzRequestArbitrary } from './fuzz-request';

const NUM_RUNS = Number(process.env.GOVKIT_FC_RUNS) || 150;
const MAX_BODY_BYTES = 4096;

// Table-driven: every served route is fuzzed, so a domain added to `createDomainRoutes` is
// covered by this file without changes. Each endpoint gets its own seeded world.
describe.each(createDomainRoutes().map((route) => [route.endpoint.id, route] as const))(
  'fuzz %s',
  (_id, route) => {
    it('answers 2xx or 4xx with a detail (never 5xx); rejected requests change nothing', async () => {
      const store = createStore({ seed: 3 });
      const errors: unknown[] = [];
      const api = createMockApi({
        store,
        validateResponses: true,
        maxBodyBytes: MAX_BODY_BYTES,
        onError: (error) => errors.push(error),
      });
      const knownStrings = collectStrings(store.snapshot());

      await fc.assert(
        fc.asyncProperty(
          fuzzRequestArbitrary(route.endpoint, { knownStrings, maxBodyBytes: MAX_BODY_BYTES }),
          async (request) => {
            const version = store.version;
            const snapshot = JSON.stringify(store.snapshot());
            const { status, body } = await send(api.handle, request);
            expect(errors, label(request)).toEqual([]);
            expect(status, label(request)).toBeLessThan(500);
            if (status >= 400) {
              expect(hasDetail(body), `${label(request)} → ${JSON.stringify(body)}`).toBe(true);
              expect(store.version, `rejected but wrote: ${label(request)}`).toBe(version);
              expect(JSON.stringify(store.snapshot())).toBe(snapshot);
            }
          },
        ),
        { numRuns: NUM_RUNS },
      );
    });
  },
);

async function send(
  handle: (request: Request) => Promise<Response | undefined>,
  fuzz: FuzzRequest,
): Promise<{ status: number; body: unknown }> {
  const controller = new AbortController();
  const url = `http://mock.test${fuzz.path}${fuzz.query ? `?${fuzz.query}` : ''}`;
  const response = await handle(
    new Request(url, {
      method: fuzz.method,
      headers: { 'content-type': 'application/json', ...fuzz.headers },
      body: fuzz.body,
      signal: controller.signal,
    }),
  );
  // A path whose fuzzed segment does not fit the route (e.g. "." collapsed by URL parsing) is not
  // this endpoint: the HTTP server would answer 404 {detail}.
  if (!response) return { status: 404, body: { detail: 'Not Found' } };
  let body: unknown;
  if (response.status >= 400 || response.headers.get('content-type')?.includes('json')) {
    const text = await response.text();
    body = text ? JSON.parse(text) : undefined;
  } else {
    // Binary bodies are read whole; streams are closed after the headers.
    if (response.headers.get('content-type')?.includes('event-stream')) controller.abort();
    else await response.arrayBuffer();
  }
  return { status: response.status, body };
}

function hasDetail(body: unknown): boolean {
  if (body === null || typeof body !== 'object' || !('detail' in body)) return false;
  const { detail } = body as { detail: unknown };
  if (typeof detail === 'string') return detail.length > 0;
  return (
    Array.isArray(detail) &&
    detail.length > 0 &&
    detail.every(
      (item: { loc?: unknown; msg?: unknown; type?: unknown }) =>
        Array.isArray(item.loc) && typeof item.msg === 'string' && typeof item.type === 'string',
    )
  );
}

function label(request: FuzzRequest): string {
  const body = request.body === undefined ? '' : ` ${request.body.slice(0, 200)}`;
  return `${request.method} ${request.path}?${request.query}${body}`;
}
