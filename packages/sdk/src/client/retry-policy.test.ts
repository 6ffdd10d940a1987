import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClientCore } from './client-core';
import { GovkitError } from './errors';
import { testEndpoints as ep } from './fixtures/test-endpoints';
import { isRetryableStatus, nextRetryDelay, retryAfterMs } from './retry-policy';

const NUM_RUNS = Number(process.env.GOVKIT_FC_RUNS) || 300;

describe('nextRetryDelay', () => {
  const base = { retryCount: 0, idempotent: true, hasIdempotencyKey: false };

  it('retries 408/425/429/5xx and network errors only', () => {
    for (const status of [408, 425, 429, 500, 502, 503, 504, 599]) {
      expect(nextRetryDelay({ ...base, status })).toBeTypeOf('number');
    }
    for (const status of [400, 401, 403, 404, 409, 410, 422]) {
      expect(nextRetryDelay({ ...base, status })).toBeUndefined();
    }
    expect(nextRetryDelay({ ...base, networkError: true })).toBeTypeOf('number');
    expect(nextRetryDelay({ ...base, networkError: true, aborted: true })).toBeUndefined();
  });

  it('needs an idempotent method or an idempotency key', () => {
    const post = { ...base, idempotent: false, status: 503 };
    expect(nextRetryDelay(post)).toBeUndefined();
    expect(nextRetryDelay({ ...post, hasIdempotencyKey: true })).toBeTypeOf('number');
  });

  it('stops at maxRetries', () => {
    expect(nextRetryDelay({ ...base, status: 500, retryCount: 1 }, { maxRetries: 2 })).toBeTypeOf(
      'number',
    );
    expect(
      nextRetryDelay({ ...base, status: 500, retryCount: 2 }, { maxRetries: 2 }),
    ).toBeUndefined();
    expect(nextRetryDelay({ ...base, status: 500 }, { maxRetries: 0 })).toBeUndefined();
  });

  it('uses full jitter in [0, min(cap, base·2^n)]', () => {
    const opts = { baseDelayMs: 100, maxDelayMs: 1_000, maxRetries: 10 };
    expect(
      nextRetryDelay({ ...base, status: 500, retryCount: 3 }, { ...opts, random: () => 0 }),
    ).toBe(0);
    expect(
      nextRetryDelay({ ...base, status: 500, retryCount: 3 }, { ...opts, random: () => 0.999999 }),
    ).toBe(799);
    expect(
      nextRetryDelay({ ...base, status: 500, retryCount: 6 }, { ...opts, random: () => 1 }),
    ).toBe(1_000);
  });

  it('reads retry-after-ms, Retry-After seconds and HTTP dates', () => {
    const now = () => Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }))).toBe(250);
    expect(retryAfterMs(new Headers({ 'retry-after': '1.5' }))).toBe(1_500);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).toBe(
      5_000,
    );
    expect(retryAfterMs(new Headers({ 'retry-after': 'Wed, 31 Dec 2025 00:00:00 GMT' }), now)).toBe(
      0,
    );
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(retryAfterMs(new Headers({ 'retry-after': '-3' }))).toBeUndefined();
    const hinted = { ...base, status: 429, headers: new Headers({ 'retry-after': '600' }) };
    expect(nextRetryDelay(hinted)).toBe(60_000);
  });

  it('classifies statuses', () => {
    expect([408, 425, 429, 500].every(isRetryableStatus)).toBe(true);
    expect([200, 409, 410].some(isRetryableStatus)).toBe(false);
  });
});

// The policy's status set, written out independently of the implementation.
const RETRYABLE = new Set([408, 425, 429, 500, 502, 503]);

type Fault =
  | { kind: 'status'; status: number; hint?: Record<string, string> }
  | { kind: 'network' };

const hintArb = fc.option(
  fc.oneof(
    fc.integer({ min: 0, max: 200 }).map((s) => ({ 'retry-after': String(s) })),
    fc.integer({ min: 0, max: 200_000 }).map((ms) => ({ 'retry-after-ms': String(ms) })),
    fc.integer({ min: -10, max: 300 }).map((s) => ({
      'retry-after': new Date(1_700_000_000_000 + s * 1000).toUTCString(),
    })),
  ),
  { nil: undefined },
);
const faultArb: fc.Arbitrary<Fault> = fc.oneof(
  fc.record({
    kind: fc.constant('status' as const),
    status: fc.constantFrom(200, 400, 404, 408, 409, 425, 429, 500, 502, 503),
    hint: hintArb,
  }),
  fc.constant({ kind: 'network' as const }),
);

describe('retry policy under random faults (property)', () => {
  it('bounds attempts and waits, keeps the key, never leaks a rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(faultArb, { minLength: 1, maxLength: 8 }),
          fc.integer({ min: 0, max: 4 }),
          fc.boolean(),
          fc.option(fc.uuid(), { nil: undefined }),
          fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
          async (faults, maxRetries, useGet, key, jitter) => {
            const seenKeys: Array<string | null> = [];
            const waits: number[] = [];
            let calls = 0;
            const fetchFake: typeof fetch = async (_input, init) => {
              const fault = faults[calls++];
              seenKeys.push(new Headers(init?.headers).get('idempotency-key'));
              if (fault?.kind === 'network') throw new TypeError('fetch failed');
              const status = fault?.status ?? 200;
              const body = status === 200 ? { id: 'i', kind: 'a' } : { detail: `s${status}` };
              return new Response(JSON.stringify(body), {
                status: status === 200 && !useGet ? 201 : status,
                headers: { 'content-type': 'application/json', ...fault?.hint },
              });
            };
            const core = new ClientCore({
              baseURL: 'http://govkit.test',
              fetch: fetchFake,
              timeout: 5_000,
              maxRetries,
              validation: 'lenient',
              random: () => jitter,
              now: () => 1_700_000_000_000,
              sleep: async (ms) => {
                waits.push(ms);
              },
            });
            const request = useGet
              ? core.request(ep.retrieve, { pathParams: { item_id: '1' } }, { idempotencyKey: key })
              : core.request(ep.create, { body: { name: 'n' } }, { idempotencyKey: key });
            const outcome = await request.then(
              () => 'ok',
              (error: unknown) => error,
            );
            if (outcome !== 'ok') expect(outcome).toBeInstanceOf(GovkitError);

            // The attempts the policy allows, computed independently of the transport.
            const eligible = useGet || key !== undefined;
            let expected = 0;
            for (let i = 0; ; i++) {
              expected += 1;
              const fault = faults[i];
              const ok = !fault || (fault.kind === 'status' && fault.status === 200);
              const retryable =
                fault?.kind === 'network' ||
                (fault?.kind === 'status' && RETRYABLE.has(fault.status));
              if (ok || !eligible || !retryable || i === maxRetries) break;
            }
            expect(calls).toBe(expected);
            expect(calls).toBeLessThanOrEqual(1 + maxRetries);
            expect(waits).toHaveLength(calls - 1);
            for (const wait of waits) expect(wait).toBeGreaterThanOrEqual(0);
            waits.forEach((wait, i) => {
              const fault = faults[i];
              const hinted = fault?.kind === 'status' && fault.hint !== undefined;
              // A server hint is capped at 60 s; the jittered backoff at its 8 s ceiling.
              expect(wait).toBeLessThanOrEqual(hinted ? 60_000 : 8_000);
            });
            expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(maxRetries * 60_000);
            expect(new Set(seenKeys)).toEqual(new Set([key ?? null]));
          },
        ),
        { numRuns: NUM_RUNS },
      );
      // Let any stray rejection surface before checking.
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
