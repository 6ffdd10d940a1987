import type { CommonMessages } from './common-messages';

/** German strings of `commonMessages`; shipped in `@govkit/react/locales/de`, not in the widget's entry. */
export const commonMessagesDe: CommonMessages = {
  loading: 'Wird geladen …',
  retry: 'Erneut versuchen',
  errorTitle: 'Etwas ist schiefgelaufen',
  notFoundTitle: 'Nicht gefunden',
  networkErrorTitle: 'Der Server ist nicht erreichbar',
  requestId: 'Anfrage-ID: {requestId}',
  emptyTitle: 'Noch nichts vorhanden',
  notAvailable: '—',
};
