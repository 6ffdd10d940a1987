import type { Baseline } from '../../schemas/baselines/baseline';
import {
  type BaselinePublish,
  BaselinePublishSchema,
  type BaselineReview,
  BaselineReviewSchema,
  type BaselineRollback,
  BaselineRollbackSchema,
  type BaselineSubmission,
  BaselineSubmissionSchema,
} from '../../schemas/baselines/baseline-requests';
import { hasExecutionAccess, requireUser } from '../governance/directory';
import { isoAt } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import { parseEngineInput } from '../shared/engine-input';
import {
  BASELINE_EXECUTION_ACCESS_DENIED,
  type BaselineEngineDeps,
  canReviewBaseline,
  requireVisibleBaseline,
  withBaselineEvents,
} from './baseline-access';
import type { BaselineRecord } from './baseline-store';

/** Append one baseline event (the audit record of every lifecycle transition). */
export function recordBaselineEvent(
  deps: BaselineEngineDeps,
  baselineId: string,
  event: {
    action: string;
    detail: Record<string, unknown>;
    notes?: string | null;
    performed_by_id: string;
  },
): void {
  deps.store.appendEvent({
    id: deps.ids.next('baseline-event'),
    baseline_id: baselineId,
    action: event.action,
    notes: event.notes ?? null,
    detail: event.detail,
    performed_by_id: event.performed_by_id,
    created_at: isoAt(deps.clock),
  });
}

// Versions and `is_current` are scoped per protocol template; a baseline of a template-less
// execution is scoped to its execution, so it is versioned too.
const scopeOf = (b: BaselineRecord) => b.template_id ?? `execution:${b.execution_id}`;

/** `POST /baselines/submissions` (201): needs execution access; reviewers must exist. */
export function submitBaseline(
  deps: BaselineEngineDeps,
  actorId: string,
  input: BaselineSubmission,
): Baseline {
  const user = requireUser(deps.directory, actorId);
  const body = parseEngineInput(BaselineSubmissionSchema, input);
  const execution = deps.directory.getExecution(body.execution_id);
  if (!execution) throw EngineError.notFound('Execution not found');
  if (!hasExecutionAccess(deps.directory, user, execution.id)) {
    throw EngineError.forbidden(BASELINE_EXECUTION_ACCESS_DENIED);
  }
  for (const reviewerId of body.reviewer_ids) {
    if (!deps.directory.getUser(reviewerId)) throw EngineError.notFound('Reviewer not found');
  }
  const protocol = execution.protocol_template_id
    ? deps.directory.getProtocolTemplate(execution.protocol_template_id)
    : undefined;
  const at = isoAt(deps.clock);
  const baseline: BaselineRecord = {
    id: deps.ids.next('baseline'),
    execution_id: execution.id,
    template_id: protocol?.id ?? null,
    team_id: protocol?.team_id ?? null,
    name: body.name,
    description: body.description ?? null,
    status: 'submitted',
    labels: body.labels.map((l) => ({ key: l.key, value: l.value })),
    reviewer_ids: [...new Set(body.reviewer_ids)],
    version_number: null,
    is_current: false,
    submitted_by_id: user.id,
    submitted_at: at,
    created_at: at,
    updated_at: at,
  };
  deps.store.put(baseline);
  recordBaselineEvent(deps, baseline.id, {
    action: 'submitted',
    detail: { execution_id: execution.id },
    notes: baseline.description,
    performed_by_id: user.id,
  });
  return withBaselineEvents(deps, baseline);
}

/** `POST /{id}/review`: submitted or rejected → approved | rejected (reviewer or admin). */
export function reviewBaseline(
  deps: BaselineEngineDeps,
  actorId: string,
  baselineId: string,
  input: BaselineReview,
): Baseline {
  const user = requireUser(deps.directory, actorId);
  const body = parseEngineInput(BaselineReviewSchema, input);
  const baseline = requireVisibleBaseline(deps, user, baselineId);
  if (!canReviewBaseline(user, baseline)) throw EngineError.forbidden('Reviewer access required');
  if (baseline.status !== 'submitted' && baseline.status !== 'rejected') {
    throw EngineError.badRequest('Baseline not awaiting review');
  }
  const at = isoAt(deps.clock);
  const reviewed: BaselineRecord = {
    ...baseline,
    status: body.decision === 'approve' ? 'approved' : 'rejected',
    reviewed_by_id: user.id,
    reviewed_at: at,
    review_notes: body.notes ?? null,
    updated_at: at,
  };
  deps.store.put(reviewed);
  recordBaselineEvent(deps, baseline.id, {
    action: `review.${body.decision}`,
    detail: { decision: body.decision },
    notes: body.notes,
    performed_by_id: user.id,
  });
  return withBaselineEvents(deps, reviewed);
}

