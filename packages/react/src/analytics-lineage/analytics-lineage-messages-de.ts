import type { AnalyticsLineageMessages } from './analytics-lineage-messages';

/** German strings of `analyticsLineageMessages`; shipped in `@govkit/react/locales/de`, not in the widget's entry. */
export const analyticsLineageMessagesDe: AnalyticsLineageMessages = {
  title: 'Override-Herkunft',
  loading: 'Override-Herkunft wird geladen',
  scenarios: 'Szenarien',
  notebooks: 'Notizbucheinträge',
  scenarioFallback: 'Szenario-Herkunft',
  notebookFallback: 'Notizbuch-Herkunft',
  totals: '{executed} ausgeführt · {reversed} zurückgenommen · Nettowirkung {net}',
  itemCounts: '{executed} ausgef. · {reversed} zurückg.',
  netImpact: 'Nettowirkung: {net}',
  executed: 'Ausgeführt',
  reversed: 'Zurückgenommen',
  net: 'Nettowirkung',
  item: 'Quelle',
  moreItems: 'Top {shown} von {count}',
  emptySide: 'Keine Herkunftsaktivität erfasst.',
};
