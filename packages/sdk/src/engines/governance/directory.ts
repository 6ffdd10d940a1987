import { TEAM_ROLE_LEVELS } from '../../schemas/shared/team-roles';
import { EngineError } from '../shared/engine-error';

// Defined with the schemas so widgets share it; engines keep importing it from here.
export { TEAM_ROLE_LEVELS };

/**
 * The people, teams and executions the governance engines (overrides, exports and the rest) share.
 * A real backend owns these; the engines only read them (and the mock server seeds them).
 */
export interface DirectoryUser {
  id: string;
  email: string;
  full_name?: string | null;
  is_admin: boolean;
}

/** Team roles, weakest first (tier levels: observer 10 … owner 70). */
export type TeamRole =
  | 'observer'
  | 'member'
  | 'reviewer'
  | 'lead'
  | 'manager'
  | 'owner'
  | (string & {});

export interface DirectoryTeam {
  id: string;
  name: string;
  members: Array<{ user_id: string; role: TeamRole }>;
}

/** A protocol template (not a workflow template): executions and baselines hang off it. */
export interface DirectoryProtocolTemplate {
  id: string;
  name: string;
  team_id?: string | null;
}

export interface DirectoryExecutionStep {
  index: number;
  completed_at?: string | null;
  /** A non-null reason marks the step blocked for preview simulations. */
  blocked_reason?: string | null;
}

export interface DirectoryExecution {
  id: string;
  runner_id: string;
  protocol_template_id?: string | null;
  status?: string;
  steps: DirectoryExecutionStep[];
  created_at: string;
}

export interface GovernanceDirectory {
  getUser(id: string): DirectoryUser | undefined;
  listUsers(): DirectoryUser[];
  getTeam(id: string): DirectoryTeam | undefined;
  listTeams(): DirectoryTeam[];
  /** Teams the user belongs to, with their role in each. */
  teamsOf(userId: string): Array<{ team: DirectoryTeam; role: TeamRole }>;
  getExecution(id: string): DirectoryExecution | undefined;
  listExecutions(): DirectoryExecution[];
  getProtocolTemplate(id: string): DirectoryProtocolTemplate | undefined;
  /** The execution's protocol template team, if any. */
  teamOfExecution(executionId: string): DirectoryTeam | undefined;
  putUser(user: DirectoryUser): void;
  putTeam(team: DirectoryTeam): void;
  putExecution(execution: DirectoryExecution): void;
  putProtocolTemplate(template: DirectoryProtocolTemplate): void;
}

export interface DirectorySeed {
  users?: DirectoryUser[];
  teams?: DirectoryTeam[];
  executions?: DirectoryExecution[];
  protocolTemplates?: DirectoryProtocolTemplate[];
}

/** An in-memory directory. Values are copied in and out so callers cannot mutate it by accident. */
export function createMemoryDirectory(seed: DirectorySeed = {}): GovernanceDirectory {
  const users = new Map<string, DirectoryUser>();
  const teams = new Map<string, DirectoryTeam>();
  const executions = new Map<string, DirectoryExecution>();
  const templates = new Map<string, DirectoryProtocolTemplate>();
  const copy = <T>(value: T): T => structuredClone(value);

  const directory: GovernanceDirectory = {
    getUser: (id) => (users.has(id) ? copy(users.get(id)) : undefined),
    listUsers: () => [...users.values()].map(copy),
    getTeam: (id) => (teams.has(id) ? copy(teams.get(id)) : undefined),
    listTeams: () => [...teams.values()].map(copy),
    teamsOf: (userId) => {
      const out: Array<{ team: DirectoryTeam; role: TeamRole }> = [];
      for (const team of teams.values()) {
        const member = team.members.find((m) => m.user_id === userId);
        if (member) out.push({ team: copy(team), role: member.role });
      }
      return out;
    },
    getExecution: (id) => (executions.has(id) ? copy(executions.get(id)) : undefined),
    listExecutions: () => [...executions.values()].map(copy),
    getProtocolTemplate: (id) => (templates.has(id) ? copy(templates.get(id)) : undefined),
    teamOfExecution: (executionId) => {
      const templateId = executions.get(executionId)?.protocol_template_id;
      const teamId = templateId ? templates.get(templateId)?.team_id : undefined;
      return teamId && teams.has(teamId) ? copy(teams.get(teamId)) : undefined;
    },
    putUser: (user) => void users.set(user.id, copy(user)),
    putTeam: (team) => void teams.set(team.id, copy(team)),
    putExecution: (execution) => void executions.set(execution.id, copy(execution)),
    putProtocolTemplate: (template) => void templates.set(template.id, copy(template)),
  };
  for (const user of seed.users ?? []) directory.putUser(user);
  for (const team of seed.teams ?? []) directory.putTeam(team);
  for (const template of seed.protocolTemplates ?? []) directory.putProtocolTemplate(template);
  for (const execution of seed.executions ?? []) directory.putExecution(execution);
  return directory;
}

/** Resolve the acting user or refuse: every governance operation names who is acting. */
export function requireUser(directory: GovernanceDirectory, userId: string): DirectoryUser {
  const user = directory.getUser(userId);
  if (!user) throw new EngineError(401, 'Could not validate credentials', { code: 'unauthorized' });
  return user;
}

/** Resolve the acting user and refuse (403) anyone who is not a platform admin. */
export function requireAdmin(directory: GovernanceDirectory, userId: string): DirectoryUser {
  const user = requireUser(directory, userId);
  if (!user.is_admin) throw EngineError.forbidden('Admin privileges required');
  return user;
}

/**
 * "Execution access": admin or runner; otherwise a member of the protocol template's
 * team. A teamless template locks out everyone else.
 */
export function hasExecutionAccess(
  directory: GovernanceDirectory,
  user: DirectoryUser,
  executionId: string,
): boolean {
  const execution = directory.getExecution(executionId);
  if (!execution) return false;
  if (user.is_admin || execution.runner_id === user.id) return true;
  const team = directory.teamOfExecution(executionId);
  return team ? team.members.some((m) => m.user_id === user.id) : false;
}
