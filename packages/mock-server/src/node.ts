import type { RequestHandler } from 'msw';
import { type SetupServer, setupServer } from 'msw/node';
import { type CreateHandlersOptions, createHandlers } from './create-handlers';

export { createDocsHandlers, DOCS_ASSETS, type DocsHandlersOptions } from './http/docs-handlers';
export {
  createMockHttpServer,
  type FetchResponder,
  type MockHttpServerOptions,
  type RequestLogEntry,
} from './http/http-server';
export {
  type RunningMockServer,
  type StartMockServerOptions,
  startMockServer,
} from './http/start-mock-server';
export {
  type DurableSeedReport,
  openDurableDomains,
  seedDurableDomains,
} from './store/durable-domains';

/**
 * An MSW server for Node tests, preloaded with the govkit handlers. `extra` handlers come first,
 * so they override govkit's routes.
 *
 * @example
 * const server = setupGovkitServer({ store: createStore({ seed: 7 }), validateResponses: true });
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterEach(() => server.resetHandlers());
 * afterAll(() => server.close());
 */
export function setupGovkitServer(
  options: CreateHandlersOptions = {},
  ...extra: RequestHandler[]
): SetupServer {
  return setupServer(...extra, ...createHandlers(options));
}
export {
  HARNESS_TRANSPORTS,
  type HarnessTransport,
  type MockApiHarness,
  type MockApiHarnessOptions,
  MSW_HARNESS_BASE_URL,
  startMockApiHarness,
} from './testing/mock-api-harness';
