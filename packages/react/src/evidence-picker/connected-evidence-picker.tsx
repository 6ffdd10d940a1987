import { useState } from 'react';
import {
  attachedReferenceIds,
  latestExport,
  useAttachEvidence,
} from '../exports/use-attach-evidence';
import { type EvidenceDomain, useEvidencePages } from '../exports/use-evidence-pages';
import { useNarrativeExports } from '../exports/use-narrative-exports';
import { useControllableState } from '../internal/use-controllable-state';
import { EvidencePicker, type EvidencePickerProps } from './evidence-picker';

export interface ConnectedEvidencePickerProps
  extends Omit<
    EvidencePickerProps,
    | 'items'
    | 'error'
    | 'onRetry'
    | 'attachedIds'
    | 'hasMore'
    | 'loadingMore'
    | 'onLoadMore'
    | 'onAttach'
    | 'attaching'
    | 'attachError'
    | 'attachedCount'
    | 'domain'
  > {
  executionId: string;
  /** Controlled evidence type; uncontrolled starts at `defaultDomain` (notebook entries). */
  domain?: EvidenceDomain | undefined;
  defaultDomain?: EvidenceDomain | undefined;
  /** Items per page (1–100, the API's default is 20). */
  pageSize?: number | undefined;
}

/**
 * The evidence picker of an execution, fetched through the {@link GovkitProvider}'s client: one
 * type at a time (the API filters by type), page after page through the cursor, with the text
 * filter applied to the loaded items (the API has no search). "Attach" generates the next export
 * version with the selection added (`useAttachEvidence`).
 */
export function ConnectedEvidencePicker({
  executionId,
  domain: domainProp,
  defaultDomain = 'notebook_entry',
  onDomainChange,
  pageSize,
  ...props
}: ConnectedEvidencePickerProps) {
  const [domain, setDomain] = useControllableState<EvidenceDomain>({
    prop: domainProp,
    defaultProp: defaultDomain,
    onChange: onDomainChange,
    caller: 'ConnectedEvidencePicker',
  });
  const pages = useEvidencePages(domain, { executionId, limit: pageSize });
  const exports = useNarrativeExports(executionId);
  const attach = useAttachEvidence(executionId);
  const [attachedCount, setAttachedCount] = useState<number>();
  const items = pages.data?.pages.flatMap((page) => page.items);
  return (
    <EvidencePicker
      {...props}
      domain={domain}
      onDomainChange={setDomain}
      items={items}
      error={pages.error ?? undefined}
      onRetry={() => void pages.refetch()}
      attachedIds={attachedReferenceIds(latestExport(exports.data))}
      hasMore={pages.hasNextPage}
      loadingMore={pages.isFetchingNextPage}
      onLoadMore={() => void pages.fetchNextPage()}
      attaching={attach.isPending}
      attachError={attach.error ?? undefined}
      attachedCount={attachedCount}
      onAttach={async (selected) => {
        setAttachedCount(undefined);
        await attach.mutateAsync(selected);
        setAttachedCount(selected.length);
      }}
    />
  );
}
