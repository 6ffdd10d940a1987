import { ApiError, type GovkitClient, isRetryableStatus } from '@govkit/sdk';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useContext, useMemo, useState } from 'react';
import type { GovkitMessageOverrides } from '../i18n/message-catalog';
import { GovkitContext, type GovkitContextValue } from './govkit-context';

export interface GovkitProviderProps {
  /** The API client (`createClient({ baseURL, auth })` from `@govkit/sdk`). */
  client: GovkitClient;
  /**
   * The TanStack Query cache. Defaults to the host's own `QueryClientProvider` when there is one
   * (one cache for the whole app), else a new client kept for the provider's lifetime.
   */
  queryClient?: QueryClient | undefined;
  /** BCP 47 locale of strings, numbers and dates. Default `en`; `de` ships complete. */
  locale?: string | undefined;
  /** IANA time zone of dates (`Europe/Berlin`). Default: the runtime's. */
  timeZone?: string | undefined;
  /** Any user-facing string, by widget namespace: `{ taskSummary: { title: 'Task' } }`. */
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
 * Gives every govkit widget below it the API client, the query cache, the locale, time zone and
 * messages.
 *
 * @example
 * <GovkitProvider client={createClient({ baseURL: '/' })} locale="de" timeZone="Europe/Berlin">
 *   <ConnectedTaskSummaryCard taskId="task-42" />
 * </GovkitProvider>
 */
export function GovkitProvider({
  client,
  queryClient,
  locale = 'en',
  timeZone,
  messages,
  userName,
  children,
}: GovkitProviderProps) {
  const hostQueryClient = useContext(QueryClientContext);
  // Created once, and only used when neither a prop nor a host provider gives a cache.
  const [ownQueryClient] = useState(() => queryClient ?? hostQueryClient ?? createQueryClient());
  const value = useMemo<GovkitContextValue>(
    () => ({ client, locale, timeZone, messages: messages ?? {}, userName }),
    [client, locale, timeZone, messages, userName],
  );
  return (
    <QueryClientProvider client={queryClient ?? hostQueryClient ?? ownQueryClient}>
      <GovkitContext.Provider value={value}>{children}</GovkitContext.Provider>
    </QueryClientProvider>
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
