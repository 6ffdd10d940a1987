import { useDecisionDetail } from '../replay/use-decision-detail';
import { DecisionSnapshotView, type DecisionSnapshotViewProps } from './decision-snapshot-view';

export type ConnectedDecisionSnapshotViewProps = Omit<
  DecisionSnapshotViewProps,
  'detail' | 'error' | 'onRetry'
>;

/** The decision snapshot view, fetched by id through the {@link GovkitProvider}'s client. */
export function ConnectedDecisionSnapshotView(props: ConnectedDecisionSnapshotViewProps) {
  const query = useDecisionDetail(props.decisionId);
  return (
    <DecisionSnapshotView
      {...props}
      detail={query.data}
      error={query.error ?? undefined}
      onRetry={() => void query.refetch()}
    />
  );
}
