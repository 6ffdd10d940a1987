import type { BlockedReasonsStats } from '@govkit/sdk';
import { useFormat } from '../shared/use-format';
import { StatsBars } from './stats-bars';
import { StatsFrame } from './stats-frame';
import { type UseStatsWindowOptions, useStatsWindow } from './use-stats-window';

export interface BlockedReasonsStatsCardProps extends UseStatsWindowOptions {
  /** The ranking once loaded; without it (and without an error) the widget is loading. */
  data?: BlockedReasonsStats | undefined;
  error?: unknown;
  /** True while `data` belongs to another window than the chosen one. */
  stale?: boolean | undefined;
  onRetry?: (() => void) | undefined;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string | undefined;
}

/**
 * The tasks blocked most often in the window, as horizontal bars with each task's
 * latest reason code, and the same ranking as a table. Presentational; see
 * {@link ConnectedBlockedReasonsStatsCard}.
 */
export function BlockedReasonsStatsCard({
  data,
  error,
  stale,
  onRetry,
  headingLevel = 2,
  className,
  ...options
}: BlockedReasonsStatsCardProps) {
  const format = useFormat();
  const { messages, window, setWindow, windowLabels, state } = useStatsWindow({
    ...options,
    data,
    error,
    isEmpty: (stats) => stats.blocked_tasks.length === 0,
    fallbackWindow: '7d',
    caller: 'BlockedReasonsStatsCard',
  });
  const tasks = data?.blocked_tasks ?? [];
  return (
    <StatsFrame
      kind="blocked-reasons"
      title={messages.blockedReasonsTitle}
      state={state}
      stale={stale}
      window={window}
      onWindowChange={setWindow}
      windowLabels={windowLabels}
      messages={messages}
      emptyTitle={messages.emptyBlockedTitle}
      error={error}
      onRetry={onRetry}
      headingLevel={headingLevel}
      className={className}
      chart={
        <StatsBars
          bars={tasks.map((task) => ({
            key: task.task_id,
            label: <code>{task.task_id}</code>,
            detail: task.reason_code ?? messages.noReasonCode,
            value: task.block_count,
            valueText: format.number(task.block_count),
          }))}
        />
      }
      table={
        <table>
          <caption className="govkit-visually-hidden">{messages.blockedReasonsTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{messages.task}</th>
              <th scope="col">{messages.reasonCode}</th>
              <th scope="col">{messages.blockCount}</th>
              <th scope="col">{messages.lastBlockedAt}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={task.task_id}>
                <th scope="row">{task.task_id}</th>
                <td>{task.reason_code ?? messages.noReasonCode}</td>
                <td>{format.number(task.block_count)}</td>
                <td>
                  <time dateTime={task.last_blocked_at}>
                    {format.dateTime(task.last_blocked_at)}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
