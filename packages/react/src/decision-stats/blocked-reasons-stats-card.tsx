import type { BlockedReasonsStats } from '@govkit/sdk';
import { StatsBars } from './stats-bars';
import { StatsCard, type StatsCardKind, type StatsCardProps } from './stats-card';

export type BlockedReasonsStatsCardProps = StatsCardProps<BlockedReasonsStats>;

type BlockedTask = BlockedReasonsStats['blocked_tasks'][number];

const BLOCKED_REASONS: StatsCardKind<BlockedReasonsStats, BlockedTask> = {
  kind: 'blocked-reasons',
  title: 'blockedReasonsTitle',
  emptyTitle: 'emptyBlockedTitle',
  fallbackWindow: '7d',
  caller: 'BlockedReasonsStatsCard',
  isEmpty: (stats) => stats.blocked_tasks.length === 0,
  rows: (stats) => stats.blocked_tasks,
  chart: (tasks, { messages, format }) => (
    <StatsBars
      bars={tasks.map((task) => ({
        key: task.task_id,
        label: <code>{task.task_id}</code>,
        detail: task.reason_code ?? messages.noReasonCode,
        value: task.block_count,
        valueText: format.number(task.block_count),
      }))}
    />
  ),
  columns: ['task', 'reasonCode', 'blockCount', 'lastBlockedAt'],
  cells: (task, { messages, format }) => [
    task.task_id,
    task.task_id,
    task.reason_code ?? messages.noReasonCode,
    format.number(task.block_count),
    <time key="at" dateTime={task.last_blocked_at}>
      {format.dateTime(task.last_blocked_at)}
    </time>,
  ],
};

/**
 * The tasks blocked most often in the window, as horizontal bars with each task's
 * latest reason code, and the same ranking as a table. Presentational; see
 * {@link ConnectedBlockedReasonsStatsCard}.
 */
export function BlockedReasonsStatsCard(props: BlockedReasonsStatsCardProps) {
  return <StatsCard {...props} of={BLOCKED_REASONS} />;
}