/**
 * `POST /{id}/publish`: approved → published and current for its protocol template. The version
 * is one above the highest ever given in that scope (not a count of the *currently* published
 * ones, which would repeat numbers after a rollback).
 */
export function publishBaseline(
  deps: BaselineEngineDeps,
  actorId: string,
  baselineId: string,
  input: BaselinePublish = {},
): Baseline {
  const user = requireUser(deps.directory, actorId);
  const body = parseEngineInput(BaselinePublishSchema, input);
  const baseline = requireVisibleBaseline(deps, user, baselineId);
  if (!canReviewBaseline(user, baseline)) throw EngineError.forbidden('Reviewer access required');
  if (baseline.status !== 'approved') {
    throw EngineError.badRequest('Baseline must be approved before publishing');
  }
  const siblings = deps.store
    .list()
    .filter((b) => b.id !== baseline.id && scopeOf(b) === scopeOf(baseline));
  const at = isoAt(deps.clock);
  const version =
    baseline.version_number ??
    siblings.reduce((max, b) => Math.max(max, b.version_number ?? 0), 0) + 1;
  const published: BaselineRecord = {
    ...baseline,
    status: 'published',
    is_current: true,
    version_number: version,
    published_by_id: user.id,
    published_at: at,
    publish_notes: body.notes ?? null,
    updated_at: at,
  };
  for (const sibling of siblings) {
    if (sibling.is_current) deps.store.put({ ...sibling, is_current: false, updated_at: at });
  }
  deps.store.put(published);
  recordBaselineEvent(deps, baseline.id, {
    action: 'published',
    detail: { version_number: version, template_id: baseline.template_id ?? null },
    notes: body.notes,
    performed_by_id: user.id,
  });
  return withBaselineEvents(deps, published);
}

/**
 * `POST /{id}/rollback` (admin): published → rolled_back. With `target_version_id`, that earlier
 * published version of the same protocol template becomes published and current again; no
 * other baseline (another status or template) can be restored.
 */
export function rollbackBaseline(
  deps: BaselineEngineDeps,
  actorId: string,
  baselineId: string,
  input: BaselineRollback,
): Baseline {
  const user = requireUser(deps.directory, actorId);
  const body = parseEngineInput(BaselineRollbackSchema, input);
  const baseline = requireVisibleBaseline(deps, user, baselineId);
  if (!user.is_admin) throw EngineError.forbidden('Admin access required for rollback');
  if (baseline.status !== 'published') {
    throw EngineError.badRequest('Only published baselines can be rolled back');
  }
  const targetId = body.target_version_id ?? null;
  const target = targetId ? deps.store.get(targetId) : undefined;
  if (targetId && !target) throw EngineError.notFound('Target baseline not found');
  if (
    target &&
    (target.id === baseline.id ||
      scopeOf(target) !== scopeOf(baseline) ||
      target.version_number == null ||
      (target.status !== 'published' && target.status !== 'rolled_back'))
  ) {
    throw EngineError.badRequest('Target baseline is not a published version of this template');
  }
  const at = isoAt(deps.clock);
  const rolledBack: BaselineRecord = {
    ...baseline,
    status: 'rolled_back',
    is_current: false,
    rolled_back_by_id: user.id,
    rolled_back_at: at,
    rollback_notes: body.reason,
    rollback_of_id: targetId,
    updated_at: at,
  };
  deps.store.put(rolledBack);
  recordBaselineEvent(deps, baseline.id, {
    action: 'rolled_back',
    detail: { reason: body.reason, target_version_id: targetId },
    notes: body.reason,
    performed_by_id: user.id,
  });
  if (target) {
    for (const sibling of deps.store.list()) {
      if (sibling.id !== target.id && sibling.is_current && scopeOf(sibling) === scopeOf(target)) {
        deps.store.put({ ...sibling, is_current: false, updated_at: at });
      }
    }
    deps.store.put({
      ...target,
      status: 'published',
      is_current: true,
      rolled_back_at: null,
      rolled_back_by_id: null,
      rollback_notes: null,
      updated_at: at,
    });
    recordBaselineEvent(deps, target.id, {
      action: 'restored',
      detail: { rolled_back_from: baseline.id },
      notes: body.reason,
      performed_by_id: user.id,
    });
  }
  return withBaselineEvents(deps, rolledBack);
}
