import type { OverrideActionKind } from '../../schemas/overrides/override-action-request';
import type { DirectoryUser, GovernanceDirectory } from '../governance/directory';
import { hasExecutionAccess, TEAM_ROLE_LEVELS } from '../governance/directory';
import { EngineError } from '../shared/engine-error';

/** The 403 detail when a user may not touch an execution's overrides. */
export const OVERRIDE_EXECUTION_FORBIDDEN_DETAIL = 'Not authorized for execution workspace';

/** The 400 detail when the operator holds no escalation tier at all. */
export const OVERRIDE_NO_TIER_DETAIL =
  'Override reversal requires governance ladder membership; no escalation tier found for operator';

/** An operator's escalation tier for one override (reference §3.1). */
export interface OverrideTier {
  /** `platform_admin`, `override_actor`, `target_reviewer`, `execution_runner`, `team:{role}`. */
  key: string;
  /** Human label used in messages: `admin`, `override_actor`, …, or the team role. */
  label: string;
  level: number;
  /** `global`, `override`, `execution` or `team:{team_id}`. */
  scope: string;
  team_id: string | null;
}

/** The minimum tier to reverse each action (other actions: reviewer). */
export const OVERRIDE_REVERSAL_MINIMUM_TIERS: Readonly<
  Record<OverrideActionKind, { level: number; label: string }>
> = {
  reassign: { level: 30, label: 'reviewer' },
  cooldown: { level: 50, label: 'lead' },
  escalate: { level: 60, label: 'manager' },
};

/** The override facts a permission check needs. */
export interface OverridePermissionSubject {
  actor_id: string | null;
  target_reviewer_id: string | null;
  execution_id: string;
  /** Team of the override's baseline, if any. */
  baseline_team_id: string | null;
}

function teamRole(directory: GovernanceDirectory, teamId: string | null, userId: string) {
  if (!teamId) return undefined;
  return directory.getTeam(teamId)?.members.find((member) => member.user_id === userId)?.role;
}

/**
 * The operator's tier, first match wins: admin 100 (global), override actor 80, target reviewer
 * 65 (override scope), execution runner 55 (execution scope), else the best role on the
 * baseline's or the execution template's team (observer 10 … owner 70). Null when none applies.
 */
export function resolveOverrideTier(
  directory: GovernanceDirectory,
  user: DirectoryUser,
  subject: OverridePermissionSubject,
): OverrideTier | null {
  const fixed = (key: string, label: string, level: number, scope: string): OverrideTier => ({
    key,
    label,
    level,
    scope,
    team_id: null,
  });
  if (user.is_admin) return fixed('platform_admin', 'admin', 100, 'global');
  if (subject.actor_id === user.id)
    return fixed('override_actor', 'override_actor', 80, 'override');
  if (subject.target_reviewer_id === user.id) {
    return fixed('target_reviewer', 'target_reviewer', 65, 'override');
  }
  if (directory.getExecution(subject.execution_id)?.runner_id === user.id) {
    return fixed('execution_runner', 'execution_runner', 55, 'execution');
  }
  const teamIds = [subject.baseline_team_id, directory.teamOfExecution(subject.execution_id)?.id];
  let best: OverrideTier | null = null;
  for (const teamId of teamIds) {
    const role = teamRole(directory, teamId ?? null, user.id);
    if (role === undefined || !teamId) continue;
    const level = TEAM_ROLE_LEVELS[role] ?? TEAM_ROLE_LEVELS.member ?? 20;
    const label = role in TEAM_ROLE_LEVELS ? role : 'member'; // unknown roles count as `member`;
    if (!best || level > best.level) {
      best = { key: `team:${label}`, label, level, scope: `team:${teamId}`, team_id: teamId };
    }
  }
  return best;
}

/**
 * Refuse a reversal below the action's minimum tier with the real system's 400 details
 * ("Override reversal requires lead tier or higher; operator has member tier").
 */
export function assertReversalTier(tier: OverrideTier | null, action: OverrideActionKind): void {
  if (!tier)
    throw EngineError.badRequest(OVERRIDE_NO_TIER_DETAIL, { code: 'override_tier_missing' });
  const minimum = OVERRIDE_REVERSAL_MINIMUM_TIERS[action];
  if (tier.level >= minimum.level) return;
  throw EngineError.badRequest(
    `Override reversal requires ${minimum.label} tier or higher; operator has ${tier.label} tier`,
    { code: 'override_tier_insufficient', data: { required: minimum, tier } },
  );
}

/**
 * Who may read or act on an existing override (reversal, coaching notes): admin, the override's
 * actor or target reviewer, the execution runner, or a member of the baseline's or the
 * execution template's team.
 */
export function hasOverrideAccess(
  directory: GovernanceDirectory,
  user: DirectoryUser,
  subject: OverridePermissionSubject,
): boolean {
  return resolveOverrideTier(directory, user, subject) !== null;
}

/**
 * Who may accept, decline or execute a recommendation on an execution: anyone with execution
 * access (admin, runner, template team) or a member of the cited baseline's team.
 */
export function hasOverrideWriteAccess(
  directory: GovernanceDirectory,
  user: DirectoryUser,
  executionId: string,
  baselineTeamId: string | null,
): boolean {
  if (hasExecutionAccess(directory, user, executionId)) return true;
  return teamRole(directory, baselineTeamId, user.id) !== undefined;
}

/** Lock UI copy: "Override Actor · Level 80 lock engaged". */
export function overrideEscalationPrompt(tier: Pick<OverrideTier, 'label' | 'level'>): string {
  const title = tier.label
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
  return `${title} · Level ${tier.level} lock engaged`;
}
