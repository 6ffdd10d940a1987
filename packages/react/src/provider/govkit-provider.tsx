import { ApiError, type GovkitClient, isRetryableStatus } from '@govkit/sdk';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import {
  type GovkitMessageOverrides,
  type GovkitTranslationsByLocale,
  languageOf,
  translationsFor,
} from '../i18n/message-catalog';
import { GovkitContext, type GovkitContextValue } from './govkit-context';

export interface GovkitProviderProps {
  /** The API client (`createClient({ baseURL, auth })` from `@govkit/sdk`). */
  client: GovkitClient;
  /**
   * The TanStack Query cache. Defaults to the host's own `QueryClientProvider` when there is one
   * (one cache for the whole app), else a new client kept for the provider's lifetime.
   */
  queryClient?: QueryClient | undefined;
  /**
   * BCP 47 locale of strings, numbers and dates. Default `en`. Numbers and dates always follow
   * it; strings follow it when `translations` has a set for it, else stay English.
   */
  locale?: string | undefined;
  /**
   * The languages the widgets may speak besides English, by BCP 47 tag. govkit ships German as
   * its own entry so hosts that do not use it do not download it:
   * `import { de } from '@govkit/react/locales/de'`, then `translations={{ de }}`. A host adds its
   * own languages the same way (`{ de, fr: myFrench }`); a set may be partial (missing strings stay
   * English). An inline `{{ de }}` is fine: widgets re-render only when the chosen set changes.
   */
  translations?: GovkitTranslationsByLocale | undefined;
  /** IANA time zone of dates (`Europe/Berlin`). Default: the runtime's. */
  timeZone?: string | undefined;
  /**
   * Any user-facing string, by widget namespace: `{ taskSummary: { title: 'Task' } }`. Wins over
   * the registered translation; a widget's own `messages` prop wins over both.
   */
  messages?: GovkitMessageOverrides | undefined;
  /**
   * Names for the user ids the API sends without a name (`submitted_by_id`, reviewer ids): return
   * the display name, or `undefined` to show the id. Keep it stable (`useCallback` or module
   * scope), like any context value.
   */
  userName?: ((id: string) => string | undefined) | undefined;
  children?: ReactNode;
}

/**
 * Gives every govkit widget below it the API client, the query cache, the locale, time zone,
 * translations and messages.
 *
 * @example
 * import { de } from '@govkit/react/locales/de';
 *
 * <GovkitProvider
 *   client={createClient({ baseURL: '/' })}
 *   locale="de"
 *   translations={{ de }}
 *   timeZone="Europe/Berlin"
 * >
 *   <ConnectedTaskSummaryCard taskId="task-42" />
 * </GovkitProvider>
 */
export function GovkitProvider({
  client,
  queryClient,
  locale = 'en',
  translations,
  timeZone,
  messages,
  userName,
  children,
}: GovkitProviderProps) {
  const hostQueryClient = useContext(QueryClientContext);
  // Created once, and only used when neither a prop nor a host provider gives a cache.
  const [ownQueryClient] = useState(() => queryClient ?? hostQueryClient ?? createQueryClient());
  const translated = useMemo(() => translationsFor(locale, translations), [locale, translations]);
  const untranslated = !translated && languageOf(locale) !== 'en';
  useEffect(() => {
    if (untranslated && process.env.NODE_ENV !== 'production') warnUntranslated(locale);
  }, [untranslated, locale]);
  const value = useMemo<GovkitContextValue>(
    () => ({
      client,
      locale,
      timeZone,
      translations: translated ?? {},
      messages: messages ?? {},
      userName,
    }),
    [client, locale, timeZone, translated, messages, userName],
  );
  return (
    <QueryClientProvider client={queryClient ?? hostQueryClient ?? ownQueryClient}>
      <GovkitContext.Provider value={value}>{children}</GovkitContext.Provider>
    </QueryClientProvider>
  );
}

const warnedLocales = new Set<string>();

/** Once per locale and page: a language switcher must not flood the console. */
function warnUntranslated(locale: string): void {
  if (warnedLocales.has(locale)) return;
  warnedLocales.add(locale);
  console.warn(
    `[govkit] No translations registered for locale "${locale}": widgets show English (numbers and dates still follow "${locale}"). Pass translations={{ ${languageOf(locale)}: … }} to <GovkitProvider>; govkit ships German as import { de } from '@govkit/react/locales/de'.`,
  );
}

/**
 * The cache govkit creates when the host has none. The sdk client already retries transient
 * failures with backoff, so queries retry once more only for those, never for a 4xx (a missing
 * task stays missing).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) =>
          failureCount < 1 && (!(error instanceof ApiError) || isRetryableStatus(error.status)),
      },
    },
  });
}
