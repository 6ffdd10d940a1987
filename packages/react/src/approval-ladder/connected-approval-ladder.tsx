import { GovkitError } from '@govkit/sdk';
import { useNarrativeExportActions } from '../exports/use-narrative-export-actions';
import { useNarrativeExports } from '../exports/use-narrative-exports';
import { ApprovalLadder, type ApprovalLadderProps } from './approval-ladder';

export interface ConnectedApprovalLadderProps
  extends Omit<ApprovalLadderProps, 'record' | 'error' | 'onRetry' | 'onAction'> {
  executionId: string;
  /** The export whose ladder is shown (default: the newest version). */
  exportId?: string | undefined;
}

/**
 * The approval ladder of one of an execution's narrative exports, fetched through the
 * {@link GovkitProvider}'s client. Actions are optimistic: the ladder moves at once, a refusal
 * puts it back (the form keeps what was typed) and the export list is refetched.
 */
export function ConnectedApprovalLadder({
  executionId,
  exportId,
  ...props
}: ConnectedApprovalLadderProps) {
  const query = useNarrativeExports(executionId);
  const actions = useNarrativeExportActions(executionId);
  const exports = query.data?.exports;
  const record = exportId ? exports?.find((x) => x.id === exportId) : exports?.[0];
  return (
    <ApprovalLadder
      {...props}
      record={record}
      error={
        query.error ??
        (exports && !record && exportId
          ? new GovkitError(`Narrative export ${exportId} not found`)
          : undefined)
      }
      onRetry={() => void query.refetch()}
      onAction={actions.mutateAsync}
    />
  );
}
