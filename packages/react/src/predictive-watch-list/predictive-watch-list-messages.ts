/** Every string of the predictive watch list. `horizonDays` formats `30-90 days` (`{from}`, `{to}`). */
export interface PredictiveWatchListMessages {
  title: string;
  loading: string;
  whyItMatters: string;
  whatToWatch: string;
  timeHorizon: string;
  horizonDays: string;
  disclaimer: string;
  emptyTitle: string;
  emptyDescription: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    predictiveWatchList: PredictiveWatchListMessages;
  }
}

export const predictiveWatchListMessages: PredictiveWatchListMessages = {
  title: 'What might shift in the next 30–90 days (optional)',
  loading: 'Loading the watch list',
  whyItMatters: 'Why it matters',
  whatToWatch: 'What to watch',
  timeHorizon: 'Time horizon',
  horizonDays: '{from}–{to} days',
  disclaimer: 'This is a watch list, not a forecast.',
  emptyTitle: 'No watch list for this run',
  emptyDescription:
    'Nothing to watch was derived from this snapshot, for example because inputs were missing.',
};
