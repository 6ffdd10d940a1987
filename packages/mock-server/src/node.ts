import type { RequestHandler } from 'msw';
import { type SetupServer, setupServer } from 'msw/node';
import { type CreateHandlersOptions, createHandlers } from './create-handlers';

export {
  createMockHttpServer,
  type FetchResponder,
  type MockHttpServerOptions,
  type RequestLogEntry,
} from './http-server';

/**
 * An MSW server for Node tests, preloaded with the govkit handlers.
 *
 * @example
 * const server = setupGovkitServer();
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterEach(() => server.resetHandlers());
 * afterAll(() => server.close());
 */
export function setupGovkitServer(
  options: CreateHandlersOptions = {},
  ...extra: RequestHandler[]
): SetupServer {
  return setupServer(...createHandlers(options), ...extra);
}
