import type { ExportApprovalStage, NarrativeExport } from '@govkit/sdk';
import { roleMeetsRequirement } from '@govkit/sdk/schemas';

/**
 * The person using the widget, as the host application knows them: their user id, whether they
 * are an administrator, and their team role for the execution (`reviewer`, `lead`, …). It only
 * decides which actions are offered; the server still decides, and its 403 is shown.
 */
export interface LadderActingUser {
  id: string;
  isAdmin?: boolean | undefined;
  role?: string | undefined;
}

/** An action a stage can offer. */
export type LadderActionKind = 'approve' | 'reject' | 'delegate' | 'reset';

function isNamed(stage: ExportApprovalStage, userId: string): boolean {
  return stage.assignee?.id === userId || stage.delegated_to?.id === userId;
}

function holdsRole(stage: ExportApprovalStage, user: LadderActingUser): boolean {
  return user.role !== undefined && roleMeetsRequirement(user.role, stage.required_role);
}

/**
 * The actions `user` may take on `stage`, by govkit's ladder rules (contract-decisions.md):
 * sign only the active stage, and only as its assignee or delegate (or, when it has neither, as a
 * holder of its role); delegate a pending, active or delegated stage, and reset a rejected stage
 * whose earlier stages are all approved, as an admin, the assignee or delegate, or a role holder.
 * Without `user`, every action the ladder's state allows is offered.
 */
export function ladderActionsFor(
  record: NarrativeExport,
  stage: ExportApprovalStage,
  user: LadderActingUser | undefined,
): LadderActionKind[] {
  const admin = user === undefined || user.isAdmin === true;
  const named = user !== undefined && isNamed(stage, user.id);
  const mayManage = admin || named || (user !== undefined && holdsRole(stage, user));
  const hasHolder = Boolean(stage.assignee || stage.delegated_to);
  const maySign = admin || (hasHolder ? named : user !== undefined && holdsRole(stage, user));
  const actions: LadderActionKind[] = [];
  if (stage.status === 'in_progress' && maySign) actions.push('approve', 'reject');
  if (['pending', 'in_progress', 'delegated'].includes(stage.status) && mayManage) {
    actions.push('delegate');
  }
  const earlierApproved = record.approval_stages.every(
    (s) => s.sequence_index >= stage.sequence_index || s.status === 'approved',
  );
  if (
    stage.status === 'rejected' &&
    record.approval_status !== 'approved' &&
    earlierApproved &&
    mayManage
  ) {
    actions.push('reset');
  }
  return actions;
}
