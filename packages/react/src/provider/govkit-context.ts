import type { GovkitClient } from '@govkit/sdk';
import { createContext, useContext } from 'react';
import type { GovkitMessageOverrides } from '../i18n/message-catalog';

/** What every widget reads from {@link GovkitProvider}. */
export interface GovkitSettings {
  /** BCP 47 locale for strings and `Intl` formatting (`en`, `de-DE`, …). */
  locale: string;
  /** IANA time zone for dates (`Europe/Berlin`); `undefined` means the runtime's own. */
  timeZone: string | undefined;
  /**
   * The registered translation for `locale` (from the provider's `translations`); empty when the
   * locale is English or has none registered, so widgets show their English defaults.
   */
  translations: GovkitMessageOverrides;
  messages: GovkitMessageOverrides;
  /**
   * The host's name for a user id. The API often sends only ids (`submitted_by_id`); the host
   * owns the user directory, so widgets show `userName(id)` when it answers and the id otherwise.
   */
  userName: ((id: string) => string | undefined) | undefined;
}

export interface GovkitContextValue extends GovkitSettings {
  client: GovkitClient | undefined;
}

export const DEFAULT_GOVKIT_SETTINGS: GovkitSettings = {
  locale: 'en',
  timeZone: undefined,
  translations: {},
  messages: {},
  userName: undefined,
};

export const GovkitContext = createContext<GovkitContextValue | null>(null);

/**
 * Locale, time zone, translations and messages. Presentational widgets work without a provider
 * (English, the runtime's time zone), so they can be used with any backend.
 */
export function useGovkitSettings(): GovkitSettings {
  return useContext(GovkitContext) ?? DEFAULT_GOVKIT_SETTINGS;
}

/** The govkit client of the nearest {@link GovkitProvider}; connected widgets need one. */
export function useGovkitClient(): GovkitClient {
  const client = useContext(GovkitContext)?.client;
  if (!client) {
    throw new Error(
      '[govkit] A connected widget needs <GovkitProvider client={createClient(…)}> above it. Use the presentational form to pass data yourself.',
    );
  }
  return client;
}
