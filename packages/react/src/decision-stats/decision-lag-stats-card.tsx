import type { DecisionLagStats as DecisionLagStatsData } from '@govkit/sdk';
import { formatMessage } from '../i18n/message-catalog';
import type { GovkitFormat } from '../shared/use-format';
import { StatsCard, type StatsCardKind, type StatsCardProps } from './stats-card';

export type DecisionLagStatsCardProps = StatsCardProps<DecisionLagStatsData>;

// Lags are mostly sub-minute; the shared duration rounds to whole seconds there, which would
// turn 2.4 s into "2 sec", so seconds keep one decimal below a minute.
function formatLag(format: GovkitFormat, seconds: number) {
  return seconds >= 1 && seconds < 60
    ? format.number(seconds, {
        style: 'unit',
        unit: 'second',
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      })
    : format.duration(seconds);
}

/** One marker on the lag scale. */
export interface LagMarker {
  key: string;
  label: string;
  seconds: number;
}

/**
 * p50, p95 and the chosen percentile (when the server sends `value` and it is neither of the
 * two), smallest first. Null percentiles are left out.
 */
export function toLagMarkers(data: DecisionLagStatsData, label: (p: number) => string) {
  const markers: LagMarker[] = [];
  if (data.p50 !== null) markers.push({ key: 'p50', label: label(50), seconds: data.p50 });
  if (data.p95 !== null) markers.push({ key: 'p95', label: label(95), seconds: data.p95 });
  if (
    data.value !== null &&
    data.value !== undefined &&
    data.percentile !== 50 &&
    data.percentile !== 95
  ) {
    markers.push({ key: 'chosen', label: label(data.percentile), seconds: data.value });
  }
  return markers.sort((a, b) => a.seconds - b.seconds);
}

const DECISION_LAG: StatsCardKind<DecisionLagStatsData, LagMarker> = {
  kind: 'decision-lag',
  title: 'decisionLagTitle',
  emptyTitle: 'emptyLagTitle',
  fallbackWindow: '24h',
  caller: 'DecisionLagStatsCard',
  isEmpty: (stats) => stats.count === 0 || (stats.p50 === null && stats.p95 === null),
  rows: (stats, { messages }) =>
    toLagMarkers(stats, (percentile) => formatMessage(messages.chosenPercentile, { percentile })),
  summary: (stats, { messages, format }) =>
    formatMessage(messages.lagSamples, { count: format.number(stats?.count ?? 0) }),
  chart: (markers, { format }) => {
    const max = Math.max(...markers.map((marker) => marker.seconds), 0);
    return (
      <ol className="govkit-lag-scale" aria-hidden="true">
        {markers.map((marker) => (
          <li
            key={marker.key}
            className="govkit-lag-scale__marker"
            data-marker={marker.key}
            // A zero-lag window puts every marker at the start instead of dividing by zero.
            style={{ insetInlineStart: `${max > 0 ? (marker.seconds / max) * 100 : 0}%` }}
          >
            <span className="govkit-lag-scale__label">{marker.label}</span>
            <span className="govkit-lag-scale__value">{formatLag(format, marker.seconds)}</span>
          </li>
        ))}
      </ol>
    );
  },
  columns: ['percentile', 'lag'],
  cells: (marker, { format }) => [marker.key, marker.label, formatLag(format, marker.seconds)],
};

/**
 * Event-to-decision lag in the window: p50, p95 and the chosen percentile as markers on
 * one scale from zero to the largest, and the same values as a table. Presentational; see
 * {@link ConnectedDecisionLagStatsCard}.
 */
export function DecisionLagStatsCard(props: DecisionLagStatsCardProps) {
  return <StatsCard {...props} of={DECISION_LAG} />;
}
