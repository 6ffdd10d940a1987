import { useBaseline } from '../baselines/use-baseline';
import { useBaselineActions } from '../baselines/use-baseline-actions';
import { BaselineLifecycle, type BaselineLifecycleProps } from './baseline-lifecycle';
import type { BaselineAction } from './use-baseline-lifecycle';

export type ConnectedBaselineLifecycleProps = Omit<
  BaselineLifecycleProps,
  | 'baseline'
  | 'error'
  | 'empty'
  | 'onRetry'
  | 'onReview'
  | 'onPublish'
  | 'onRollback'
  | 'pendingAction'
  | 'actionError'
> & {
  baselineId: string;
};

/**
 * The baseline lifecycle over the provider's client: loads the baseline, and reviews, publishes
 * and rolls back through optimistic mutations that roll back on a refusal. Pass `viewer` so
 * only the actions that user may take are offered (the server still decides: a 403 is shown).
 */
export function ConnectedBaselineLifecycle({
  baselineId,
  ...props
}: ConnectedBaselineLifecycleProps) {
  const query = useBaseline(baselineId);
  const { review, publish, rollback } = useBaselineActions(baselineId);
  const pendingAction: BaselineAction | undefined = review.isPending
    ? review.variables?.decision
    : publish.isPending
      ? 'publish'
      : rollback.isPending
        ? 'rollback'
        : undefined;
  // Only the most recent action's refusal is shown; a later action clears it by resetting.
  const actionError = review.error ?? publish.error ?? rollback.error ?? undefined;
  const resetAll = () => {
    review.reset();
    publish.reset();
    rollback.reset();
  };
  return (
    <BaselineLifecycle
      {...props}
      baseline={query.data}
      error={query.error ?? undefined}
      onRetry={() => void query.refetch()}
      onReview={(body) => {
        resetAll();
        return review.mutateAsync(body);
      }}
      onPublish={(body) => {
        resetAll();
        return publish.mutateAsync(body);
      }}
      onRollback={(body) => {
        resetAll();
        return rollback.mutateAsync(body);
      }}
      pendingAction={pendingAction}
      actionError={actionError}
    />
  );
}
