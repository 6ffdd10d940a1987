import type { LocalizedMessages } from './message-catalog';

/** Strings of the shared parts (loading, empty and error states) every widget uses. */
export interface CommonMessages {
  loading: string;
  retry: string;
  errorTitle: string;
  notFoundTitle: string;
  networkErrorTitle: string;
  /** `{requestId}`: the server's `x-request-id`, for a support ticket. */
  requestId: string;
  emptyTitle: string;
  notAvailable: string;
}

declare module './message-catalog' {
  interface GovkitMessageCatalog {
    common: CommonMessages;
  }
}

export const commonMessages: LocalizedMessages<CommonMessages> = {
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    errorTitle: 'Something went wrong',
    notFoundTitle: 'Not found',
    networkErrorTitle: 'The server could not be reached',
    requestId: 'Request ID: {requestId}',
    emptyTitle: 'Nothing here yet',
    notAvailable: '—',
  },
  de: {
    loading: 'Wird geladen …',
    retry: 'Erneut versuchen',
    errorTitle: 'Etwas ist schiefgelaufen',
    notFoundTitle: 'Nicht gefunden',
    networkErrorTitle: 'Der Server ist nicht erreichbar',
    requestId: 'Anfrage-ID: {requestId}',
    emptyTitle: 'Noch nichts vorhanden',
    notAvailable: '—',
  },
};
