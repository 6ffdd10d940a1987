import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { listEndpoints } from '../../schemas/endpoint-registry';
import type { EndpointDefinition } from '../../schemas/shared/endpoint';
import { safeParseContract } from '../../schemas/shared/parse-mode';
import { createClient, type GovkitClient } from '../create-client';
import { Download } from '../download';
import { RequestValidationError } from '../errors';
import { sampleFromSchema } from '../fixtures/sample-from-schema';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { PagePromise } from '../paginate';

let server: TestServer;
let client: GovkitClient;
beforeAll(async () => {
  server = await startTestServer();
  client = createClient({ baseURL: server.baseURL, maxRetries: 0, auth: 'tok' });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

/** A value the schema accepts: generated from its JSON Schema, JSON round-tripped. */
function validSample(schema: z.ZodType, preferOptional: boolean): unknown {
  for (const io of ['output', 'input'] as const) {
    for (const optional of [preferOptional, !preferOptional]) {
      const sample = JSON.parse(JSON.stringify(sampleFromSchema(schema, io, { optional }) ?? null));
      if (schema.safeParse(sample).success) return sample;
    }
  }
  throw new Error('no valid sample; add a per-endpoint sample');
}

const PLACEHOLDER = /\{([^}]+)\}/g;
const pathNames = (endpoint: EndpointDefinition) =>
  [...endpoint.path.matchAll(PLACEHOLDER)].map((match) => match[1] as string);

/** A path id that needs percent-encoding, when the schema allows it. */
function pathValue(schema: z.ZodType | undefined, name: string): string {
  for (const candidate of [`id ${name}/é`, 'sample-1', '3f2a9c1b-4d5e-4f60-8a7b-9c0d1e2f3a4b']) {
    if (schema?.safeParse({ [name]: candidate }).success) return candidate;
  }
  if (!schema) return 'sample-1';
  const sample = validSample(schema, false) as Record<string, string>;
  return sample[name] as string;
}

/** Walk `replay.tasks.summary` on the client; returns the bound method. */
function methodFor(id: string): ((...args: unknown[]) => unknown) | undefined {
  const segments = id.split('.');
  let parent: unknown = client;
  for (const segment of segments.slice(0, -1))
    parent = (parent as Record<string, unknown>)[segment];
  const method = (parent as Record<string, unknown> | undefined)?.[segments.at(-1) as string];
  return typeof method === 'function' ? method.bind(parent) : undefined;
}

const cases = listEndpoints().map((endpoint) => [endpoint.id, endpoint] as const);

describe('every resource method, driven by the endpoint definitions', () => {
  it('has one client method per endpoint id', () => {
    const missing = listEndpoints()
      .filter((e) => !methodFor(e.id))
      .map((e) => e.id);
    expect(missing).toEqual([]);
  });

  it.each(cases)('%s', async (_id, endpoint) => {
    const names = pathNames(endpoint);
    const ids = names.map((name) => pathValue(endpoint.pathParams, name));
    const query = endpoint.query
      ? (validSample(endpoint.query, true) as Record<string, unknown>)
      : {};
    const body = endpoint.body
      ? (validSample(endpoint.body, false) as Record<string, unknown>)
      : undefined;
    const hasParams = endpoint.query !== undefined || endpoint.body !== undefined;
    const params = endpoint.body ? { ...query, ...body } : query;
    const response = endpoint.response ? validSample(endpoint.response, false) : undefined;

    server.handle((_req, res) => {
      if (endpoint.responseKind === 'empty') {
        res.writeHead(endpoint.successStatus);
        res.end();
      } else if (endpoint.responseKind === 'binary') {
        res.writeHead(200, {
          'content-type': endpoint.contentType ?? 'application/octet-stream',
          'content-disposition': 'attachment; filename="sample.bin"',
        });
        res.end('bytes');
      } else if (endpoint.responseKind === 'sse') {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(`: keep-alive\n\ndata: ${JSON.stringify(response)}\n\n`);
      } else {
        res.writeHead(endpoint.successStatus, { 'content-type': 'application/json' });
        res.end(JSON.stringify(response));
      }
    });

    const method = methodFor(endpoint.id);
    if (!method) throw new Error(`no client method for ${endpoint.id}`);
    const options = { headers: { 'x-endpoint': endpoint.id } };
    const args = hasParams ? [...ids, params, options] : [...ids, options];
    const result = method(...args);

    let value: unknown;
    if (endpoint.responseKind === 'sse') {
      const stream = result as AsyncGenerator<unknown>;
      value = (await stream.next()).value;
      await stream.return(undefined);
    } else {
      value = await result;
    }

    // What went over the wire.
    const req = server.requests[0];
    expect(req?.method).toBe(endpoint.method);
    const expectedPath = endpoint.path.replace(PLACEHOLDER, (_m, name: string) =>
      encodeURIComponent(ids[names.indexOf(name)] as string),
    );
    expect(req?.path).toBe(expectedPath);
    expect(req?.headers['x-endpoint']).toBe(endpoint.id);
    expect(req?.headers.authorization).toBe('Bearer tok');
    const parsedQuery = (endpoint.query?.parse(query) ?? {}) as Record<string, unknown>;
    const expectedQuery: Record<string, string[]> = {};
    for (const [key, v] of Object.entries(parsedQuery)) {
      if (v !== undefined && v !== null)
        expectedQuery[key] = (Array.isArray(v) ? v : [v]).map(String);
    }
    const sentQuery: Record<string, string[]> = {};
    for (const key of new Set(req?.query.keys())) sentQuery[key] = req?.query.getAll(key) ?? [];
    expect(sentQuery).toEqual(expectedQuery);
    if (endpoint.body) {
      expect(JSON.parse(req?.body ?? 'null')).toEqual(
        JSON.parse(JSON.stringify(endpoint.body.parse(body))),
      );
    } else {
      expect(req?.body).toBe('');
    }

    // What came back.
    if (endpoint.responseKind === 'binary') {
      expect(value).toBeInstanceOf(Download);
      expect((value as Download).filename).toBe('sample.bin');
      expect(new TextDecoder().decode(await (value as Download).bytes())).toBe('bytes');
    } else if (endpoint.responseKind === 'empty') {
      expect(value).toBeUndefined();
    } else {
      const expected = safeParseContract(endpoint.response as z.ZodType, response);
      expect(expected.success).toBe(true);
      expect(value).toEqual(expected.success ? expected.data : undefined);
    }
    if (endpoint.pagination) expect(result).toBeInstanceOf(PagePromise);
  });

  it('validates a bad limit locally and sends nothing', async () => {
    await expect(client.replay.tasks.decisionTrace('t', { limit: 0 })).rejects.toBeInstanceOf(
      RequestValidationError,
    );
    await expect(client.timeline.list({ limit: 0 })).rejects.toBeInstanceOf(RequestValidationError);
    expect(server.requests).toHaveLength(0);
  });
});
