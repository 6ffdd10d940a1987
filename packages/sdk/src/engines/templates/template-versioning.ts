import {
  type WorkflowTemplateCreate,
  WorkflowTemplateCreateSchema,
  type WorkflowTemplateListParams,
  WorkflowTemplateListParamsSchema,
} from '../../schemas/templates/template-create';
import type {
  WorkflowTemplate,
  WorkflowTemplateSnapshot,
} from '../../schemas/templates/workflow-template';
import { isoAt } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import { parseEngineInput } from '../shared/engine-input';
import {
  recordTemplateAudit,
  requireTemplateAdmin,
  type TemplateEngineDeps,
} from './template-admin';

function requireTemplate(deps: TemplateEngineDeps, id: string): WorkflowTemplate {
  const template = deps.store.getTemplate(id);
  if (!template) throw EngineError.notFound('Template not found');
  return template;
}

/**
 * Freeze a template version. The snapshot is taken *after* the status became `published`, so it
 * says so (a snapshot frozen as a draft would be refused by every export and preview).
 */
function captureSnapshot(
  deps: TemplateEngineDeps,
  template: WorkflowTemplate,
  actorId: string,
): WorkflowTemplateSnapshot {
  const capturedAt = isoAt(deps.clock);
  return {
    id: deps.ids.next('snapshot'),
    template_id: template.id,
    template_key: template.template_key,
    version: template.version,
    status: template.status,
    captured_at: capturedAt,
    captured_by_id: actorId,
    snapshot_payload: {
      template_id: template.id,
      template_key: template.template_key,
      version: template.version,
      name: template.name,
      description: template.description ?? null,
      default_stage_sla_hours: template.default_stage_sla_hours ?? null,
      permitted_roles: [...template.permitted_roles],
      stage_blueprint: structuredClone(template.stage_blueprint),
      status: template.status,
      captured_at: capturedAt,
    },
  };
}

// Publishing writes the row, its snapshot and the two audit rows together.
function storePublished(deps: TemplateEngineDeps, template: WorkflowTemplate, actorId: string) {
  const snapshot = captureSnapshot(deps, template, actorId);
  const published: WorkflowTemplate = { ...template, published_snapshot_id: snapshot.id };
  for (const sibling of deps.store.listTemplates()) {
    // Keep "at most one latest per key": a republished older version takes the flag over.
    if (
      sibling.template_key === template.template_key &&
      sibling.id !== template.id &&
      sibling.is_latest
    ) {
      deps.store.putTemplate({ ...sibling, is_latest: false, updated_at: isoAt(deps.clock) });
    }
  }
  deps.store.putTemplate(published);
  deps.store.putSnapshot(snapshot);
  const version = template.version;
  recordTemplateAudit(deps, {
    template_id: template.id,
    snapshot_id: snapshot.id,
    actor_id: actorId,
    action: 'template.snapshot.created',
    detail: { version, status: snapshot.status },
  });
  recordTemplateAudit(deps, {
    template_id: template.id,
    snapshot_id: snapshot.id,
    actor_id: actorId,
    action: 'template.published',
    detail: { version },
  });
  return published;
}

/** `GET /templates`: latest non-archived versions, or every row with `include_all`. */
export function listWorkflowTemplates(
  deps: TemplateEngineDeps,
  actorId: string,
  params: WorkflowTemplateListParams = {},
): WorkflowTemplate[] {
  requireTemplateAdmin(deps.directory, actorId);
  const { include_all } = parseEngineInput(WorkflowTemplateListParamsSchema, params);
  return deps.store
    .listTemplates()
    .filter((t) => include_all || (t.is_latest && t.status !== 'archived'))
    .sort((a, b) =>
      a.template_key === b.template_key
        ? b.version - a.version
        : a.template_key < b.template_key
          ? -1
          : 1,
    );
}

