import type { GovkitError, TimelineEntry } from '@govkit/sdk';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { govkitKeys } from '../query/govkit-keys';

// The largest page the timeline endpoint serves: fewest round trips while looking for one entry.
const PAGE_SIZE = 200;

/**
 * One entry of an execution's decision timeline, by `entry_id`. The timeline endpoint has no
 * "get one" route, so this pages through the execution's timeline (newest first, 200 a page) and
 * stops at the entry; `null` when the execution has no such entry. The sdk's paginator
 * de-duplicates analytics entries that BioLabs repeats on every page. Keyed under the
 * execution's timeline, so every override action on the execution refreshes it.
 */
export function useTimelineEntry(
  executionId: string,
  entryId: string,
  options: { enabled?: boolean } = {},
): UseQueryResult<TimelineEntry | null, GovkitError> {
  const client = useGovkitClient();
  return useQuery({
    queryKey: govkitKeys.timeline.entry(executionId, entryId),
    queryFn: async ({ signal }) => {
      const pages = client.timeline.list(
        { execution_id: executionId, limit: PAGE_SIZE },
        { signal },
      );
      for await (const entry of pages) {
        if (String(entry.entry_id) === entryId) return entry;
      }
      return null;
    },
    enabled: options.enabled ?? true,
  });
}
