import type { RequestHandler } from 'msw';
import { type SetupWorker, setupWorker } from 'msw/browser';
import { type CreateHandlersOptions, createHandlers } from './create-handlers';

/**
 * An MSW service worker for the browser (host apps, Storybook), preloaded with the govkit
 * handlers. Serve `mockServiceWorker.js` (from `msw init <public-dir> --save`) at the root.
 */
export function setupGovkitWorker(
  options: CreateHandlersOptions = {},
  ...extra: RequestHandler[]
): SetupWorker {
  return setupWorker(...createHandlers(options), ...extra);
}
