import { createHandlers, createStore, SEEDED_USERS } from '@govkit/mock-server';
import { GovkitProvider } from '@govkit/react';
import { de } from '@govkit/react/locales/de';
import { createClient } from '@govkit/sdk';
import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { useState } from 'react';
import '@govkit/react/styles.css';

/** Story parameters of govkit (`parameters: { govkit: { mockApi: true } }`). */
export interface GovkitStoryParameters {
  /** Serve the govkit API from the mock server over a fresh seeded store for this story. */
  mockApi?: boolean;
}

// Every story gets its own cache (nothing leaks between stories) and a client that fails fast,
// so Error stories show the error at once instead of after the sdk's retries.
const withGovkit: Decorator = (Story, context) => {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  );
  const [client] = useState(() => createClient({ baseURL: window.location.origin, maxRetries: 0 }));
  const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  return (
    <GovkitProvider
      client={client}
      queryClient={queryClient}
      locale={String(context.globals.locale ?? 'en')}
      translations={TRANSLATIONS}
      userName={seededUserName}
    >
      <div
        data-theme={theme}
        style={{
          background: 'var(--govkit-color-bg)',
          colorScheme: theme,
          padding: '1.5rem',
          minBlockSize: '100vh',
          boxSizing: 'border-box',
        }}
      >
        <Story />
      </div>
    </GovkitProvider>
  );
};

// German is its own entry (`@govkit/react/locales/de`); the locale toolbar switches to it.
const TRANSLATIONS = { de };

/** The seeded world's people by id, as a host app would name them from its own directory. */
function seededUserName(id: string): string | undefined {
  return SEEDED_USERS.find((user) => user.id === id)?.full_name ?? undefined;
}

const preview: Preview = {
  tags: ['autodocs'],
  // Stories that talk to the govkit API get it from @govkit/mock-server handlers via MSW.
  loaders: [mswLoader()],
  decorators: [withGovkit],
  // A fresh seeded world per connected story: what one story changes, the next never sees.
  // Runs after the loader started the worker and before the story's own beforeEach, whose
  // `msw.use(overrideEndpoint(…))` then takes precedence.
  beforeEach: ({ msw, parameters }) => {
    if ((parameters.govkit as GovkitStoryParameters | undefined)?.mockApi) {
      msw.use(...createHandlers({ store: createStore() }));
    }
  },
  globalTypes: {
    theme: {
      description: 'govkit theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'govkit locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    layout: 'fullscreen',
    // Accessibility violations fail the story's test in Chromium, not just show in a panel.
    a11y: { test: 'error' },
  },
};

export default preview;
