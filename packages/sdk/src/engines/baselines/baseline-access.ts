import type { Baseline } from '../../schemas/baselines/baseline';
import {
  type BaselineListParams,
  BaselineListParamsSchema,
} from '../../schemas/baselines/baseline-requests';
import {
  type DirectoryUser,
  type GovernanceDirectory,
  hasExecutionAccess,
  requireUser,
} from '../governance/directory';
import type { Clock } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import { parseEngineInput } from '../shared/engine-input';
import type { IdGenerator } from '../shared/id-generator';
import type { BaselineRecord, BaselineStore } from './baseline-store';

/** What every baseline command needs. */
export interface BaselineEngineDeps {
  directory: GovernanceDirectory;
  store: BaselineStore;
  clock: Clock;
  ids: IdGenerator;
}

/** The 403 detail of the execution-access check shared across governance routes. */
export const BASELINE_EXECUTION_ACCESS_DENIED = 'Not authorized for execution workspace';

/**
 * Who may see a baseline: an admin, its submitter, a listed reviewer, a member of
 * the baseline's team, or anyone with access to its execution.
 */
export function canViewBaseline(
  directory: GovernanceDirectory,
  user: DirectoryUser,
  baseline: BaselineRecord,
): boolean {
  if (user.is_admin || baseline.submitted_by_id === user.id) return true;
  if (baseline.reviewer_ids.includes(user.id)) return true;
  const team = baseline.team_id ? directory.getTeam(baseline.team_id) : undefined;
  if (team?.members.some((m) => m.user_id === user.id)) return true;
  return hasExecutionAccess(directory, user, baseline.execution_id);
}

/** Reviewer-level transitions (review, publish): a listed reviewer or an admin. */
export function canReviewBaseline(user: DirectoryUser, baseline: BaselineRecord): boolean {
  return user.is_admin || baseline.reviewer_ids.includes(user.id);
}

/** The API shape: the record plus its events, newest first. */
export function withBaselineEvents(deps: BaselineEngineDeps, record: BaselineRecord): Baseline {
  const events = deps.store.listEvents(record.id).reverse();
  return { ...record, events };
}

/** Load a baseline the actor may see, or refuse (404, then 403). */
export function requireVisibleBaseline(
  deps: BaselineEngineDeps,
  user: DirectoryUser,
  baselineId: string,
): BaselineRecord {
  const baseline = deps.store.get(baselineId);
  if (!baseline) throw EngineError.notFound('Baseline not found');
  if (!canViewBaseline(deps.directory, user, baseline)) {
    throw EngineError.forbidden(BASELINE_EXECUTION_ACCESS_DENIED);
  }
  return baseline;
}

/** `GET /baselines/{id}`. */
export function retrieveBaseline(
  deps: BaselineEngineDeps,
  actorId: string,
  baselineId: string,
): Baseline {
  const user = requireUser(deps.directory, actorId);
  return withBaselineEvents(deps, requireVisibleBaseline(deps, user, baselineId));
}

/**
 * `GET /baselines`: newest first, invisible baselines dropped. An `execution_id` filter must name
 * an execution the actor can access (404 / 403).
 */
export function listBaselines(
  deps: BaselineEngineDeps,
  actorId: string,
  params: BaselineListParams = {},
): { items: Baseline[] } {
  const user = requireUser(deps.directory, actorId);
  const query = parseEngineInput(BaselineListParamsSchema, params);
  if (query.execution_id !== undefined) {
    if (!deps.directory.getExecution(query.execution_id)) {
      throw EngineError.notFound('Execution not found');
    }
    if (!hasExecutionAccess(deps.directory, user, query.execution_id)) {
      throw EngineError.forbidden(BASELINE_EXECUTION_ACCESS_DENIED);
    }
  }
  const items = deps.store
    .list()
    .filter(
      (b) =>
        (query.execution_id === undefined || b.execution_id === query.execution_id) &&
        (query.template_id === undefined || b.template_id === query.template_id) &&
        canViewBaseline(deps.directory, user, b),
    )
    .sort((a, b) =>
      a.created_at === b.created_at ? (a.id < b.id ? 1 : -1) : a.created_at < b.created_at ? 1 : -1,
    )
    .map((record) => withBaselineEvents(deps, record));
  return { items };
}
