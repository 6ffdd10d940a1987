import type { TemplateAssignment } from '@govkit/sdk';
import { useState } from 'react';
import { useTemplateActions } from '../templates/use-template-actions';
import { useTemplateAssignments } from '../templates/use-template-assignments';
import { useWorkflowTemplates } from '../templates/use-workflow-templates';
import { TemplateVersions, type TemplateVersionsProps } from './template-versions';
import type { TemplateAction } from './use-template-versions';

export type ConnectedTemplateVersionsProps = Omit<
  TemplateVersionsProps,
  | 'templates'
  | 'error'
  | 'assignments'
  | 'assignmentsError'
  | 'onRetry'
  | 'onRetryAssignments'
  | 'onPublish'
  | 'onArchive'
  | 'onAddAssignment'
  | 'onRevokeAssignment'
  | 'pendingAction'
  | 'actionError'
>;

/**
 * Template versions over the provider's client: every version (`include_all`), the selected
 * version's assignments, and publish, archive, assign and revoke as optimistic mutations that
 * roll back on a refusal. Pass `viewer` so a non-admin is offered nothing (the server still
 * decides: a 403 is shown calmly and the typed id stays).
 */
export function ConnectedTemplateVersions(props: ConnectedTemplateVersionsProps) {
  const [ownSelected, setOwnSelected] = useState(props.defaultSelectedId);
  const selectedId = props.selectedId ?? ownSelected;
  const versions = useWorkflowTemplates();
  const assignments = useTemplateAssignments(selectedId);
  const { publish, archive, addAssignment, revokeAssignment } = useTemplateActions();
  const all = [publish, archive, addAssignment, revokeAssignment];
  const pendingAction: { action: TemplateAction; id: string } | undefined = publish.isPending
    ? { action: 'publish', id: publish.variables ?? '' }
    : archive.isPending
      ? { action: 'archive', id: archive.variables ?? '' }
      : addAssignment.isPending
        ? { action: 'assign', id: addAssignment.variables?.templateId ?? '' }
        : revokeAssignment.isPending
          ? { action: 'revoke', id: revokeAssignment.variables?.assignmentId ?? '' }
          : undefined;
  // Only the most recent action's refusal is shown: each action resets the others first.
  const actionError = all.find((mutation) => mutation.error)?.error ?? undefined;
  const send = <T,>(mutate: (variables: T) => Promise<unknown>, variables: T) => {
    for (const mutation of all) mutation.reset();
    return mutate(variables);
  };
  return (
    <TemplateVersions
      {...props}
      selectedId={selectedId}
      onSelectedIdChange={(templateId) => {
        setOwnSelected(templateId);
        props.onSelectedIdChange?.(templateId);
      }}
      templates={versions.data}
      error={versions.error ?? undefined}
      onRetry={() => void versions.refetch()}
      assignments={assignments.data}
      assignmentsError={assignments.error ?? undefined}
      onRetryAssignments={() => void assignments.refetch()}
      onPublish={(templateId) => send(publish.mutateAsync, templateId)}
      onArchive={(templateId) => send(archive.mutateAsync, templateId)}
      onAddAssignment={(templateId, body) => send(addAssignment.mutateAsync, { templateId, body })}
      onRevokeAssignment={(assignment: TemplateAssignment) =>
        send(revokeAssignment.mutateAsync, {
          templateId: String(assignment.template_id),
          assignmentId: String(assignment.id),
        })
      }
      pendingAction={pendingAction}
      actionError={actionError}
    />
  );
}
