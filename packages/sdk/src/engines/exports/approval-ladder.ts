import type {
  ExportApprovalAction,
  ExportApprovalStage,
} from '../../schemas/exports/approval-stage';
import type { ExportUserOut } from '../../schemas/exports/export-people';
import type { NarrativeExport } from '../../schemas/exports/narrative-export';
import { NARRATIVE_EVENT } from '../governance/event-types';
import { addHoursIso } from '../shared/iso-time';
import type { PendingNarrativeEvent } from './export-context';

/** A stage to open, whatever its source (template snapshot, request, default). */
export interface ApprovalStageDefinition {
  name: string | null;
  required_role: string;
  sla_hours: number | null;
  assignee: ExportUserOut | null;
  delegated_to: ExportUserOut | null;
  metadata: Record<string, unknown>;
}

/** The ladder when neither a template snapshot nor the request defines one. */
export const DEFAULT_APPROVAL_STAGE: ApprovalStageDefinition = {
  name: null,
  required_role: 'approver',
  sla_hours: null,
  assignee: null,
  delegated_to: null,
  metadata: {},
};

/** Identity and clock shared by the transitions of one command. */
export interface ApprovalLadderContext {
  exportId: string;
  now: string;
  actorId: string | null;
  newId: (prefix: string) => string;
}

/** Pending (not yet started) stages for a new export; the caller starts the first one. */
export function buildApprovalStages(
  definitions: ApprovalStageDefinition[],
  ctx: ApprovalLadderContext,
): ExportApprovalStage[] {
  return definitions.map((definition, index) => ({
    id: ctx.newId('stage'),
    export_id: ctx.exportId,
    sequence_index: index + 1,
    name: definition.name,
    required_role: definition.required_role,
    status: 'pending',
    sla_hours: definition.sla_hours,
    due_at: null,
    started_at: null,
    completed_at: null,
    assignee: definition.assignee,
    delegated_to: definition.delegated_to,
    overdue_notified_at: null,
    notes: null,
    metadata: structuredClone(definition.metadata),
    actions: [],
  }));
}

/** Stage payload shared by the approval events. */
export function approvalStageEventPayload(stage: ExportApprovalStage): Record<string, unknown> {
  return {
    export_id: stage.export_id,
    stage_id: stage.id,
    sequence_index: stage.sequence_index,
    required_role: stage.required_role,
    status: stage.status,
    due_at: stage.due_at ?? null,
    assignee_id: stage.assignee?.id ?? null,
    delegate_id: stage.delegated_to?.id ?? null,
  };
}

/**
 * Put a stage in progress from now: a fresh start and SLA due date, no completion, and no overdue
 * marks left over from an earlier round (a reset stage is watched for its new due date).
 */
function openStage(stage: ExportApprovalStage, ctx: ApprovalLadderContext): void {
  const { overdue: _overdue, overdue_since: _since, ...metadata } = stage.metadata;
  Object.assign(stage, {
    status: 'in_progress',
    started_at: ctx.now,
    due_at: stage.sla_hours == null ? null : addHoursIso(ctx.now, stage.sla_hours),
    completed_at: null,
    overdue_notified_at: null,
    metadata,
  });
}

/**
 * Open a stage: in progress from now, due after its SLA, overdue tracking cleared so the SLA
 * monitor may escalate this activation once.
 */
export function startApprovalStage(
  stage: ExportApprovalStage,
  ctx: ApprovalLadderContext,
  events: PendingNarrativeEvent[],
): void {
  openStage(stage, ctx);
  events.push({
    event_type: NARRATIVE_EVENT.stageStarted,
    payload: approvalStageEventPayload(stage),
    actor_id: ctx.actorId,
  });
}

/** Record an action on a stage. */
export function addApprovalAction(
  stage: ExportApprovalStage,
  ctx: ApprovalLadderContext,
  action: Pick<
    ExportApprovalAction,
    'action_type' | 'signature' | 'notes' | 'actor' | 'delegation_target' | 'metadata'
  >,
): void {
  stage.actions.push({
    id: ctx.newId('action'),
    stage_id: stage.id,
    created_at: ctx.now,
    ...action,
  });
}

/**
 * Apply a signed decision to the active stage of a draft export. Approval opens the next stage or
 * finalises the export; rejection closes the ladder and parks the later stages as `reset`.
 */
