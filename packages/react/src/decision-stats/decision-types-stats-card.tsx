import type { DecisionTypesStats as DecisionTypesStatsData } from '@govkit/sdk';
import { formatMessage } from '../i18n/message-catalog';
import { useFormat } from '../shared/use-format';
import type { DecisionStatsMessages } from './decision-stats-messages';
import { StatsBars } from './stats-bars';
import { StatsFrame } from './stats-frame';
import { type UseStatsWindowOptions, useStatsWindow } from './use-stats-window';

export interface DecisionTypesStatsCardProps extends UseStatsWindowOptions {
  /** The counts once loaded; without them (and without an error) the widget is loading. */
  data?: DecisionTypesStatsData | undefined;
  error?: unknown;
  /** True while `data` belongs to another window than the chosen one. */
  stale?: boolean | undefined;
  onRetry?: (() => void) | undefined;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string | undefined;
}

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

/**
 * Supervisor decisions per type in the window as horizontal bars with each type's
 * share of the total, and the same counts as a table. Presentational; see
 * {@link ConnectedDecisionTypesStatsCard}.
 */
export function DecisionTypesStatsCard({
  data,
  error,
  stale,
  onRetry,
  headingLevel = 2,
  className,
  ...options
}: DecisionTypesStatsCardProps) {
  const format = useFormat();
  const { messages, window, setWindow, windowLabels, state } = useStatsWindow({
    ...options,
    data,
    error,
    isEmpty: (stats) => stats.total === 0 && Object.keys(stats.decision_types).length === 0,
    fallbackWindow: '24h',
    caller: 'DecisionTypesStatsCard',
  });
  const rows = data ? toDecisionTypeRows(data) : [];
  // The server's total also counts types it leaves out of the map; shares are of that total.
  const total = Math.max(data?.total ?? 0, ...rows.map((row) => row.count), 1);
  const share = (count: number) => format.number(count / total, { style: 'percent' });
  return (
    <StatsFrame
      kind="decision-types"
      title={messages.decisionTypesTitle}
      state={state}
      stale={stale}
      window={window}
      onWindowChange={setWindow}
      windowLabels={windowLabels}
      messages={messages}
      emptyTitle={messages.emptyTypesTitle}
      error={error}
      onRetry={onRetry}
      headingLevel={headingLevel}
      className={className}
      summary={formatMessage(messages.totalDecisions, { total: format.number(data?.total ?? 0) })}
      chart={
        <StatsBars
          bars={rows.map((row) => ({
            key: row.type,
            label: decisionTypeLabel(row.type, messages),
            detail: share(row.count),
            value: row.count,
            valueText: format.number(row.count),
          }))}
        />
      }
      table={
        <table>
          <caption className="govkit-visually-hidden">{messages.decisionTypesTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{messages.decisionType}</th>
              <th scope="col">{messages.count}</th>
              <th scope="col">{messages.share}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.type}>
                <th scope="row">{decisionTypeLabel(row.type, messages)}</th>
                <td>{format.number(row.count)}</td>
                <td>{share(row.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
