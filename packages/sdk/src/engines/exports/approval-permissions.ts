import type { ExportApprovalStage } from '../../schemas/exports/approval-stage';
import { roleMeetsRequirement } from '../../schemas/shared/team-roles';
import type { DirectoryUser, GovernanceDirectory } from '../governance/directory';
import { isNamedOnStage } from './export-context';

/**
 * Whether the user holds `requiredRole` for an execution: a member of the execution's protocol
 * template team whose role equals it, or outranks it when both are team tiers. A teamless
 * execution has no role holders (only admins, assignees and delegates act on its stages).
 */
export function holdsStageRole(
  directory: GovernanceDirectory,
  user: DirectoryUser,
  executionId: string,
  requiredRole: string,
): boolean {
  const team = directory.teamOfExecution(executionId);
  const member = team?.members.find((m) => m.user_id === user.id);
  if (!member) return false;
  return roleMeetsRequirement(member.role, requiredRole);
}

/**
 * Who may sign (approve or reject) a stage. Admins always may. A stage with an assignee or a
 * delegate may be signed only by them; a stage with neither only by a holder of its
 * `required_role`. Both are enforced, so an unassigned stage is not open to any authenticated
 * user.
 */
export function canSignStage(
  directory: GovernanceDirectory,
  user: DirectoryUser,
  executionId: string,
  stage: ExportApprovalStage,
): boolean {
  if (user.is_admin) return true;
  if (stage.assignee || stage.delegated_to) return isNamedOnStage(stage, user.id);
  return holdsStageRole(directory, user, executionId, stage.required_role);
}

/**
 * Who may delegate or reset a stage: an admin, the stage's assignee or
 * delegate, or a holder of its `required_role`. Requesting the export grants nothing by itself, so
 * a requester cannot route their own dossier to a friendlier approver.
 */
export function canManageStage(
  directory: GovernanceDirectory,
  user: DirectoryUser,
  executionId: string,
  stage: ExportApprovalStage,
): boolean {
  if (user.is_admin || isNamedOnStage(stage, user.id)) return true;
  return holdsStageRole(directory, user, executionId, stage.required_role);
}
