import {
  type ExportApprovalRequest,
  ExportApprovalRequestSchema,
  type ExportDelegationRequest,
  ExportDelegationRequestSchema,
  type ExportResetRequest,
  ExportResetRequestSchema,
} from '../../schemas/exports/export-request';
import type { NarrativeExport } from '../../schemas/exports/narrative-export';
import { type DirectoryUser, requireUser } from '../governance/directory';
import { isoAt } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import { parseEngineInput } from '../shared/engine-input';
import {
  type ApprovalLadderContext,
  delegateApprovalStage,
  resetApprovalStage,
  signApprovalStage,
} from './approval-ladder';
import { canManageStage, canSignStage } from './approval-permissions';
import {
  appendNarrativeEvents,
  type NarrativeExportDeps,
  type PendingNarrativeEvent,
  requireVisibleExport,
  toExportUserOut,
  withDerivedLadder,
} from './export-context';
import { applyNarrativePackagingGate } from './packaging-gate';
import { enqueueNarrativePackagingJob, runNarrativePackagingJobs } from './packaging-worker';

const NOT_AUTHORIZED = 'User not authorized for this stage';

function ladderContext(
  deps: NarrativeExportDeps,
  record: NarrativeExport,
  actor: DirectoryUser,
): ApprovalLadderContext {
  return {
    exportId: record.id,
    now: isoAt(deps.clock),
    actorId: actor.id,
    newId: (prefix) => deps.ids.next(prefix),
  };
}

// Every ladder command ends the same way: derive, gate, store, append, maybe package.
function commit(
  deps: NarrativeExportDeps,
  draft: NarrativeExport,
  ctx: ApprovalLadderContext,
  events: PendingNarrativeEvent[],
  dryRun: boolean,
): NarrativeExport {
  const gate = applyNarrativePackagingGate(
    deps,
    withDerivedLadder(draft, ctx.now),
    { dryRun, actorId: ctx.actorId },
    events,
  );
  deps.store.put(gate.stored);
  appendNarrativeEvents(deps, draft.execution_id, events);
  if (!gate.enqueue) return gate.response;
  enqueueNarrativePackagingJob(deps, draft.id);
  if (!deps.immediatePackaging) return gate.response;
  runNarrativePackagingJobs(deps);
  return deps.store.get(draft.id) ?? gate.response;
}

function requireStage(record: NarrativeExport, stageId: string) {
  const stage = record.approval_stages.find((s) => s.id === stageId);
  if (!stage) throw EngineError.notFound('Approval stage not found');
  return stage;
}

/**
 * `POST …/narrative/{export_id}/approve`: sign the active stage. Checks, in order: export (404),
 * access (403), an active stage exists (409), the named stage exists (404) and is active (409),
 * the approver exists (404), only admins sign for others (403), the signer may sign (403).
 */
export function approveNarrativeExport(
  deps: NarrativeExportDeps,
  actorId: string,
  executionId: string,
  exportId: string,
  input: ExportApprovalRequest,
  options: { dryRun?: boolean } = {},
): NarrativeExport {
  const actor = requireUser(deps.directory, actorId);
  const body = parseEngineInput(ExportApprovalRequestSchema, input);
  const draft = structuredClone(requireVisibleExport(deps, actor, executionId, exportId));
  const active = draft.approval_stages.find((s) => s.status === 'in_progress');
  if (!active) throw EngineError.conflict('No active approval stage available');
  const stage = body.stage_id ? requireStage(draft, body.stage_id) : active;
  if (stage.status !== 'in_progress') throw EngineError.conflict('Approval stage is not active');
  let signer = actor;
  if (body.approver_id && body.approver_id !== actor.id) {
    const approver = deps.directory.getUser(body.approver_id);
    if (!approver) throw EngineError.notFound('Approver not found');
    if (!actor.is_admin)
      throw EngineError.forbidden('Only administrators may sign on behalf of another user');
    signer = approver;
  }
  // An admin signing for someone vouches for them; otherwise the signer must hold the stage.
  if (!actor.is_admin && !canSignStage(deps.directory, signer, executionId, stage)) {
    throw EngineError.forbidden(NOT_AUTHORIZED);
  }
  const ctx = ladderContext(deps, draft, actor);
  const events: PendingNarrativeEvent[] = [];
  signApprovalStage(
    draft,
    stage,
    {
      status: body.status,
      signature: body.signature,
      notes: body.notes ?? null,
      metadata: body.metadata,
    },
    toExportUserOut(signer),
    ctx,
    events,
  );
  return commit(deps, draft, ctx, events, options.dryRun === true);
}

