import type { RunStartRequestInput } from '@govkit/sdk';
import { ConnectedRunLockInspector } from '../run-lock/connected-run-lock-inspector';
import { useStartRun } from '../runs/use-start-run';
import { StartRunPanel, type StartRunPanelProps } from './start-run-panel';

export interface ConnectedStartRunProps
  extends Omit<StartRunPanelProps, 'onStart' | 'pending' | 'result' | 'error' | 'lockDetails'> {
  workspaceId: string;
  /** What to run: the owner (lock holder) and the upload's summary. */
  request: RunStartRequestInput;
  /** Show the lock inspector under the lock notice when a run is refused. Default true. */
  showLockInspector?: boolean | undefined;
  /** The inspector's clock (controlled), e.g. a server-synchronised one. */
  now?: Date | number | undefined;
}

/**
 * Start a run in a workspace through the provider's client (`POST …/runs`): the receipt,
 * conclusion and watch list on success; the calm lock notice and the workspace's lock inspector
 * on a 409 `RunLockHeldError`.
 */
export function ConnectedStartRun({
  workspaceId,
  request,
  showLockInspector = true,
  now,
  ...props
}: ConnectedStartRunProps) {
  const start = useStartRun(workspaceId);
  return (
    <StartRunPanel
      {...props}
      onStart={() => start.mutate(request)}
      pending={start.isPending}
      result={start.data}
      error={start.error ?? undefined}
      lockDetails={
        showLockInspector ? (
          <ConnectedRunLockInspector
            workspaceId={workspaceId}
            now={now}
            headingLevel={((props.headingLevel ?? 2) + 1) as 3 | 4 | 5 | 6}
          />
        ) : null
      }
    />
  );
}
