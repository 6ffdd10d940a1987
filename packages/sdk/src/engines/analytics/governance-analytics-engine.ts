import {
  type GovernanceAnalyticsParamsInput,
  GovernanceAnalyticsParamsSchema,
  type GovernanceAnalyticsResponse,
} from '../../schemas/analytics/analytics-report';
import { type GovernanceDirectory, requireUser } from '../governance/directory';
import type { EventLog } from '../governance/event-log';
import type { Clock } from '../shared/clock';
import { parseEngineInput } from '../shared/engine-input';
import { createGovernanceAnalyticsCache } from './analytics-cache';
import { governanceViewerOf, resolveGovernanceReadScope } from './analytics-scope';
import { type AnalyticsSources, emptyAnalyticsSources } from './analytics-sources';
import {
  computeGovernanceAnalytics,
  type GovernanceAnalyticsComputation,
  toGovernanceReviewerView,
} from './compute-governance-analytics';

/** Dependencies of {@link createGovernanceAnalyticsEngine}. */
export interface GovernanceAnalyticsEngineOptions {
  directory: GovernanceDirectory;
  events: EventLog;
  clock: Clock;
  /** Baselines and narrative exports (adapters). Default: none. */
  sources?: AnalyticsSources;
  /** Cache lifetime. Default 30 000 ms. */
  ttlMs?: number;
}

/**
 * `GET /api/governance/analytics` as an engine: RBAC scope (404/403 for a requested execution),
 * the computation, and the per-user/team-scope cache invalidated by override, coaching-note and
 * approval-stage events.
 *
 * @example
 * const analytics = createGovernanceAnalyticsEngine({ directory, events, clock, sources });
 * analytics.retrieve('u-1', { view: 'reviewer' });
 * analytics.cache.stats(); // { hits, misses, invalidations, entries }
 */
export function createGovernanceAnalyticsEngine(options: GovernanceAnalyticsEngineOptions) {
  const { directory, events, clock } = options;
  const sources = options.sources ?? emptyAnalyticsSources;
  const cache = createGovernanceAnalyticsCache<GovernanceAnalyticsComputation>({
    clock,
    events,
    ...(options.ttlMs === undefined ? {} : { ttlMs: options.ttlMs }),
  });
  let computations = 0;

  function compute(actorId: string, input: GovernanceAnalyticsParamsInput = {}) {
    const params = parseEngineInput(GovernanceAnalyticsParamsSchema, input);
    const viewer = governanceViewerOf(directory, requireUser(directory, actorId));
    const scope = resolveGovernanceReadScope(directory, viewer, params.execution_id);
    const key = {
      ...viewer,
      execution_ids: scope.requested_execution_id ? [scope.requested_execution_id] : [],
      limit: params.limit,
      view: params.view,
    };
    const computation = cache.get(key, () => {
      computations += 1;
      const value = computeGovernanceAnalytics({
        directory,
        events,
        sources,
        scope,
        limit: params.limit,
        nowMs: clock.now(),
      });
      return { value, scope: value.scope_execution_ids };
    });
    return { params, computation };
  }

  return {
    /** The full report or the reviewer view, by `view` (default full). */
    retrieve(
      actorId: string,
      input: GovernanceAnalyticsParamsInput = {},
    ): GovernanceAnalyticsResponse {
      const { params, computation } = compute(actorId, input);
      return params.view === 'reviewer'
        ? toGovernanceReviewerView(computation.report)
        : computation.report;
    },
    /** The full computation (report, as-of time, reviewer executions), through the same cache. */
    compute: (actorId: string, input: GovernanceAnalyticsParamsInput = {}) =>
      compute(actorId, { ...input, view: 'full' }).computation,
    cache,
    /** How many times analytics were actually computed (cache misses that ran). */
    computationCount: () => computations,
    dispose: () => cache.dispose(),
  };
}

/** The engine returned by {@link createGovernanceAnalyticsEngine}. */
export type GovernanceAnalyticsEngine = ReturnType<typeof createGovernanceAnalyticsEngine>;