/**
 * `POST …/stages/{stage_id}/delegate`: only pending, active or already delegated stages (409
 * "Stage cannot be delegated"); the actor must be an admin, the stage's assignee or delegate, or
 * hold its role (403); the delegate must exist (404).
 */
export function delegateNarrativeExportStage(
  deps: NarrativeExportDeps,
  actorId: string,
  executionId: string,
  exportId: string,
  stageId: string,
  input: ExportDelegationRequest,
): NarrativeExport {
  const actor = requireUser(deps.directory, actorId);
  const body = parseEngineInput(ExportDelegationRequestSchema, input);
  const draft = structuredClone(requireVisibleExport(deps, actor, executionId, exportId));
  const stage = requireStage(draft, stageId);
  if (!['pending', 'in_progress', 'delegated'].includes(stage.status)) {
    throw EngineError.conflict('Stage cannot be delegated');
  }
  if (!canManageStage(deps.directory, actor, executionId, stage))
    throw EngineError.forbidden(NOT_AUTHORIZED);
  const delegate = deps.directory.getUser(body.delegate_id);
  if (!delegate) throw EngineError.notFound('Delegate not found');
  const ctx = ladderContext(deps, draft, actor);
  const events: PendingNarrativeEvent[] = [];
  delegateApprovalStage(
    stage,
    toExportUserOut(delegate),
    { due_at: body.due_at ?? null, notes: body.notes ?? null, metadata: body.metadata },
    toExportUserOut(actor),
    ctx,
    events,
  );
  return commit(deps, draft, ctx, events, false);
}

/**
 * `POST …/stages/{stage_id}/reset`: reopen a stage for remediation. govkit refuses what would
 * break the ladder: a finalised export is immutable (409 "Approved
 * narrative exports cannot be reset") and every earlier stage must be approved (409 "Earlier
 * approval stages must be approved before a reset"). The actor needs stage permission (403).
 */
export function resetNarrativeExportStage(
  deps: NarrativeExportDeps,
  actorId: string,
  executionId: string,
  exportId: string,
  stageId: string,
  input: ExportResetRequest = {},
): NarrativeExport {
  const actor = requireUser(deps.directory, actorId);
  const body = parseEngineInput(ExportResetRequestSchema, input);
  const draft = structuredClone(requireVisibleExport(deps, actor, executionId, exportId));
  const stage = requireStage(draft, stageId);
  if (draft.approval_status === 'approved') {
    throw EngineError.conflict('Approved narrative exports cannot be reset');
  }
  const earlier = draft.approval_stages.filter((s) => s.sequence_index < stage.sequence_index);
  if (earlier.some((s) => s.status !== 'approved')) {
    throw EngineError.conflict('Earlier approval stages must be approved before a reset');
  }
  if (!canManageStage(deps.directory, actor, executionId, stage))
    throw EngineError.forbidden(NOT_AUTHORIZED);
  const ctx = ladderContext(deps, draft, actor);
  const events: PendingNarrativeEvent[] = [];
  resetApprovalStage(
    draft,
    stage,
    { notes: body.notes ?? null, metadata: body.metadata },
    toExportUserOut(actor),
    ctx,
    events,
  );
  return commit(deps, draft, ctx, events, false);
}

/**
 * Re-evaluate the packaging gate of an export and enqueue it when it is queued: for exports
 * finalised with `dry_run` or held by a guardrail that has since cleared. Same access as approve.
 */
export function dispatchNarrativePackaging(
  deps: NarrativeExportDeps,
  actorId: string,
  executionId: string,
  exportId: string,
): NarrativeExport {
  const actor = requireUser(deps.directory, actorId);
  const draft = structuredClone(requireVisibleExport(deps, actor, executionId, exportId));
  return commit(deps, draft, ladderContext(deps, draft, actor), [], false);
}
