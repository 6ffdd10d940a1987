import { useTaskSummary } from '../replay/use-task-summary';
import { TaskSummaryCard, type TaskSummaryCardProps } from './task-summary-card';

export type ConnectedTaskSummaryCardProps = Omit<
  TaskSummaryCardProps,
  'summary' | 'error' | 'onRetry'
>;

/**
 * The task governance summary card, fetched through the {@link GovkitProvider}'s client and
 * query cache. A 404 shows "Task not found"; other errors show their `detail` and a retry.
 */
export function ConnectedTaskSummaryCard(props: ConnectedTaskSummaryCardProps) {
  const query = useTaskSummary(props.taskId);
  return (
    <TaskSummaryCard
      {...props}
      summary={query.data}
      error={query.error ?? undefined}
      onRetry={() => void query.refetch()}
    />
  );
}
