import type { CoachingNote, GovkitError } from '@govkit/sdk';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { govkitKeys } from '../query/govkit-keys';

/**
 * An override's coaching notes (`GET /api/governance/overrides/{id}/coaching-notes`), oldest
 * first, removed notes included. The error is the sdk's typed error: `PermissionDeniedError` for
 * a user outside the override's circle, `NotFoundError` for an unknown override.
 */
export function useCoachingNotes(
  overrideId: string,
  options: { enabled?: boolean } = {},
): UseQueryResult<CoachingNote[], GovkitError> {
  const client = useGovkitClient();
  return useQuery({
    queryKey: govkitKeys.coaching.notes(overrideId),
    queryFn: ({ signal }) => client.coaching.list(overrideId, { signal }),
    enabled: options.enabled ?? true,
  });
}
