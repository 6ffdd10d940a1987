import type { z } from 'zod';
import type { ExportRequestSchema } from '../../schemas/exports/export-request';
import {
  WorkflowStageBlueprintSchema,
  type WorkflowTemplate,
  type WorkflowTemplateSnapshot,
} from '../../schemas/templates/workflow-template';
import { EngineError } from '../shared/engine-error';
import { type ApprovalStageDefinition, DEFAULT_APPROVAL_STAGE } from './approval-ladder';
import { type NarrativeExportDeps, toExportUserOut } from './export-context';

type ExportRequestBody = z.output<typeof ExportRequestSchema>;

/** The template an export is bound to, and the ladder it opens with. */
export interface ExportLadderPlan {
  template: WorkflowTemplate | null;
  snapshot: WorkflowTemplateSnapshot | null;
  stages: ApprovalStageDefinition[];
}

function resolveUser(deps: NarrativeExportDeps, id: string | null | undefined) {
  if (!id) return null;
  const user = deps.directory.getUser(id);
  if (!user) throw EngineError.notFound('Approval stage references unknown users');
  return toExportUserOut(user);
}

// Template blueprints may pre-assign stages through metadata (previews read the same keys);
// unknown users there are ignored rather than blocking every export of the template.
function blueprintUser(deps: NarrativeExportDeps, value: unknown) {
  const user = typeof value === 'string' ? deps.directory.getUser(value) : undefined;
  return user ? toExportUserOut(user) : null;
}

/**
 * Decide an export's ladder, in the contract's check order: a template id
 * needs a snapshot id (400); the snapshot must exist (404), belong to the template (400), be
 * published (400), and its template must still be published (409); a snapshot ladder cannot be
 * overridden by request stages (400); the blueprint must be well formed (422). Without a
 * snapshot, the request stages (their users must exist: 404) or one `approver` stage are used.
 */
export function planExportLadder(
  deps: NarrativeExportDeps,
  body: ExportRequestBody,
): ExportLadderPlan {
  const templateId = body.workflow_template_id ?? null;
  const snapshotId = body.workflow_template_snapshot_id ?? null;
  if (templateId && !snapshotId) {
    throw EngineError.badRequest('Workflow template exports require a published snapshot');
  }
  if (!snapshotId) {
    const stages = body.approval_stages.map((stage) => ({
      name: stage.name ?? null,
      required_role: stage.required_role,
      sla_hours: stage.sla_hours ?? null,
      assignee: resolveUser(deps, stage.assignee_id),
      delegated_to: resolveUser(deps, stage.delegate_id),
      metadata: stage.metadata,
    }));
    return {
      template: null,
      snapshot: null,
      stages: stages.length > 0 ? stages : [DEFAULT_APPROVAL_STAGE],
    };
  }
  const snapshot = deps.templates.getSnapshot(snapshotId);
  if (!snapshot) throw EngineError.notFound('Workflow template snapshot not found');
  if (templateId && snapshot.template_id !== templateId) {
    throw EngineError.badRequest('Snapshot does not belong to supplied workflow template');
  }
  const template = deps.templates.getTemplate(snapshot.template_id);
  if (!template) throw EngineError.notFound('Workflow template not found');
  if (snapshot.status !== 'published') {
    throw EngineError.badRequest('Only published snapshots can seed exports');
  }
  if (template.status !== 'published') {
    throw EngineError.conflict('Workflow template must be published');
  }
  if (body.approval_stages.length > 0) {
    throw EngineError.badRequest('Published templates cannot be overridden during export');
  }
  const blueprint: unknown = snapshot.snapshot_payload?.stage_blueprint;
  if (!Array.isArray(blueprint)) {
    throw EngineError.unprocessable('Snapshot stage blueprint must be an object');
  }
  const defaultSla = snapshot.snapshot_payload.default_stage_sla_hours ?? null;
  const stages = blueprint.map((raw): ApprovalStageDefinition => {
    const parsed = WorkflowStageBlueprintSchema.safeParse(raw);
    if (!parsed.success)
      throw EngineError.unprocessable('Invalid stage blueprint in workflow snapshot');
    const stage = parsed.data;
    return {
      name: stage.name ?? null,
      required_role: stage.required_role,
      sla_hours: stage.sla_hours ?? defaultSla,
      assignee: blueprintUser(deps, stage.metadata.assignee_id),
      delegated_to: blueprintUser(deps, stage.metadata.delegate_id),
      metadata: stage.metadata,
    };
  });
  return { template, snapshot, stages: stages.length > 0 ? stages : [DEFAULT_APPROVAL_STAGE] };
}
