import type { GovkitError, TemplateAssignmentList } from '@govkit/sdk';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { govkitKeys } from '../query/govkit-keys';

/**
 * Where one template version applies, oldest first (`GET …/templates/{id}/assignments`). Waits
 * while `templateId` is undefined (no version selected).
 */
export function useTemplateAssignments(
  templateId: string | undefined,
): UseQueryResult<TemplateAssignmentList, GovkitError> {
  const client = useGovkitClient();
  return useQuery<TemplateAssignmentList, GovkitError>({
    queryKey: govkitKeys.templates.assignments(templateId ?? ''),
    queryFn: ({ signal }) => client.templates.assignments.list(templateId ?? '', { signal }),
    enabled: templateId !== undefined,
  });
}
