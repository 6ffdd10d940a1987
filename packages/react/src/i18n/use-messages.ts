import { useMemo } from 'react';
import { useGovkitSettings } from '../provider/govkit-context';
import type { GovkitMessageCatalog } from './message-catalog';

/**
 * A widget's strings: its English defaults, then the provider's registered translation for the
 * locale, then the provider's `messages[namespace]`, then the widget's own `messages` prop (the
 * most specific wins). A widget ships only English; other languages come from locale entries the
 * host registers (`translations={{ de }}`), so they cost nothing to hosts that do not use them.
 */
export function useMessages<Namespace extends keyof GovkitMessageCatalog>(
  namespace: Namespace,
  defaults: GovkitMessageCatalog[Namespace],
  overrides?: Partial<GovkitMessageCatalog[Namespace]>,
): GovkitMessageCatalog[Namespace] {
  const { translations, messages } = useGovkitSettings();
  const translated = translations[namespace];
  const fromProvider = messages[namespace];
  return useMemo(
    () => ({ ...defaults, ...translated, ...fromProvider, ...overrides }),
    [defaults, translated, fromProvider, overrides],
  );
}
