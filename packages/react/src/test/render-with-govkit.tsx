import { createHandlers, createStore } from '@govkit/mock-server';
import { setupGovkitServer } from '@govkit/mock-server/node';
import { createClient, type GovkitClient } from '@govkit/sdk';
import { QueryClient } from '@tanstack/react-query';
import { type RenderOptions, render } from '@testing-library/react';
import type { RequestHandler } from 'msw';
import type { ReactElement, ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { GovkitMessageOverrides, GovkitTranslationsByLocale } from '../i18n/message-catalog';
import { GovkitProvider } from '../provider/govkit-provider';

export const TEST_BASE_URL = 'http://govkit.test';

/**
 * The mock server for a test file: MSW in Node over a FRESH seeded store for every test, so a
 * test that changes data never leaks into the next. Call once at the top of a test file.
 */
export function useMockGovkitServer(): { use: (...handlers: RequestHandler[]) => void } {
  const server = setupGovkitServer({ baseURL: TEST_BASE_URL, store: createStore() });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  // Handlers added with `use` come first, so each test talks to its own newly seeded store.
  beforeEach(() => server.use(...createHandlers({ baseURL: TEST_BASE_URL, store: createStore() })));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  // A test's own `use` comes before the seeded handlers: an `overrideEndpoint` answers first.
  return { use: (...handlers) => server.use(...handlers) };
}

export interface GovkitTestOptions {
  locale?: string;
  /** Register `{ de }` (from `../locales/de`) for a test that renders German. */
  translations?: GovkitTranslationsByLocale;
  timeZone?: string;
  messages?: GovkitMessageOverrides;
  client?: GovkitClient;
  userName?: (id: string) => string | undefined;
}

/** A client on the test base URL that fails fast (no retries, so error states show at once). */
export function createTestClient(): GovkitClient {
  return createClient({ baseURL: TEST_BASE_URL, maxRetries: 0 });
}

/** A wrapper with a provider, a fresh query cache (no retries) and the test client. */
export function createGovkitWrapper(options: GovkitTestOptions = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } },
  });
  const client = options.client ?? createTestClient();
  // biome-ignore lint/correctness/noComponentHookFactories: one wrapper per render, created once and passed to Testing Library, never re-created while mounted.
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <GovkitProvider
        client={client}
        queryClient={queryClient}
        locale={options.locale}
        translations={options.translations}
        timeZone={options.timeZone ?? 'UTC'}
        messages={options.messages}
        userName={options.userName}
      >
        {children}
      </GovkitProvider>
    );
  }
  return { Wrapper, queryClient, client };
}

/** Render inside a {@link GovkitProvider} (see {@link createGovkitWrapper}). */
export function renderWithGovkit(
  ui: ReactElement,
  options: GovkitTestOptions & Omit<RenderOptions, 'wrapper'> = {},
): { container: HTMLElement; unmount: () => void; queryClient: QueryClient } {
  const { Wrapper, queryClient } = createGovkitWrapper(options);
  const { container, unmount } = render(ui, { wrapper: Wrapper });
  return { container, unmount, queryClient };
}
