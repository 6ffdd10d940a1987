import type {
  TemplateAssignment,
  TemplateAssignmentCreate,
  WorkflowTemplate,
  WorkflowTemplateStatus,
} from '@govkit/sdk';
import { useGovkitClient } from '../provider/govkit-context';
import { govkitKeys } from '../query/govkit-keys';
import { useOptimisticMutation } from '../query/use-optimistic-mutation';
import { ALL_TEMPLATE_VERSIONS } from './use-workflow-templates';

/** Adds an assignment to a template version: to a team or to a protocol template. */
export interface AddTemplateAssignmentVariables {
  templateId: string;
  body: TemplateAssignmentCreate;
}

/** Revokes one assignment of a template version. */
export interface RevokeTemplateAssignmentVariables {
  templateId: string;
  assignmentId: string;
}

/** The id prefix of an assignment shown before the server has stored it. */
export const PENDING_ASSIGNMENT_PREFIX = 'pending-assignment-';

const versionsKey = govkitKeys.templates.list(ALL_TEMPLATE_VERSIONS);

function withStatus(status: WorkflowTemplateStatus) {
  return (versions: WorkflowTemplate[], templateId: string) =>
    versions.map((version) =>
      String(version.id) === templateId ? { ...version, status } : version,
    );
}

/**
 * The template actions: `publish` and `archive` a version (shown at once on the version list),
 * `addAssignment` and `revokeAssignment` (shown at once on the version's assignments). Each
 * restores the cache exactly if the server refuses (403 for a non-admin, 400 for an archived
 * template, 409 for a duplicate assignment) and then refetches exactly what it changed: the
 * template lists and that version for publish/archive, that version's assignments otherwise.
 */
export function useTemplateActions() {
  const client = useGovkitClient();
  const lifecycle = (status: 'published' | 'archived') =>
    ({
      mutationFn: (templateId: string) =>
        status === 'published'
          ? client.templates.publish(templateId)
          : client.templates.archive(templateId),
      queryKey: () => versionsKey,
      optimisticUpdate: withStatus(status),
      invalidates: (templateId: string) => [
        govkitKeys.templates.scope('list'),
        govkitKeys.templates.detail(templateId),
      ],
    }) as const;
  const publish = useOptimisticMutation<WorkflowTemplate, string, WorkflowTemplate[]>(
    lifecycle('published'),
  );
  const archive = useOptimisticMutation<WorkflowTemplate, string, WorkflowTemplate[]>(
    lifecycle('archived'),
  );
  const addAssignment = useOptimisticMutation<
    TemplateAssignment,
    AddTemplateAssignmentVariables,
    TemplateAssignment[]
  >({
    mutationFn: ({ templateId, body }) => client.templates.assignments.create(templateId, body),
    queryKey: ({ templateId }) => govkitKeys.templates.assignments(templateId),
    optimisticUpdate: (cached, { templateId, body }) => [
      ...cached,
      {
        id: `${PENDING_ASSIGNMENT_PREFIX}${cached.length}`,
        template_id: templateId,
        team_id: body.team_id ?? null,
        protocol_template_id: body.protocol_template_id ?? null,
        created_by_id: '',
        created_at: new Date().toISOString(),
        metadata: body.metadata ?? {},
      },
    ],
    invalidates: ({ templateId }) => [govkitKeys.templates.assignments(templateId)],
  });
  const revokeAssignment = useOptimisticMutation<
    void,
    RevokeTemplateAssignmentVariables,
    TemplateAssignment[]
  >({
    mutationFn: ({ assignmentId }) => client.templates.assignments.delete(assignmentId),
    queryKey: ({ templateId }) => govkitKeys.templates.assignments(templateId),
    optimisticUpdate: (cached, { assignmentId }) =>
      cached.filter((assignment) => String(assignment.id) !== assignmentId),
    invalidates: ({ templateId }) => [govkitKeys.templates.assignments(templateId)],
  });
  return { publish, archive, addAssignment, revokeAssignment };
}
