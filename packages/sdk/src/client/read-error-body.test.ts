import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../schemas/shared/error-body';
import { type ErrorFacts, readErrorFacts, readErrorHead } from './read-error-body';

// The readers replace lenient parses of `ErrorBodySchema` in code that must not load zod; these
// tests hold them to the schema's verdict and output, on hand-picked edge cases and on generated
// JSON bodies biased towards the error body's shape.

const ErrorHeadSchema = ErrorBodySchema.pick({ detail: true, code: true });
const { shape } = ErrorBodySchema;

function expectedHead(body: unknown) {
  const parsed = ErrorHeadSchema.safeParse(body);
  return parsed.success ? { detail: parsed.data.detail, code: parsed.data.code } : undefined;
}

function expectedFacts(body: unknown): ErrorFacts {
  if (typeof body !== 'object' || body === null) return {};
  const record = body as Record<string, unknown>;
  const retryAt = shape.retry_at.safeParse(record.retry_at);
  const holder = shape.lock_holder.safeParse(record.lock_holder);
  const window = shape.cooldown_window_minutes.safeParse(record.cooldown_window_minutes);
  return {
    retry_at: retryAt.success ? retryAt.data : undefined,
    lock_holder: holder.success ? holder.data : undefined,
    cooldown_window_minutes: window.success ? window.data : undefined,
  };
}

const issue = { loc: ['query', 'lineage_kind', 0], msg: 'Field required', type: 'missing' };

const edgeCases: unknown[] = [
  undefined,
  null,
  '',
  'Bad gateway',
  42,
  [],
  [{ detail: 'x' }],
  {},
  { detail: 'Run lock held' },
  { detail: 'Run lock held', code: 'run_lock_held' },
  { detail: 'x', code: null },
  { detail: 'x', code: 7 },
  { detail: 'x', code: undefined },
  { detail: null },
  { detail: 3 },
  { detail: {} },
  { detail: [] },
  { detail: [issue] },
  { detail: [issue], code: 'validation_error', extra: { a: 1 } },
  { detail: [{ ...issue, input: null, ctx: { limit: 3 }, url: 'https://errors' }] },
  { detail: [{ ...issue, ctx: null }] },
  { detail: [{ ...issue, ctx: [] }] },
  { detail: [{ ...issue, ctx: 'text' }] },
  { detail: [{ ...issue, loc: 'body' }] },
  { detail: [{ ...issue, loc: [null] }] },
  { detail: [{ ...issue, loc: [1.5, -0, 'x'] }] },
  { detail: [{ ...issue, loc: [Number.NaN] }] },
  { detail: [{ ...issue, loc: [Number.POSITIVE_INFINITY] }] },
  { detail: [{ ...issue, msg: undefined }] },
  { detail: [{ ...issue, type: 1 }] },
  { detail: [issue, 'not an issue'] },
  {
    detail: 'Override reversal is already being processed by another operator',
    code: 'reversal_locked',
    retry_at: '2026-01-01T12:05:00Z',
    lock_holder: { id: 'u-1', name: 'Ada', email: null, team: 'ops' },
  },
  { detail: 'x', retry_at: '', lock_holder: null, cooldown_window_minutes: null },
  { detail: 'x', retry_at: 5, lock_holder: 'Ada', cooldown_window_minutes: -1 },
  { detail: 'x', lock_holder: { id: 3 }, cooldown_window_minutes: 1.5 },
  { detail: 'x', lock_holder: [], cooldown_window_minutes: 2 ** 53 },
  { detail: 'x', lock_holder: { name: undefined }, cooldown_window_minutes: -0 },
  { detail: 'x', cooldown_window_minutes: '15' },
];

