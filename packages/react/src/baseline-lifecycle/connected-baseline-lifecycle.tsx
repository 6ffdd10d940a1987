import { useBaseline } from '../baselines/use-baseline';
import { useBaselineActions } from '../baselines/use-baseline-actions';
import { useBaselines } from '../baselines/use-baselines';
import { BaselineLifecycle, type BaselineLifecycleProps } from './baseline-lifecycle';
import { availableBaselineActions, type BaselineAction } from './use-baseline-lifecycle';

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
  | 'rollbackTargets'
> & {
  baselineId: string;
};

/**
 * The baseline lifecycle over the provider's client: loads the baseline, and reviews, publishes
 * and rolls back (choosing among the template's earlier versions) through optimistic mutations that roll back on a refusal. Pass `viewer` so
 * only the actions that user may take are offered (the server still decides: a 403 is shown).
 */
export function ConnectedBaselineLifecycle({
  baselineId,
  ...props
}: ConnectedBaselineLifecycleProps) {
  const query = useBaseline(baselineId);
  const { review, publish, rollback } = useBaselineActions(baselineId);
  const baseline = query.data;
  const templateId = baseline?.template_id == null ? undefined : String(baseline.template_id);
  // The template's versions are fetched only when a rollback is offered, to pick its target.
  const canRollBack =
    baseline !== undefined && availableBaselineActions(baseline, props.viewer).rollback;
  const versions = useBaselines(
    { template_id: templateId ?? '' },
    { enabled: canRollBack && templateId !== undefined },
  );
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
      baseline={baseline}
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
      // Until the versions arrive (or if they fail) the user may still type a version id.
      rollbackTargets={versions.data?.items}
    />
  );
}
