import {
  type TemplateAssignment,
  type TemplateAssignmentCreate,
  TemplateAssignmentCreateSchema,
} from '../../schemas/templates/template-assignment';
import { isoAt } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import { parseEngineInput } from '../shared/engine-input';
import { requireTemplateAdmin, type TemplateEngineDeps } from './template-admin';

function requireTemplateExists(deps: TemplateEngineDeps, templateId: string) {
  const template = deps.store.getTemplate(templateId);
  if (!template) throw EngineError.notFound('Template not found');
  return template;
}

/** `GET /templates/{id}/assignments`: oldest first. */
export function listTemplateAssignments(
  deps: TemplateEngineDeps,
  actorId: string,
  templateId: string,
): TemplateAssignment[] {
  requireTemplateAdmin(deps.directory, actorId);
  requireTemplateExists(deps, templateId);
  return deps.store
    .listAssignments()
    .filter((a) => a.template_id === templateId)
    .sort((a, b) =>
      a.created_at === b.created_at ? (a.id < b.id ? -1 : 1) : a.created_at < b.created_at ? -1 : 1,
    );
}

/**
 * `POST /templates/{id}/assignments`: roll a template out to a team and/or a protocol template.
 * The path's template id wins over the body's. The targets must exist (404).
 */
export function createTemplateAssignment(
  deps: TemplateEngineDeps,
  actorId: string,
  templateId: string,
  input: TemplateAssignmentCreate,
): TemplateAssignment {
  const actor = requireTemplateAdmin(deps.directory, actorId);
  const body = parseEngineInput(TemplateAssignmentCreateSchema, input);
  const template = requireTemplateExists(deps, templateId);
  if (template.status === 'archived')
    throw EngineError.badRequest('Cannot assign archived templates');
  const teamId = body.team_id ?? null;
  const protocolTemplateId = body.protocol_template_id ?? null;
  if (!teamId && !protocolTemplateId) {
    throw EngineError.badRequest('Assignment requires a team_id or protocol_template_id');
  }
  if (teamId && !deps.directory.getTeam(teamId)) throw EngineError.notFound('Team not found');
  if (protocolTemplateId && !deps.directory.getProtocolTemplate(protocolTemplateId)) {
    throw EngineError.notFound('Protocol template not found');
  }
  const duplicate = deps.store
    .listAssignments()
    .some(
      (a) =>
        a.template_id === templateId &&
        ((teamId !== null && a.team_id === teamId) ||
          (protocolTemplateId !== null && a.protocol_template_id === protocolTemplateId)),
    );
  if (duplicate) throw EngineError.conflict('Assignment already exists for target');
  const assignment: TemplateAssignment = {
    id: deps.ids.next('assignment'),
    template_id: templateId,
    team_id: teamId,
    protocol_template_id: protocolTemplateId,
    created_by_id: actor.id,
    created_at: isoAt(deps.clock),
    metadata: body.metadata,
  };
  deps.store.putAssignment(assignment);
  return assignment;
}

/** `DELETE /assignments/{id}` (204). */
export function deleteTemplateAssignment(
  deps: TemplateEngineDeps,
  actorId: string,
  assignmentId: string,
): void {
  requireTemplateAdmin(deps.directory, actorId);
  if (!deps.store.getAssignment(assignmentId)) throw EngineError.notFound('Assignment not found');
  deps.store.deleteAssignment(assignmentId);
}
