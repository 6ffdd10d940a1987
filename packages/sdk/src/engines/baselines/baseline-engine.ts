import type { Baseline } from '../../schemas/baselines/baseline';
import type {
  BaselineListParams,
  BaselinePublish,
  BaselineReview,
  BaselineRollback,
  BaselineSubmission,
} from '../../schemas/baselines/baseline-requests';
import type { GovernanceDirectory } from '../governance/directory';
import { type Clock, isoAt } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import type { IdGenerator } from '../shared/id-generator';
import {
  type BaselineEngineDeps,
  listBaselines,
  retrieveBaseline,
  withBaselineEvents,
} from './baseline-access';
import {
  publishBaseline,
  recordBaselineEvent,
  reviewBaseline,
  rollbackBaseline,
  submitBaseline,
} from './baseline-lifecycle';
import { type BaselineStore, createMemoryBaselineStore } from './baseline-store';

/** Baseline events the override engine records as side effects of its actions. */
export const BASELINE_OVERRIDE_EVENT_ACTIONS = [
  'override_reassign',
  'override_reassign_reversed',
  'override_cooldown',
  'override_cooldown_reversed',
] as const;

/** One override side effect on a baseline: optionally new reviewers, always one event. */
export interface BaselineOverrideEffect {
  /** Replaces `reviewer_ids` when given (reassign and its reversal). */
  reviewer_ids?: string[];
  action: (typeof BASELINE_OVERRIDE_EVENT_ACTIONS)[number];
  detail: Record<string, unknown>;
  notes?: string | null;
  performed_by_id: string;
}

/** Options of {@link createBaselineEngine}. */
export interface BaselineEngineOptions {
  directory: GovernanceDirectory;
  clock: Clock;
  ids: IdGenerator;
  /** Defaults to an in-memory store. */
  store?: BaselineStore;
}

/**
 * The baseline lifecycle reference engine: one method per `/api/governance/baselines` route, each
 * taking the acting user's id first, plus the hooks the override engine needs. Every transition
 * records exactly one baseline event per baseline it changes; every refusal changes nothing.
 *
 * @example
 * const baselines = createBaselineEngine({ directory, clock, ids });
 * const b = baselines.submit(runnerId, { execution_id, name: 'v1', reviewer_ids: [reviewerId] });
 * baselines.review(reviewerId, b.id, { decision: 'approve' });
 * baselines.publish(reviewerId, b.id);
 */
export function createBaselineEngine(options: BaselineEngineOptions) {
  const deps: BaselineEngineDeps = {
    directory: options.directory,
    clock: options.clock,
    ids: options.ids,
    store: options.store ?? createMemoryBaselineStore(),
  };
  return {
    store: deps.store,
    submit: (actorId: string, body: BaselineSubmission) => submitBaseline(deps, actorId, body),
    list: (actorId: string, params?: BaselineListParams) => listBaselines(deps, actorId, params),
    retrieve: (actorId: string, baselineId: string) => retrieveBaseline(deps, actorId, baselineId),
    review: (actorId: string, baselineId: string, body: BaselineReview) =>
      reviewBaseline(deps, actorId, baselineId, body),
    publish: (actorId: string, baselineId: string, body?: BaselinePublish) =>
      publishBaseline(deps, actorId, baselineId, body),
    rollback: (actorId: string, baselineId: string, body: BaselineRollback) =>
      rollbackBaseline(deps, actorId, baselineId, body),
    /** A baseline with its events, without an RBAC check (for engines acting on a user's behalf). */
    get: (baselineId: string): Baseline | undefined => {
      const record = deps.store.get(baselineId);
      return record ? withBaselineEvents(deps, record) : undefined;
    },
    /**
     * Apply an override side effect: replace reviewers and record the
     * `override_*` event. The caller has already authorised the actor.
     */
    applyOverrideEffect: (baselineId: string, effect: BaselineOverrideEffect): Baseline => {
      const record = deps.store.get(baselineId);
      if (!record) throw EngineError.notFound('Baseline not found');
      if (!BASELINE_OVERRIDE_EVENT_ACTIONS.includes(effect.action)) {
        throw EngineError.badRequest(`Unsupported baseline override action: ${effect.action}`);
      }
      const updated = effect.reviewer_ids
        ? {
            ...record,
            reviewer_ids: [...new Set(effect.reviewer_ids)],
            updated_at: isoAt(deps.clock),
          }
        : record;
      if (effect.reviewer_ids) deps.store.put(updated);
      recordBaselineEvent(deps, baselineId, effect);
      return withBaselineEvents(deps, updated);
    },
  };
}

/** The engine returned by {@link createBaselineEngine}. */
export type BaselineEngine = ReturnType<typeof createBaselineEngine>;
