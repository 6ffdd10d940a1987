import type { TemplateAssignmentCreate } from '../../schemas/templates/template-assignment';
import type {
  WorkflowTemplateCreate,
  WorkflowTemplateListParams,
} from '../../schemas/templates/template-create';
import type { GovernanceDirectory } from '../governance/directory';
import type { Clock } from '../shared/clock';
import type { IdGenerator } from '../shared/id-generator';
import type { TemplateEngineDeps } from './template-admin';
import {
  createTemplateAssignment,
  deleteTemplateAssignment,
  listTemplateAssignments,
} from './template-assignments';
import { createMemoryTemplateStore, type TemplateStore } from './template-store';
import {
  archiveWorkflowTemplate,
  createWorkflowTemplate,
  listWorkflowTemplates,
  publishWorkflowTemplate,
  retrieveWorkflowTemplate,
} from './template-versioning';

/** Options of {@link createWorkflowTemplateEngine}. */
export interface WorkflowTemplateEngineOptions {
  directory: GovernanceDirectory;
  clock: Clock;
  ids: IdGenerator;
  /** Defaults to an in-memory store. Share it with the export and preview engines. */
  store?: TemplateStore;
}

/**
 * The workflow-template reference engine: one method per `/api/governance/templates` route, each
 * taking the acting user's id first. Every method is admin-only (403 "Admin privileges
 * required") and every refusal leaves the store untouched.
 *
 * @example
 * const templates = createWorkflowTemplateEngine({ directory, clock, ids });
 * const t = templates.create(adminId, { template_key: 'qa', name: 'QA', publish: true,
 *   stage_blueprint: [{ required_role: 'reviewer', sla_hours: 24 }] });
 */
export function createWorkflowTemplateEngine(options: WorkflowTemplateEngineOptions) {
  const deps: TemplateEngineDeps = {
    directory: options.directory,
    clock: options.clock,
    ids: options.ids,
    store: options.store ?? createMemoryTemplateStore(),
  };
  return {
    store: deps.store,
    list: (actorId: string, params?: WorkflowTemplateListParams) =>
      listWorkflowTemplates(deps, actorId, params),
    retrieve: (actorId: string, templateId: string) =>
      retrieveWorkflowTemplate(deps, actorId, templateId),
    create: (actorId: string, body: WorkflowTemplateCreate) =>
      createWorkflowTemplate(deps, actorId, body),
    publish: (actorId: string, templateId: string) =>
      publishWorkflowTemplate(deps, actorId, templateId),
    archive: (actorId: string, templateId: string) =>
      archiveWorkflowTemplate(deps, actorId, templateId),
    listAssignments: (actorId: string, templateId: string) =>
      listTemplateAssignments(deps, actorId, templateId),
    createAssignment: (actorId: string, templateId: string, body: TemplateAssignmentCreate) =>
      createTemplateAssignment(deps, actorId, templateId, body),
    deleteAssignment: (actorId: string, assignmentId: string) =>
      deleteTemplateAssignment(deps, actorId, assignmentId),
    /** Snapshots have no route; exports and previews reference them by id. */
    getSnapshot: (snapshotId: string) => deps.store.getSnapshot(snapshotId),
    /** The audit trail (no route lists it), optionally for one template. */
    auditLog: (templateId?: string) =>
      deps.store
        .listAudit()
        .filter((e) => templateId === undefined || e.template_id === templateId),
  };
}

/** The engine returned by {@link createWorkflowTemplateEngine}. */
export type WorkflowTemplateEngine = ReturnType<typeof createWorkflowTemplateEngine>;