// JSON values shaped like error bodies: right and wrong types for every field the readers look at.
const jsonLeaf = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -3, max: 3 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom('', 'x', 'body', 'Field required'),
);
const anyJson = fc.oneof(
  jsonLeaf,
  fc.array(jsonLeaf, { maxLength: 2 }),
  fc.dictionary(fc.string(), jsonLeaf, { maxKeys: 2 }),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(fc.oneof(arb, anyJson), { nil: undefined });
const issueArb = fc.record(
  {
    loc: maybe(fc.array(fc.oneof(fc.string(), fc.integer(), jsonLeaf), { maxLength: 3 })),
    msg: maybe(fc.string()),
    type: maybe(fc.string()),
    input: anyJson,
    ctx: maybe(fc.dictionary(fc.string(), jsonLeaf, { maxKeys: 2 })),
    url: anyJson,
  },
  { requiredKeys: [] },
);
const bodyArb = fc.oneof(
  anyJson,
  fc.record(
    {
      detail: maybe(fc.oneof(fc.string(), fc.array(fc.oneof(issueArb, anyJson), { maxLength: 3 }))),
      code: maybe(fc.string()),
      retry_at: maybe(fc.string()),
      lock_holder: maybe(
        fc.record(
          {
            id: maybe(fc.string()),
            name: maybe(fc.string()),
            email: maybe(fc.string()),
            team: anyJson,
          },
          { requiredKeys: [] },
        ),
      ),
      cooldown_window_minutes: maybe(fc.oneof(fc.integer({ min: -2, max: 90 }), fc.double())),
      extra: anyJson,
    },
    { requiredKeys: [] },
  ),
);

// Each reader against the schema's answer, on the edge cases and on generated bodies (also after a
// JSON round trip, which is what a transport hands `createApiError`).
describe.each([
  { reader: 'readErrorHead', read: readErrorHead, expected: expectedHead },
  { reader: 'readErrorFacts', read: readErrorFacts, expected: expectedFacts },
] as const)('$reader', ({ read, expected }) => {
  it.each(edgeCases.map((body) => [JSON.stringify(body) ?? String(body), body]))(
    'agrees with ErrorBodySchema on %s',
    (_, body) => {
      expect(read(body)).toStrictEqual(expected(body));
    },
  );

  it('agrees with ErrorBodySchema on generated bodies', () => {
    fc.assert(
      fc.property(bodyArb, (body) => {
        // A `__proto__` key is where the readers differ from zod on purpose (tested below).
        fc.pre(!JSON.stringify(body ?? null).includes('"__proto__"'));
        expect(read(body)).toStrictEqual(expected(body));
        const wire = JSON.stringify(body);
        if (wire !== undefined) {
          const parsed: unknown = JSON.parse(wire);
          expect(read(parsed)).toStrictEqual(expected(parsed));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readErrorHead', () => {
  it('copies a validation array, so changing the error leaves the kept body as received', () => {
    const body = { detail: [{ ...issue, ctx: { limit: 3 } }] };
    const head = readErrorHead(body);
    expect(head?.detail).not.toBe(body.detail);
    expect(Array.isArray(head?.detail) && head.detail[0]?.loc).not.toBe(issue.loc);
  });
});

describe('a `__proto__` key in a body (JSON.parse makes it an own field)', () => {
  const wire =
    '{"detail":[{"loc":["body"],"msg":"m","type":"t","__proto__":{"polluted":1},' +
    '"ctx":{"__proto__":[],"limit":3}}],"code":"reversal_locked",' +
    '"lock_holder":{"__proto__":null,"id":"user-ada"}}';

  it('is left out of the copies, whose prototype stays Object.prototype', () => {
    const body: unknown = JSON.parse(wire);
    const holder = readErrorFacts(body).lock_holder;
    expect(holder).toStrictEqual({ id: 'user-ada' });
    expect(Object.getPrototypeOf(holder)).toBe(Object.prototype);
    expect(Object.hasOwn(holder ?? {}, '__proto__')).toBe(false);
    const head = readErrorHead(body);
    const [first] = Array.isArray(head?.detail) ? head.detail : [];
    expect(first).toStrictEqual({ loc: ['body'], msg: 'm', type: 't', ctx: { limit: 3 } });
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(first?.ctx)).toBe(Object.prototype);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('agrees with zod where zod keeps the prototype (a primitive `__proto__`)', () => {
    const body: unknown = JSON.parse('{"lock_holder":{"__proto__":0,"id":"user-ada"}}');
    expect(readErrorFacts(body)).toStrictEqual(expectedFacts(body));
  });
});
