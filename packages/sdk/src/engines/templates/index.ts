// @govkit/sdk/engines/templates: the templates engine alone (import it instead of `@govkit/sdk/engines`
// to bundle only this domain and the shared toolkit it uses).

export {
  recordTemplateAudit,
  requireTemplateAdmin,
  type TemplateEngineDeps,
} from './template-admin';
export {
  createTemplateAssignment,
  deleteTemplateAssignment,
  listTemplateAssignments,
} from './template-assignments';
export { createMemoryTemplateStore, type TemplateStore } from './template-store';
export {
  archiveWorkflowTemplate,
  createWorkflowTemplate,
  listWorkflowTemplates,
  publishWorkflowTemplate,
  retrieveWorkflowTemplate,
} from './template-versioning';
export {
  createWorkflowTemplateEngine,
  type WorkflowTemplateEngine,
  type WorkflowTemplateEngineOptions,
} from './workflow-template-engine';
