import type { EndpointDefinition } from '@govkit/sdk';
import fc from 'fast-check';
import { objectShape } from '../router/query-object';

/** One random request for an endpoint. */
export interface FuzzRequest {
  method: string;
  /** Path with parameters filled (usually percent-encoded, sometimes deliberately malformed). */
  path: string;
  /** Query string without `?` (may be empty). */
  query: string;
  /** Raw body text, if any. */
  body: string | undefined;
  headers: Record<string, string>;
}

/** Options of {@link fuzzRequestArbitrary}. */
export interface FuzzRequestOptions {
  /** Strings from the store (ids, names) so that some requests hit existing resources. */
  knownStrings: readonly string[];
  /** The API's body cap: oversized bodies are generated just over it. */
  maxBodyBytes: number;
}

const NASTY = [
  '',
  ' ',
  '.',
  '..',
  '%',
  '%zz',
  '%E0%A4%A',
  'null',
  '-1',
  '0',
  '1e309',
  '\u0000',
  '🙂',
];

/**
 * Random requests for one endpoint, derived from its definition only (so every endpoint added
 * later is fuzzed without writing anything): path parameters, query keys and body fields are the
 * schema's own names mixed with unknown ones, and values are any JSON, numbers out of range,
 * malformed encodings, ids that exist in the store, invalid JSON and bodies over the size cap.
 */
export function fuzzRequestArbitrary(
  endpoint: EndpointDefinition,
  options: FuzzRequestOptions,
): fc.Arbitrary<FuzzRequest> {
  const known = options.knownStrings.length > 0 ? options.knownStrings : ['x'];
  const text = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...known) },
    { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 1, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String) },
  );
  const value: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 3, arbitrary: text },
    { weight: 2, arbitrary: fc.integer({ min: -100_000, max: 100_000 }) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );

  const paramNames = [...endpoint.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  const segment = fc.oneof(
    { weight: 6, arbitrary: text.filter((t) => t !== '').map(encodeURIComponent) },
    { weight: 1, arbitrary: fc.constantFrom('%zz', '%E0%A4%A', '..', '.') },
  );
  const path = fc.tuple(...paramNames.map(() => segment)).map((values) => {
    let i = 0;
    return endpoint.path.replace(/\{[^}]+\}/g, () => values[i++] as string);
  });

  const queryKeys = [...Object.keys(objectShape(endpoint.query) ?? {}), 'unknown_param'];
  const query = fc
    .array(fc.tuple(fc.constantFrom(...queryKeys), text), { maxLength: 5 })
    .map((pairs) => new URLSearchParams(pairs).toString());

  const bodyKeys = [...Object.keys(objectShape(endpoint.body) ?? {}), 'unknown_field'];
  const body: fc.Arbitrary<string | undefined> = fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    {
      weight: 6,
      arbitrary: fc
        .dictionary(fc.constantFrom(...bodyKeys), value, { maxKeys: bodyKeys.length })
        .map((object) => JSON.stringify(object)),
    },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom('{', '{"a":', '[1,', '\u0000', 'null') },
    {
      weight: 1,
      arbitrary: fc.constant(`{"pad":"${'x'.repeat(options.maxBodyBytes)}"}`),
    },
  );

  const headers = fc.record(
    {
      'x-govkit-user': fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 12 })),
      authorization: fc.constantFrom('Bearer user-reviewer', 'Bearer ', 'Basic abc', 'Bearer x'),
    },
    { requiredKeys: [] },
  );

  return fc.record({
    method: fc.constant(endpoint.method),
    path,
    query,
    // fetch refuses a body on GET; those endpoints are fuzzed through path and query only.
    body: endpoint.method === 'GET' ? fc.constant(undefined) : body,
    headers: headers.map((h) => {
      // Header values must be ByteStrings; fuzzed text may not be.
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(h)) if (/^[\x20-\x7e]*$/.test(v)) out[k] = v;
      return out;
    }),
  });
}

/** Every string of a JSON value (short ones), to seed fuzzed ids with real ones. */
export function collectStrings(value: unknown, out = new Set<string>(), limit = 400): string[] {
  const visit = (v: unknown) => {
    if (out.size >= limit) return;
    if (typeof v === 'string') {
      if (v.length > 0 && v.length <= 80) out.add(v);
    } else if (Array.isArray(v)) {
      for (const item of v) visit(item);
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        out.add(key);
        visit(item);
      }
    }
  };
  visit(value);
  return [...out].sort();
}
