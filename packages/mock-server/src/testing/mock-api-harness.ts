import { type ClientOptions, createClient, type GovkitClient } from '@govkit/sdk';
import { setupServer } from 'msw/node';
import { createHandlers } from '../create-handlers';
import type { MockApiOptions } from '../create-mock-api';
import { startMockServer } from '../http/start-mock-server';
import { type CreateStoreOptions, createStore } from '../store/create-store';
import type { MockStore } from '../store/mock-store';

/** How a contract test reaches the mock API: MSW `setupServer` in-process, or real HTTP. */
export type HarnessTransport = 'msw' | 'http';

/** Both transports, for `describe.each(HARNESS_TRANSPORTS)`. */
export const HARNESS_TRANSPORTS: readonly HarnessTransport[] = ['msw', 'http'];

/** The origin the MSW transport answers on (never reaches the network). */
export const MSW_HARNESS_BASE_URL = 'http://govkit.test';

/** Options of {@link startMockApiHarness}. */
export interface MockApiHarnessOptions
  extends Omit<MockApiOptions, 'store' | 'baseURL' | 'onError'> {
  transport: HarnessTransport;
  /** The world to serve; default `createStore(storeOptions)`. */
  store?: MockStore;
  storeOptions?: CreateStoreOptions;
  /** Overrides of the client's options (default: no retries, strict response validation). */
  client?: Partial<ClientOptions>;
}

/** A running mock API, its store and a client pointed at it. */
export interface MockApiHarness {
  readonly transport: HarnessTransport;
  readonly store: MockStore;
  /** The real SDK client (`createClient`), `maxRetries: 0`, `validation: 'strict'`. */
  readonly client: GovkitClient;
  readonly baseURL: string;
  /**
   * Unexpected handler errors (each one was answered 500). Contract tests should expect it to
   * stay empty; collecting them here keeps tests from printing to the console.
   */
  readonly errors: unknown[];
  /** Raw `fetch` against the API (for malformed requests the client refuses to send). */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** Stop the MSW interception or the HTTP server. Call it in `afterEach`. */
  close(): Promise<void>;
}

/**
 * Start a fresh mock API for one test: a new store, the govkit handlers with response validation
 * on, and the SDK client. `msw` patches the global `fetch` with `setupServer` (one harness at a
 * time per test file; close it after each test); `http` starts the standalone server on a free
 * loopback port.
 *
 * @example
 * let api: MockApiHarness;
 * beforeEach(async () => { api = await startMockApiHarness({ transport: 'msw' }); });
 * afterEach(() => api.close());
 * it('reads a run', async () => { await api.client.runs.retrieve(id); });
 */
export async function startMockApiHarness(options: MockApiHarnessOptions): Promise<MockApiHarness> {
  const { transport, client: clientOptions, storeOptions, ...apiOptions } = options;
  const store = options.store ?? createStore(storeOptions);
  const errors: unknown[] = [];
  const common: MockApiOptions = {
    validateResponses: true,
    ...apiOptions,
    store,
    onError: (error) => errors.push(error),
  };

  let baseURL: string;
  let close: () => Promise<void>;
  if (transport === 'msw') {
    baseURL = MSW_HARNESS_BASE_URL;
    const server = setupServer(...createHandlers({ ...common, baseURL }));
    server.listen({ onUnhandledRequest: 'error' });
    close = async () => server.close();
  } else {
    const running = await startMockServer({ ...common, docs: true });
    baseURL = running.url;
    close = () => running.close();
  }

  const client = createClient({ baseURL, maxRetries: 0, validation: 'strict', ...clientOptions });
  return {
    transport,
    store,
    client,
    baseURL,
    errors,
    fetch: (path, init) => fetch(`${baseURL}${path}`, init),
    close,
  };
}