export function signApprovalStage(
  draft: NarrativeExport,
  stage: ExportApprovalStage,
  decision: {
    status: 'approved' | 'rejected';
    signature: string;
    notes: string | null;
    metadata: Record<string, unknown>;
  },
  signer: ExportUserOut,
  ctx: ApprovalLadderContext,
  events: PendingNarrativeEvent[],
): void {
  Object.assign(stage, { status: decision.status, completed_at: ctx.now, notes: decision.notes });
  addApprovalAction(stage, ctx, {
    action_type: decision.status,
    signature: decision.signature,
    notes: decision.notes,
    actor: signer,
    delegation_target: null,
    metadata: decision.metadata,
  });
  events.push({
    event_type: NARRATIVE_EVENT.stageCompleted,
    payload: { ...approvalStageEventPayload(stage), signer_id: signer.id },
    actor_id: ctx.actorId,
  });
  const later = draft.approval_stages.filter((s) => s.sequence_index > stage.sequence_index);
  if (decision.status === 'rejected') {
    for (const next of later)
      Object.assign(next, { status: 'reset', started_at: null, due_at: null });
    Object.assign(draft, {
      approval_status: 'rejected',
      approved_by: signer,
      approved_at: ctx.now,
      approval_signature: decision.signature,
    });
    events.push({
      event_type: NARRATIVE_EVENT.rejected,
      payload: {
        export_id: draft.id,
        version: draft.version,
        stage_id: stage.id,
        rejected_by_id: signer.id,
      },
      actor_id: ctx.actorId,
    });
    return;
  }
  const next = later[0];
  if (next) {
    startApprovalStage(next, ctx, events);
    return;
  }
  Object.assign(draft, {
    approval_status: 'approved',
    approved_by: signer,
    approved_at: ctx.now,
    approval_completed_at: ctx.now,
    approval_signature: decision.signature,
  });
  events.push({
    event_type: NARRATIVE_EVENT.finalized,
    payload: { export_id: draft.id, version: draft.version, approved_by_id: signer.id },
    actor_id: ctx.actorId,
  });
}

/** Hand a stage to a delegate: a pending stage becomes `delegated`, an active one stays active. */
export function delegateApprovalStage(
  stage: ExportApprovalStage,
  delegate: ExportUserOut,
  request: { due_at: string | null; notes: string | null; metadata: Record<string, unknown> },
  actor: ExportUserOut,
  ctx: ApprovalLadderContext,
  events: PendingNarrativeEvent[],
): void {
  stage.delegated_to = delegate;
  if (stage.status === 'pending') stage.status = 'delegated';
  if (request.due_at) stage.due_at = new Date(request.due_at).toISOString();
  addApprovalAction(stage, ctx, {
    action_type: 'delegated',
    signature: null,
    notes: request.notes,
    actor,
    delegation_target: delegate,
    metadata: request.metadata,
  });
  events.push({
    event_type: NARRATIVE_EVENT.stageDelegated,
    payload: approvalStageEventPayload(stage),
    actor_id: ctx.actorId,
  });
}

/**
 * Reopen a stage for remediation: it restarts (new start and due), every later stage waits again
 * and the export returns to pending with its approval fields cleared.
 */
export function resetApprovalStage(
  draft: NarrativeExport,
  stage: ExportApprovalStage,
  request: { notes: string | null; metadata: Record<string, unknown> },
  actor: ExportUserOut,
  ctx: ApprovalLadderContext,
  events: PendingNarrativeEvent[],
): void {
  for (const later of draft.approval_stages.filter(
    (s) => s.sequence_index > stage.sequence_index,
  )) {
    Object.assign(later, {
      status: 'pending',
      started_at: null,
      due_at: null,
      completed_at: null,
      overdue_notified_at: null,
    });
  }
  Object.assign(draft, {
    approval_status: 'pending',
    approved_by: null,
    approved_at: null,
    approval_completed_at: null,
    approval_signature: null,
  });
  openStage(stage, ctx);
  addApprovalAction(stage, ctx, {
    action_type: 'reset',
    signature: null,
    notes: request.notes,
    actor,
    delegation_target: null,
    metadata: request.metadata,
  });
  events.push({
    event_type: NARRATIVE_EVENT.stageReset,
    payload: approvalStageEventPayload(stage),
    actor_id: ctx.actorId,
  });
}
