import type { ReplayWindow } from '@govkit/sdk';
import { useControllableState } from '../internal/use-controllable-state';
import {
  useBlockedReasonsStats,
  useDecisionLagStats,
  useDecisionTypesStats,
} from '../replay/use-decision-stats';
import {
  BlockedReasonsStatsCard,
  type BlockedReasonsStatsCardProps,
} from './blocked-reasons-stats-card';
import { DecisionLagStatsCard, type DecisionLagStatsCardProps } from './decision-lag-stats-card';
import {
  DecisionTypesStatsCard,
  type DecisionTypesStatsCardProps,
} from './decision-types-stats-card';

type Fetched = 'data' | 'error' | 'onRetry' | 'stale';

// The connected forms own the window (controllable) so the query follows it; the presentational
// widget is then always controlled by them.
function useWindow(
  props: { window?: ReplayWindow | undefined; defaultWindow?: ReplayWindow | undefined },
  onChange: ((window: ReplayWindow) => void) | undefined,
  fallback: ReplayWindow,
  caller: string,
) {
  return useControllableState<ReplayWindow>({
    prop: props.window,
    defaultProp: props.defaultWindow ?? fallback,
    onChange,
    caller,
  });
}

/** What a stats query hands the presentational card. */
function fetched<Data>(query: {
  data: Data | undefined;
  isPlaceholderData: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}) {
  return {
    data: query.data,
    stale: query.isPlaceholderData,
    error: query.error ?? undefined,
    onRetry: () => void query.refetch(),
  };
}

export type ConnectedBlockedReasonsStatsCardProps = Omit<BlockedReasonsStatsCardProps, Fetched> & {
  /** How many tasks to rank (1–100, default 10). */
  topN?: number | undefined;
};

/** {@link BlockedReasonsStatsCard}, fetched through the {@link GovkitProvider}'s client. */
export function ConnectedBlockedReasonsStatsCard({
  topN,
  onWindowChange,
  ...props
}: ConnectedBlockedReasonsStatsCardProps) {
  const [window, setWindow] = useWindow(
    props,
    onWindowChange,
    '7d',
    'ConnectedBlockedReasonsStatsCard',
  );
  const query = useBlockedReasonsStats({ window, topN });
  return (
    <BlockedReasonsStatsCard
      {...props}
      window={window}
      onWindowChange={setWindow}
      {...fetched(query)}
    />
  );
}

export type ConnectedDecisionTypesStatsCardProps = Omit<DecisionTypesStatsCardProps, Fetched>;

/** {@link DecisionTypesStatsCard}, fetched through the {@link GovkitProvider}'s client. */
export function ConnectedDecisionTypesStatsCard({
  onWindowChange,
  ...props
}: ConnectedDecisionTypesStatsCardProps) {
  const [window, setWindow] = useWindow(
    props,
    onWindowChange,
    '24h',
    'ConnectedDecisionTypesStatsCard',
  );
  const query = useDecisionTypesStats({ window });
  return (
    <DecisionTypesStatsCard
      {...props}
      window={window}
      onWindowChange={setWindow}
      {...fetched(query)}
    />
  );
}

export type ConnectedDecisionLagStatsCardProps = Omit<DecisionLagStatsCardProps, Fetched> & {
  /** The percentile reported as `value` (50–99, default 95). */
  percentile?: number | undefined;
};

/** {@link DecisionLagStatsCard}, fetched through the {@link GovkitProvider}'s client. */
export function ConnectedDecisionLagStatsCard({
  percentile,
  onWindowChange,
  ...props
}: ConnectedDecisionLagStatsCardProps) {
  const [window, setWindow] = useWindow(
    props,
    onWindowChange,
    '24h',
    'ConnectedDecisionLagStatsCard',
  );
  const query = useDecisionLagStats({ window, percentile });
  return (
    <DecisionLagStatsCard
      {...props}
      window={window}
      onWindowChange={setWindow}
      {...fetched(query)}
    />
  );
}
