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

export const commonMessages: CommonMessages = {
  loading: 'Loading…',
  retry: 'Try again',
  errorTitle: 'Something went wrong',
  notFoundTitle: 'Not found',
  networkErrorTitle: 'The server could not be reached',
  requestId: 'Request ID: {requestId}',
  emptyTitle: 'Nothing here yet',
  notAvailable: '—',
};
