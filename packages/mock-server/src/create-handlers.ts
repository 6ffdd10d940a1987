import { HttpResponse, http, type RequestHandler } from 'msw';
import { createMockApi, type MockApi, type MockApiOptions } from './create-mock-api';

/** Options of {@link createHandlers}: those of the mock API (`baseURL`, `store`, faults, …). */
export type CreateHandlersOptions = MockApiOptions;

/**
 * MSW request handlers for the govkit API: ONE dispatcher handler whose predicate looks the
 * request up in the compiled route table (so matching cost does not grow with the number of
 * endpoints) and whose resolver runs the route. The same array serves Node tests
 * (`setupServer`), the browser (`setupWorker`, Storybook) and, through `getResponse`, any
 * fetch-style server.
 *
 * Requests for paths the table does not know are not matched, so MSW's `onUnhandledRequest`
 * strategy applies to them as usual.
 *
 * @example
 * const store = createStore({ seed: 7 });
 * const server = setupServer(...createHandlers({ baseURL: 'http://govkit.test', store }));
 */
export function createHandlers(options: CreateHandlersOptions = {}): RequestHandler[] {
  return [createDispatcherHandler(createMockApi(options))];
}

/** The MSW handler in front of an existing {@link MockApi} (share one API across setups). */
export function createDispatcherHandler(api: MockApi): RequestHandler {
  return http.all(
    ({ request }) => api.matches(request),
    async ({ request }) => {
      const response = await api.handle(request);
      // A dropped connection: MSW turns `HttpResponse.error()` into a network error.
      if (!response || response.type === 'error') return HttpResponse.error();
      return response;
    },
  );
}
