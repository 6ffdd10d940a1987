import type { DirectoryUser, GovernanceDirectory } from '../governance/directory';
import { EngineError } from '../shared/engine-error';

/** The 403 detail when the caller may not read an execution's governance data. */
export const GOVERNANCE_READ_FORBIDDEN_DETAIL = 'Not authorized for execution workspace';

/** Who is asking, reduced to what scoping and cache keys need. */
export interface GovernanceViewer {
  user_id: string;
  is_admin: boolean;
  /** Sorted ids of the viewer's teams. */
  team_ids: string[];
}

/** The viewer of a directory user. */
export function governanceViewerOf(
  directory: GovernanceDirectory,
  user: DirectoryUser,
): GovernanceViewer {
  return {
    user_id: user.id,
    is_admin: user.is_admin,
    team_ids: directory
      .teamsOf(user.id)
      .map(({ team }) => team.id)
      .sort(),
  };
}

/**
 * The governance read filter (timeline, analytics): admin; the execution's runner; an execution
 * whose protocol template has no team; or a member of the template's team. Looser than execution
 * access on purpose (teamless templates are readable by everyone).
 */
export function canReadGovernance(
  directory: GovernanceDirectory,
  viewer: GovernanceViewer,
  executionId: string,
): boolean {
  const execution = directory.getExecution(executionId);
  if (!execution) return false;
  if (viewer.is_admin || execution.runner_id === viewer.user_id) return true;
  const templateId = execution.protocol_template_id;
  const teamId = templateId ? directory.getProtocolTemplate(templateId)?.team_id : null;
  if (!teamId) return true;
  return viewer.team_ids.includes(teamId);
}

/** Executions a read covers: the requested one, or every readable one. */
export interface GovernanceReadScope {
  viewer: GovernanceViewer;
  requested_execution_id: string | null;
  /** Sorted execution ids. */
  execution_ids: string[];
}

/**
 * Resolve what a viewer may read. With an execution id: 404 "Execution not found" when unknown,
 * 403 when unreadable; without: every readable execution.
 */
export function resolveGovernanceReadScope(
  directory: GovernanceDirectory,
  viewer: GovernanceViewer,
  executionId?: string | null,
): GovernanceReadScope {
  if (executionId) {
    if (!directory.getExecution(executionId)) throw EngineError.notFound('Execution not found');
    if (!canReadGovernance(directory, viewer, executionId)) {
      throw EngineError.forbidden(GOVERNANCE_READ_FORBIDDEN_DETAIL);
    }
    return { viewer, requested_execution_id: executionId, execution_ids: [executionId] };
  }
  const ids = directory
    .listExecutions()
    .map((execution) => execution.id)
    .filter((id) => canReadGovernance(directory, viewer, id))
    .sort();
  return { viewer, requested_execution_id: null, execution_ids: ids };
}
