import { createClient } from '@govkit/sdk';
import { afterEach, beforeEach, expect } from 'vitest';
import {
  type HarnessTransport,
  type MockApiHarness,
  type MockApiHarnessOptions,
  startMockApiHarness,
} from './mock-api-harness';

/**
 * Give every test of the enclosing `describe` a fresh harness (store, handlers, client) over
 * `transport`, and close it afterwards, failing the test if the mock server logged an internal
 * error. Returns a stand-in that always points at the current test's harness, so test bodies read
 * `api.client…` as usual.
 *
 * @example
 * describe.each(HARNESS_TRANSPORTS)('baselines over %s', (transport) => {
 *   const api = useMockApiHarness(transport);
 *   it('lists', async () => { await api.client.baselines.list(); });
 * });
 */
export function useMockApiHarness(
  transport: HarnessTransport,
  options: Omit<MockApiHarnessOptions, 'transport'> = {},
): MockApiHarness {
  let current: MockApiHarness | undefined;
  beforeEach(async () => {
    current = await startMockApiHarness({ ...options, transport });
  });
  afterEach(async () => {
    const harness = current;
    current = undefined;
    if (!harness) return;
    expect(harness.errors).toEqual([]);
    await harness.close();
  });
  return new Proxy({} as MockApiHarness, {
    get(_, property) {
      if (!current) throw new Error('The mock API harness is only available inside a test.');
      return Reflect.get(current, property, current);
    },
  });
}

/** The error a promise rejects with; fails the test if it resolves instead. */
export function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (error: unknown) => error,
  );
}

/**
 * `expectRefused(promise, type, status, detail)` for one harness: the request must be refused
 * with that error class, status and detail, and must have written nothing to the store.
 */
export function refusalExpectation(api: MockApiHarness) {
  return async (
    promise: Promise<unknown>,
    type: abstract new (...args: never[]) => Error,
    status: number,
    detail: string,
  ): Promise<void> => {
    const before = api.store.version;
    const error = await rejectionOf(promise);
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({ status, detail });
    expect(api.store.version).toBe(before);
  };
}

/**
 * A client whose requests are rewritten on the wire, to send what the real client refuses to
 * (the server's answer then still goes through the client's error mapping).
 */
export function rewritingClient(api: MockApiHarness, rewrite: (url: string) => string) {
  return createClient({
    baseURL: api.baseURL,
    maxRetries: 0,
    fetch: (input, init) =>
      input instanceof Request
        ? fetch(new Request(rewrite(input.url), input), init)
        : fetch(rewrite(String(input)), init),
  });
}
