import type { LocalizedMessages } from '../i18n/message-catalog';

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

export const predictiveWatchListMessages: LocalizedMessages<PredictiveWatchListMessages> = {
  en: {
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
  },
  de: {
    title: 'Was sich in den nächsten 30–90 Tagen ändern könnte (optional)',
    loading: 'Beobachtungsliste wird geladen',
    whyItMatters: 'Warum es wichtig ist',
    whatToWatch: 'Worauf achten',
    timeHorizon: 'Zeithorizont',
    horizonDays: '{from}–{to} Tage',
    disclaimer: 'Dies ist eine Beobachtungsliste, keine Prognose.',
    emptyTitle: 'Keine Beobachtungsliste für diesen Lauf',
    emptyDescription:
      'Aus diesem Snapshot wurde nichts zu beobachten abgeleitet, etwa weil Eingaben fehlten.',
  },
};
