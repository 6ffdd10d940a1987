import { HttpResponse, http, type RequestHandler } from 'msw';

export interface CreateHandlersOptions {
  /** Origin (and optional path prefix) the handlers answer on; `*` matches any origin. */
  baseURL?: string;
}

/**
 * MSW request handlers for the govkit API. The same array serves Node tests (`setupServer`),
 * the browser (`setupWorker`, Storybook) and the standalone HTTP server.
 */
export function createHandlers(options: CreateHandlersOptions = {}): RequestHandler[] {
  const base = (options.baseURL ?? '*').replace(/\/+$/, '');
  return [http.get(`${base}/healthz`, () => HttpResponse.json({ status: 'ok' }))];
}
