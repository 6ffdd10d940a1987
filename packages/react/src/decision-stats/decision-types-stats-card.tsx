import type { DecisionTypesStats as DecisionTypesStatsData } from '@govkit/sdk';
import { formatMessage } from '../i18n/message-catalog';
import type { DecisionStatsMessages } from './decision-stats-messages';
import { StatsBars } from './stats-bars';
import { StatsCard, type StatsCardKind, type StatsCardProps } from './stats-card';

export type DecisionTypesStatsCardProps = StatsCardProps<DecisionTypesStatsData>;

const TYPE_LABEL_KEYS: Readonly<Record<string, keyof DecisionStatsMessages>> = {
  ALLOWED: 'typeAllowed',
  BLOCKED: 'typeBlocked',
  PAUSED: 'typePaused',
  RETRY: 'typeRetry',
  DECISION: 'typeDecision',
  ERROR: 'typeError',
};

/** Decision types with their counts, largest first (ties by name, so the order is stable). */
export function toDecisionTypeRows(data: DecisionTypesStatsData) {
  const rows: { type: string; count: number }[] = [];
  for (const [type, count] of Object.entries(data.decision_types)) {
    if (count !== undefined) rows.push({ type, count });
  }
  return rows.sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}

/** The localised label of a decision type; a type this version does not know shows its key. */
export function decisionTypeLabel(type: string, messages: DecisionStatsMessages): string {
  const key = TYPE_LABEL_KEYS[type];
  return key === undefined ? type : messages[key];
}

type DecisionTypeRow = ReturnType<typeof toDecisionTypeRows>[number] & { share: string };

const DECISION_TYPES: StatsCardKind<DecisionTypesStatsData, DecisionTypeRow> = {
  kind: 'decision-types',
  title: 'decisionTypesTitle',
  emptyTitle: 'emptyTypesTitle',
  fallbackWindow: '24h',
  caller: 'DecisionTypesStatsCard',
  isEmpty: (stats) => stats.total === 0 && Object.keys(stats.decision_types).length === 0,
  rows: (stats, { format }) => {
    const rows = toDecisionTypeRows(stats);
    // The server's total also counts types it leaves out of the map; shares are of that total.
    const total = Math.max(stats.total, ...rows.map((row) => row.count), 1);
    return rows.map((row) => ({
      ...row,
      share: format.number(row.count / total, { style: 'percent' }),
    }));
  },
  summary: (stats, { messages, format }) =>
    formatMessage(messages.totalDecisions, { total: format.number(stats?.total ?? 0) }),
  chart: (rows, { messages, format }) => (
    <StatsBars
      bars={rows.map((row) => ({
        key: row.type,
        label: decisionTypeLabel(row.type, messages),
        detail: row.share,
        value: row.count,
        valueText: format.number(row.count),
      }))}
    />
  ),
  columns: ['decisionType', 'count', 'share'],
  cells: (row, { messages, format }) => [
    row.type,
    decisionTypeLabel(row.type, messages),
    format.number(row.count),
    row.share,
  ],
};

/**
 * Supervisor decisions per type in the window as horizontal bars with each type's
 * share of the total, and the same counts as a table. Presentational; see
 * {@link ConnectedDecisionTypesStatsCard}.
 */
export function DecisionTypesStatsCard(props: DecisionTypesStatsCardProps) {
  return <StatsCard {...props} of={DECISION_TYPES} />;
}
