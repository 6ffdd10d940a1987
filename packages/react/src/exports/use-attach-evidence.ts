import type {
  ExportAttachment,
  ExportAttachmentInput,
  NarrativeExport,
  NarrativeExportList,
} from '@govkit/sdk';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { govkitKeys } from '../query/govkit-keys';
import type { EvidenceItem } from './use-evidence-pages';

/** Newest first, as the list endpoint answers: the export a picker adds to. */
export function latestExport(list: NarrativeExportList | undefined): NarrativeExport | undefined {
  return list?.exports[0];
}

/** The reference ids attached to an export (what a picker shows as attached). */
export function attachedReferenceIds(record: NarrativeExport | undefined): string[] {
  return record?.attachments.map((attachment) => attachment.reference_id) ?? [];
}

function inputOf(attachment: ExportAttachment): ExportAttachmentInput {
  return {
    type: attachment.evidence_type,
    reference_id: attachment.reference_id,
    label: attachment.label ?? null,
  };
}

/**
 * The request that attaches `items`: exports are immutable versions, so attaching generates the
 * next version carrying the newest version's attachments plus the new ones (none dropped, none
 * twice).
 */
export function attachRequest(latest: NarrativeExport | undefined, items: readonly EvidenceItem[]) {
  const kept = latest?.attachments.map(inputOf) ?? [];
  const present = new Set(kept.map((input) => input.reference_id));
  const added: ExportAttachmentInput[] = [];
  for (const item of items) {
    if (present.has(item.id)) continue;
    present.add(item.id);
    added.push({ type: item.type, reference_id: item.id, label: item.label });
  }
  return { attachments: [...kept, ...added] };
}

function optimisticAttachments(items: readonly EvidenceItem[], now: string): ExportAttachment[] {
  return items.map((item) => ({
    id: `pending-${item.id}`,
    evidence_type: item.type,
    reference_id: item.id,
    label: item.label,
    snapshot: {},
    hydration_context: {},
    created_at: now,
  }));
}

/**
 * Attach evidence to an execution's narrative export (`client.exports.create` with the
 * attachments, see {@link attachRequest}). The newest cached export shows the items at once; a
 * refusal restores the cached list exactly; the server's new version is put first in the list,
 * then only `exports.narratives(executionId)` is refetched: the one query attaching changes.
 */
export function useAttachEvidence(executionId: string) {
  const client = useGovkitClient();
  const queryClient = useQueryClient();
  const key = govkitKeys.exports.narratives(executionId);
  return useMutation<
    NarrativeExport,
    Error,
    readonly EvidenceItem[],
    { previous: NarrativeExportList | undefined }
  >({
    mutationKey: govkitKeys.exports.attach(executionId),
    mutationFn: (items) =>
      client.exports.create(
        executionId,
        attachRequest(latestExport(queryClient.getQueryData(key)), items),
      ),
    onMutate: async (items) => {
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      const previous = queryClient.getQueryData<NarrativeExportList>(key);
      const latest = latestExport(previous);
      if (previous && latest) {
        const pending = optimisticAttachments(items, new Date().toISOString());
        queryClient.setQueryData<NarrativeExportList>(key, {
          ...previous,
          exports: [
            { ...latest, attachments: [...latest.attachments, ...pending] },
            ...previous.exports.slice(1),
          ],
        });
      }
      return { previous };
    },
    onError: (_error, _items, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (created, _items, context) => {
      // The optimistic patch sat on the old version: put it back and the new version first.
      const base = context?.previous ?? queryClient.getQueryData<NarrativeExportList>(key);
      if (base)
        queryClient.setQueryData<NarrativeExportList>(key, {
          ...base,
          exports: [created, ...base.exports],
        });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key, exact: true }),
  });
}
