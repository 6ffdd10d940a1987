'use client';

// @govkit/react/template-versions: workflow template versions, lineage and assignments.

export {
  type AddTemplateAssignmentVariables,
  PENDING_ASSIGNMENT_PREFIX,
  type RevokeTemplateAssignmentVariables,
  useTemplateActions,
} from '../templates/use-template-actions';
export { useTemplateAssignments } from '../templates/use-template-assignments';
export { ALL_TEMPLATE_VERSIONS, useWorkflowTemplates } from '../templates/use-workflow-templates';
export {
  ConnectedTemplateVersions,
  type ConnectedTemplateVersionsProps,
} from './connected-template-versions';
export { TemplateVersions, type TemplateVersionsProps } from './template-versions';
export {
  type TemplateVersionsMessages,
  templateVersionsMessages,
} from './template-versions-messages';
export {
  TemplateVersionItem,
  type TemplateVersionItemProps,
  TemplateVersionsRoot,
  type TemplateVersionsRootProps,
} from './template-versions-parts';
export {
  type AssignmentTargetKind,
  type TemplateAction,
  type TemplateAssignmentView,
  type TemplateFamilyView,
  type TemplateVersionsModel,
  type TemplateVersionsState,
  type TemplateVersionView,
  type TemplateViewer,
  type UseTemplateVersionsOptions,
  useTemplateVersions,
} from './use-template-versions';
