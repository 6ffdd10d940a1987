import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMockApi } from '../create-mock-api';
import { createDomainRoutes } from '../handlers/domain-routes';
import { createStore } from '../store/create-store';
import { collectStrings, type FuzzRequest, fuzzRequestArbitrary } from './fuzz-request';

const NUM_RUNS = Number(process.env.GOVKIT_FC_RUNS) || 150;
const MAX_BODY_BYTES = 4096;

/**
 * Table-driven endpoint fuzzing: every served route is fuzzed, so a domain added to
 * `createDomainRoutes` is covered without changes. Each endpoint gets its own seeded world. The
 * routes are split into `shards` files so vitest can run them on every core.
 */
export function defineEndpointFuzz(shard: number, shards: number): void {
  const routes = createDomainRoutes().filter((_, index) => index % shards === shard);
  describe.each(routes.map((route) => [route.endpoint.id, route] as const))(
    'fuzz %s',
    (_id, route) => {
      // Generous: a loaded CI machine is slower than a laptop, and a timeout here is not a finding.
      it('answers 2xx or 4xx with a detail (never 5xx); rejected requests change nothing', {
        timeout: 120_000,
      }, async () => {
        const store = createStore({ seed: 3 });
        const errors: unknown[] = [];
        const api = createMockApi({
          store,
          validateResponses: true,
          maxBodyBytes: MAX_BODY_BYTES,
          onError: (error) => errors.push(error),
        });
        // The state before each request is the state after the previous one (nothing else touches
        // the store), so one snapshot per request is enough.
        let before = JSON.stringify(store.snapshot());
        const knownStrings = collectStrings(JSON.parse(before));

        await fc.assert(
          fc.asyncProperty(
            fuzzRequestArbitrary(route.endpoint, { knownStrings, maxBodyBytes: MAX_BODY_BYTES }),
            async (request) => {
              const version = store.version;
              const { status, body } = await send(api.handle, request);
              const after = JSON.stringify(store.snapshot());
              const snapshot = before;
              before = after;
              expect(errors, label(request)).toEqual([]);
              expect(status, label(request)).toBeLessThan(500);
              if (status >= 400) {
                expect(hasDetail(body), `${label(request)} → ${JSON.stringify(body)}`).toBe(true);
                expect(store.version, `rejected but wrote: ${label(request)}`).toBe(version);
                expect(after, `rejected but changed state: ${label(request)}`).toBe(snapshot);
              }
            },
          ),
          { numRuns: NUM_RUNS },
        );
      });
    },
  );
}

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
