import type { GovkitError, NarrativeExportList } from '@govkit/sdk';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { govkitKeys } from '../query/govkit-keys';

/**
 * An execution's narrative exports, every version, newest first
 * (`GET …/sessions/{execution_id}/exports/narrative`): dossier, approval ladder, attachments and
 * packaging state of each. The ladder actions patch this one cached list.
 */
export function useNarrativeExports(
  executionId: string,
  options: { enabled?: boolean } = {},
): UseQueryResult<NarrativeExportList, GovkitError> {
  const client = useGovkitClient();
  return useQuery({
    queryKey: govkitKeys.exports.narratives(executionId),
    queryFn: ({ signal }) => client.exports.list(executionId, { signal }),
    enabled: options.enabled ?? true,
  });
}
