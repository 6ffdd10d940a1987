import { useMemo } from 'react';
import { useGovkitSettings } from '../provider/govkit-context';
import { type GovkitMessageCatalog, type LocalizedMessages, languageOf } from './message-catalog';

/**
 * A widget's strings: the shipped defaults for the provider's locale, then the provider's
 * `messages[namespace]`, then the widget's own `messages` prop (the most specific wins).
 */
export function useMessages<Namespace extends keyof GovkitMessageCatalog>(
  namespace: Namespace,
  defaults: LocalizedMessages<GovkitMessageCatalog[Namespace]>,
  overrides?: Partial<GovkitMessageCatalog[Namespace]>,
): GovkitMessageCatalog[Namespace] {
  const { locale, messages } = useGovkitSettings();
  const fromProvider = messages[namespace];
  return useMemo(
    () => ({ ...defaults[languageOf(locale)], ...fromProvider, ...overrides }),
    [defaults, locale, fromProvider, overrides],
  );
}
