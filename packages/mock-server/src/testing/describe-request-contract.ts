import { AuthenticationError, type GovkitClient } from '@govkit/sdk';
import { describe, expect, it } from 'vitest';
import type { MockStore } from '../store/mock-store';
import { HARNESS_TRANSPORTS } from './mock-api-harness';
import { useMockApiHarness } from './use-mock-api-harness';

/** `[endpoint id, method, path with query, JSON body or undefined]` of a request the server must refuse. */
export type MalformedRequest = readonly [string, string, string, unknown];

export interface RequestContractSpec {
  /** Every endpoint id of the group; the well-formed calls must cover exactly these. */
  endpointIds: readonly string[];
  /** One well-formed call per endpoint, keyed by endpoint id, on the seeded store's resources. */
  wellFormedCalls: (
    store: MockStore,
  ) => Record<string, (client: GovkitClient) => PromiseLike<unknown>>;
  /** Malformed queries and bodies (sent raw: the client would refuse to send them). */
  malformed: readonly MalformedRequest[];
}

/**
 * The request-level contract of a group of endpoints, over both transports: an unknown user gets
 * 401 "Could not validate credentials" on every endpoint, a malformed query or body gets 422 with
 * FastAPI's detail array, and neither changes the store.
 */
export function describeRequestContract(name: string, spec: RequestContractSpec): void {
  describe.each(HARNESS_TRANSPORTS)(`${name} requests over %s`, (transport) => {
    const api = useMockApiHarness(transport);

    it('answers 401 "Could not validate credentials" to an unknown user on every endpoint', async () => {
      const calls = spec.wellFormedCalls(api.store);
      expect(Object.keys(calls).sort()).toEqual([...spec.endpointIds].sort());
      const ghost = api.client.withOptions({ auth: 'user-ghost' });
      for (const [id, call] of Object.entries(calls)) {
        const error = await Promise.resolve(call(ghost)).then(
          () => new Error(`${id} succeeded`),
          (e: unknown) => e,
        );
        expect(error, id).toBeInstanceOf(AuthenticationError);
        expect(error, id).toMatchObject({ status: 401, detail: 'Could not validate credentials' });
      }
      expect(api.store.version).toBe(0);
    });

    it('answers 422 with a FastAPI detail array to malformed queries and bodies', async () => {
      for (const [id, method, path, body] of spec.malformed) {
        const response = await api.fetch(path, {
          method,
          headers: { 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        expect(response.status, id).toBe(422);
        const detail = ((await response.json()) as { detail: unknown }).detail;
        expect(Array.isArray(detail) && detail.length > 0, id).toBe(true);
      }
      expect(api.store.version).toBe(0);
    });
  });
}