/** `GET /templates/{id}`. */
export function retrieveWorkflowTemplate(
  deps: TemplateEngineDeps,
  actorId: string,
  templateId: string,
): WorkflowTemplate {
  requireTemplateAdmin(deps.directory, actorId);
  return requireTemplate(deps, templateId);
}

/**
 * `POST /templates`: the next version of `template_key` (or of the fork parent's key). The
 * previous latest version is retired (`is_latest=false`) and becomes the default `forked_from_id`.
 */
export function createWorkflowTemplate(
  deps: TemplateEngineDeps,
  actorId: string,
  input: WorkflowTemplateCreate,
): WorkflowTemplate {
  const actor = requireTemplateAdmin(deps.directory, actorId);
  const body = parseEngineInput(WorkflowTemplateCreateSchema, input);
  let key = body.template_key;
  if (body.forked_from_id) {
    const parent = deps.store.getTemplate(body.forked_from_id);
    if (!parent) throw EngineError.notFound('Parent template not found');
    key = parent.template_key;
  }
  const siblings = deps.store.listTemplates().filter((t) => t.template_key === key);
  const previousLatest = siblings.find((t) => t.is_latest);
  const createdAt = isoAt(deps.clock);
  const draft: WorkflowTemplate = {
    id: deps.ids.next('template'),
    template_key: key,
    name: body.name,
    description: body.description ?? null,
    version: siblings.reduce((max, t) => Math.max(max, t.version), 0) + 1,
    status: body.publish ? 'published' : 'draft',
    is_latest: true,
    default_stage_sla_hours: body.default_stage_sla_hours ?? null,
    permitted_roles: body.permitted_roles,
    stage_blueprint: body.stage_blueprint.map((stage) => ({ ...stage, name: stage.name ?? null })),
    forked_from_id: body.forked_from_id ?? previousLatest?.id ?? null,
    published_snapshot_id: null,
    created_by_id: actor.id,
    created_at: createdAt,
    updated_at: createdAt,
    published_at: body.publish ? createdAt : null,
  };
  for (const sibling of siblings) {
    if (sibling.is_latest)
      deps.store.putTemplate({ ...sibling, is_latest: false, updated_at: createdAt });
  }
  deps.store.putTemplate(draft);
  recordTemplateAudit(deps, {
    template_id: draft.id,
    actor_id: actor.id,
    action: 'template.created',
    detail: { version: draft.version, status: draft.status },
  });
  return body.publish ? storePublished(deps, draft, actor.id) : draft;
}

/** `POST /templates/{id}/publish`: draft → published with a published snapshot; idempotent. */
export function publishWorkflowTemplate(
  deps: TemplateEngineDeps,
  actorId: string,
  templateId: string,
): WorkflowTemplate {
  const actor = requireTemplateAdmin(deps.directory, actorId);
  const template = requireTemplate(deps, templateId);
  if (template.status === 'archived') {
    throw EngineError.badRequest('Archived templates cannot be republished');
  }
  if (template.status === 'published') return template;
  const at = isoAt(deps.clock);
  return storePublished(
    deps,
    { ...template, status: 'published', is_latest: true, published_at: at, updated_at: at },
    actor.id,
  );
}

/** `POST /templates/{id}/archive`: final; archived versions cannot be republished or assigned. */
export function archiveWorkflowTemplate(
  deps: TemplateEngineDeps,
  actorId: string,
  templateId: string,
): WorkflowTemplate {
  const actor = requireTemplateAdmin(deps.directory, actorId);
  const template = requireTemplate(deps, templateId);
  if (template.status === 'archived') return template;
  const archived: WorkflowTemplate = {
    ...template,
    status: 'archived',
    is_latest: false,
    updated_at: isoAt(deps.clock),
  };
  deps.store.putTemplate(archived);
  recordTemplateAudit(deps, {
    template_id: template.id,
    snapshot_id: template.published_snapshot_id ?? null,
    actor_id: actor.id,
    action: 'template.archived',
    detail: { version: template.version },
  });
  return archived;
}
