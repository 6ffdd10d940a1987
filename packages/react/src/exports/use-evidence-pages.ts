import type { DataEvidenceItem, NotebookEvidenceItem } from '@govkit/sdk';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { cursorInfiniteOptions } from '../query/cursor-infinite-options';
import { govkitKeys } from '../query/govkit-keys';

/** The evidence kinds an attachment picker offers, one discovery endpoint (or domain) each. */
export const EVIDENCE_DOMAINS = [
  'notebook_entry',
  'analytics_snapshot',
  'qc_metric',
  'remediation_report',
] as const;
export type EvidenceDomain = (typeof EVIDENCE_DOMAINS)[number];

/** One discovered descriptor of either endpoint. */
export type EvidenceItem = NotebookEvidenceItem | DataEvidenceItem;

/** One page, the same shape for both endpoints. */
export interface EvidencePage {
  items: EvidenceItem[];
  next_cursor?: string | null | undefined;
}

/**
 * Every loaded page of one evidence domain (`GET /api/notebook/entries/evidence` for notebook
 * entries, `GET /api/data/evidence?domain=…` for the others), optionally for one execution.
 * `fetchNextPage()` follows the cursor; a repeated cursor ends the list.
 */
export function useEvidencePages(
  domain: EvidenceDomain,
  params: { executionId?: string | undefined; limit?: number | undefined } = {},
  options: { enabled?: boolean } = {},
) {
  const client = useGovkitClient();
  const query = {
    ...(params.executionId ? { execution_id: params.executionId } : {}),
    ...(params.limit ? { limit: params.limit } : {}),
  };
  return useInfiniteQuery({
    ...cursorInfiniteOptions<EvidencePage, ReturnType<typeof govkitKeys.evidence.pages>>({
      queryKey: govkitKeys.evidence.pages(domain, query),
      fetchPage: (cursor, signal) => {
        const page = { ...query, ...(cursor ? { cursor } : {}) };
        return domain === 'notebook_entry'
          ? client.evidence.notebook(page, { signal })
          : client.evidence.data({ ...page, domain }, { signal });
      },
      nextCursor: (page) => page.next_cursor,
    }),
    enabled: options.enabled ?? true,
  });
}
