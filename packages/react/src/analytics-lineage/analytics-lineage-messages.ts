/**
 * Every string of the analytics lineage widget. `{executed}`, `{reversed}`, `{net}`: counts
 * already formatted; `{count}`: how many items a side has.
 */
export interface AnalyticsLineageMessages {
  title: string;
  loading: string;
  scenarios: string;
  notebooks: string;
  /** Label of an item without a name or id. */
  scenarioFallback: string;
  notebookFallback: string;
  /** Per-side totals line. */
  totals: string;
  /** One item's counts ("{exec} exec · {rev} rev" in BioLabs). */
  itemCounts: string;
  netImpact: string;
  executed: string;
  reversed: string;
  net: string;
  /** Column header of the item names. */
  item: string;
  /** Shown under a side's table when it lists fewer items than it has. */
  moreItems: string;
  emptySide: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    analyticsLineage: AnalyticsLineageMessages;
  }
}

export const analyticsLineageMessages: AnalyticsLineageMessages = {
  title: 'Override lineage',
  loading: 'Loading the override lineage',
  scenarios: 'Scenarios',
  notebooks: 'Notebook entries',
  scenarioFallback: 'Scenario lineage',
  notebookFallback: 'Notebook lineage',
  totals: '{executed} executed · {reversed} reversed · net impact {net}',
  itemCounts: '{executed} exec · {reversed} rev',
  netImpact: 'Net impact: {net}',
  executed: 'Executed',
  reversed: 'Reversed',
  net: 'Net impact',
  item: 'Source',
  moreItems: 'Top {shown} of {count}',
  emptySide: 'No lineage activity captured.',
};
