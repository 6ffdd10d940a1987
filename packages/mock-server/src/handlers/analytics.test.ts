import { NotFoundError, PermissionDeniedError } from '@govkit/sdk';
import {
  type GovernanceAnalyticsResponse,
  type GovernanceReviewerView,
  isGovernanceReviewerView,
} from '@govkit/sdk/schemas';
import { describe, expect, it } from 'vitest';
import { findSeededOverride } from '../seed/overrides';
import {
  SEEDED_OVERRIDE_EXECUTIONS as EXEC,
  SEEDED_OVERRIDE_SCENARIOS as SCENARIO,
  SEEDED_SATURATED_REVIEWER,
} from '../seed/overrides-world';
import { HARNESS_TRANSPORTS } from '../testing/mock-api-harness';
import { useMockApiHarness } from '../testing/use-mock-api-harness';

function reviewerView(response: GovernanceAnalyticsResponse): GovernanceReviewerView {
  if (!isGovernanceReviewerView(response)) throw new Error('expected the reviewer view');
  return response;
}

function fullReport(response: GovernanceAnalyticsResponse) {
  if (isGovernanceReviewerView(response)) throw new Error('expected the full report');
  return response;
}

// Contract tests: the real SDK client against the analytics handler, in-process and over HTTP.
describe.each(HARNESS_TRANSPORTS)('analytics over %s', (transport) => {
  const api = useMockApiHarness(transport);

  const as = (user: string) => api.client.withOptions({ headers: { 'x-govkit-user': user } });
  const refusal = (promise: Promise<unknown>) => promise.catch((error: unknown) => error);

  it('answers the full report over the seeded previews, overrides, baselines and ladders', async () => {
    const report = fullReport(await api.client.analytics.retrieve());
    expect(report.results.length).toBeGreaterThan(5);
    expect(report.totals.preview_count).toBe(report.results.length);
    expect(report.reviewer_cadence.length).toBeGreaterThan(2);
    expect(report.lineage_summary.scenarios.map((s) => s.scenario_id)).toEqual(
      expect.arrayContaining(Object.values(SCENARIO)),
    );
    expect(report.lineage_summary.notebooks.length).toBeGreaterThan(0);
    expect(Object.keys(report.meta?.approval_stage_metrics ?? {}).length).toBeGreaterThan(0);
    const review = report.results.filter((r) => r.execution_id === EXEC.review);
    // Two previews of the review execution; two of its three stages blocked; overrides applied.
    expect(review).toHaveLength(2);
    expect(review[0]?.blocked_ratio).toBeCloseTo(2 / 3, 2);
    expect(review[0]?.override_actions_executed).toBeGreaterThan(0);
    const limited = fullReport(await api.client.analytics.retrieve({ limit: 2 }));
    expect(limited.results).toHaveLength(2);
  });

  it('answers the reviewer view with the saturated, streaking reviewer first', async () => {
    const view = reviewerView(await api.client.analytics.retrieve({ view: 'reviewer' }));
    expect(view.reviewers[0]).toMatchObject({
      reviewer_id: SEEDED_SATURATED_REVIEWER,
      load_band: 'saturated',
      pending_count: 8,
      publish_streak: 3,
      streak_alert: true,
    });
    expect(view.reviewers[0]?.latency_p90_minutes).toBeGreaterThanOrEqual(240);
    expect(view.totals.reviewer_count).toBe(view.reviewers.length);
    expect(view.totals.load_band_counts.saturated).toBeGreaterThanOrEqual(1);
  });

  it('scopes to one execution: 404 unknown, 403 unreadable, 422 bad parameters', async () => {
    const scoped = fullReport(await api.client.analytics.retrieve({ execution_id: EXEC.cooldown }));
    expect(scoped.results.length).toBeGreaterThan(0);
    expect(scoped.results.every((r) => r.execution_id === EXEC.cooldown)).toBe(true);
    const missing = await refusal(api.client.analytics.retrieve({ execution_id: 'exec-nope' }));
    expect(missing).toBeInstanceOf(NotFoundError);
    const forbidden = await refusal(
      as('user-member').analytics.retrieve({ execution_id: EXEC.partner }),
    );
    expect(forbidden).toBeInstanceOf(PermissionDeniedError);
    for (const query of ['view=summary', 'limit=0', 'limit=201']) {
      const response = await api.fetch(`/api/governance/analytics?${query}`);
      expect(response.status, query).toBe(422);
    }
    expect(api.store.version).toBe(0);
  });

  it('serves repeats from the 30 s cache; a coaching-note change gives fresh numbers', async () => {
    const params = { execution_id: EXEC.cooldown, view: 'reviewer' as const };
    const observer = (view: GovernanceReviewerView) =>
      view.reviewers.find((r) => r.reviewer_id === 'user-observer')?.assignment_count ?? 0;
    const before = reviewerView(await api.client.analytics.retrieve(params));
    const computed = api.store.analytics.engine.computationCount();
    // A new baseline writes no execution event, so nothing tells the cache: the repeat is stale.
    api.store.baselines.engine.submit('user-reviewer', {
      execution_id: EXEC.cooldown,
      name: 'Observer shadowing baseline',
      reviewer_ids: ['user-observer'],
    });
    const cached = reviewerView(await api.client.analytics.retrieve(params));
    expect(cached).toEqual(before);
    expect(api.store.analytics.engine.computationCount()).toBe(computed);

    await api.client.coaching.create(findSeededOverride(api.store, 'coolingDown').id, {
      body: 'Adding Olive as a shadow reviewer.',
    });
    const fresh = reviewerView(await api.client.analytics.retrieve(params));
    expect(api.store.analytics.engine.computationCount()).toBe(computed + 1);
    expect(observer(fresh)).toBe(observer(before) + 1);
  });

  it('also drops the cache on override actions and after 30 s', async () => {
    const params = { execution_id: EXEC.review };
    await api.client.analytics.retrieve(params);
    const computed = api.store.analytics.engine.computationCount();
    await api.client.analytics.retrieve(params);
    expect(api.store.analytics.engine.computationCount()).toBe(computed);
    api.store.clock.advance(30_000);
    await api.client.analytics.retrieve(params);
    expect(api.store.analytics.engine.computationCount()).toBe(computed + 1);
    await api.client.overrides.execute('streak_cooldown:user-observer', {
      execution_id: EXEC.review,
      action: 'cooldown',
      lineage: { scenario_id: SCENARIO.parallel },
    });
    const after = fullReport(await api.client.analytics.retrieve(params));
    expect(api.store.analytics.engine.computationCount()).toBe(computed + 2);
    expect(after.lineage_summary.scenarios.map((s) => s.scenario_id)).toContain(SCENARIO.parallel);
  });
});
