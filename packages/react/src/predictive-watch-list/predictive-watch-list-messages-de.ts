import type { PredictiveWatchListMessages } from './predictive-watch-list-messages';

/** German strings of `predictiveWatchListMessages`; shipped in `@govkit/react/locales/de`, not in the widget's entry. */
export const predictiveWatchListMessagesDe: PredictiveWatchListMessages = {
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
};
