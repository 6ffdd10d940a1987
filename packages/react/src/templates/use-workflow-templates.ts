import type { GovkitError, WorkflowTemplateList } from '@govkit/sdk';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useGovkitClient } from '../provider/govkit-context';
import { govkitKeys } from '../query/govkit-keys';

/** The query of every version of every template, retired and archived ones included. */
export const ALL_TEMPLATE_VERSIONS = { include_all: true } as const;

/**
 * Every workflow template version (`GET /api/governance/templates?include_all=true`), by key then
 * newest version first. Admin only: anyone else gets `PermissionDeniedError`.
 */
export function useWorkflowTemplates(): UseQueryResult<WorkflowTemplateList, GovkitError> {
  const client = useGovkitClient();
  return useQuery<WorkflowTemplateList, GovkitError>({
    queryKey: govkitKeys.templates.list(ALL_TEMPLATE_VERSIONS),
    queryFn: ({ signal }) => client.templates.list(ALL_TEMPLATE_VERSIONS, { signal }),
  });
}
