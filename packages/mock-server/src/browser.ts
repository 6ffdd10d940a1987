import type { RequestHandler } from 'msw';
import { type SetupWorker, setupWorker } from 'msw/browser';
import { type CreateHandlersOptions, createHandlers } from './create-handlers';

/**
 * An MSW service worker for the browser (host apps, Storybook), preloaded with the govkit
 * handlers. `extra` handlers come first, so they override govkit's routes.
 *
 * The page must serve `mockServiceWorker.js` at its root: run `npx msw init <public-dir> --save`
 * once (Storybook here serves `.storybook/public/mockServiceWorker.js`).
 *
 * @example
 * const worker = setupGovkitWorker({ store: createStore({ seed: 7 }) });
 * await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
 */
export function setupGovkitWorker(
  options: CreateHandlersOptions = {},
  ...extra: RequestHandler[]
): SetupWorker {
  return setupWorker(...extra, ...createHandlers(options));
}
