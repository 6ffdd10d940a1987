import type { OverrideActionTimelineDetail } from '@govkit/sdk';
import { useTimelineEntry } from '../overrides/use-timeline-entry';
import { ReversalDiffViewer, type ReversalDiffViewerProps } from './reversal-diff-viewer';

export interface ConnectedReversalDiffViewerProps
  extends Omit<ReversalDiffViewerProps, 'reversal' | 'detail' | 'loading' | 'error' | 'onRetry'> {
  /** The execution whose timeline holds the entry. */
  executionId: string;
  /** The `override_action` timeline entry whose reversal to show. */
  entryId: string;
}

/**
 * The reversal of one override timeline entry, fetched through the {@link GovkitProvider}'s
 * client and cache. Renders nothing when the entry has no reversal (or does not exist).
 */
export function ConnectedReversalDiffViewer({
  executionId,
  entryId,
  ...props
}: ConnectedReversalDiffViewerProps) {
  const query = useTimelineEntry(executionId, entryId);
  const entry = query.data;
  const detail =
    entry?.entry_type === 'override_action'
      ? (entry.detail as OverrideActionTimelineDetail)
      : undefined;
  return (
    <ReversalDiffViewer
      {...props}
      detail={detail}
      loading={query.isPending}
      error={query.error ?? undefined}
      onRetry={() => void query.refetch()}
    />
  );
}
