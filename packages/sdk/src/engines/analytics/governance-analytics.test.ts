import { describe, expect, it } from 'vitest';
import type { GovernanceAnalyticsReport } from '../../schemas/analytics/analytics-report';
import { GovernanceAnalyticsReportSchema } from '../../schemas/analytics/analytics-report';
import { OVERRIDE_ACTION_EVENT_TYPE } from '../governance/event-types';
import {
  overrideRequest,
  WORLD_RECOMMENDATION as REC,
  WORLD_USERS as U,
} from '../overrides/fixtures/override-world';
import { isEngineError } from '../shared/engine-error';
import {
  analyticsBaseline,
  createAnalyticsWorld,
  previewSummary,
} from './fixtures/analytics-world';
import { createGovernanceAnalyticsEngine } from './governance-analytics-engine';

const full = (
  world: ReturnType<typeof createAnalyticsWorld>,
  actor: string = U.admin,
  execution_id?: string,
) =>
  world.analytics.retrieve(
    actor,
    execution_id ? { execution_id } : {},
  ) as GovernanceAnalyticsReport;

describe('analytics results (formulas of §3.8)', () => {
  it('computes blocking, SLA samples, ladder load and risk for a preview', () => {
    const world = createAnalyticsWorld();
    world.publishPreview();
    const report = full(world);
    expect(GovernanceAnalyticsReportSchema.safeParse(report).success).toBe(true);
    const [result] = report.results;
    expect(result).toMatchObject({
      execution_id: 'exe-1',
      stage_count: 3,
      blocked_stage_count: 1,
      blocked_ratio: 0.333333,
      blocker_heatmap: [1],
      sla_within_target_ratio: 0.5,
      mean_sla_delta_minutes: 0,
      ladder_load: 4,
      overrides_applied: 0,
      override_cooldown_minutes: null,
      risk_level: 'medium',
      baseline_version_count: 0,
      blocker_churn_index: null,
    });
    expect(result?.sla_samples).toEqual([
      {
        stage_index: 0,
        predicted_due_at: '2025-01-01T03:00:00.000Z',
        actual_completed_at: '2025-01-01T02:00:00.000Z',
        delta_minutes: -60,
        within_target: true,
      },
      {
        stage_index: 1,
        predicted_due_at: '2025-01-01T05:00:00.000Z',
        actual_completed_at: '2025-01-01T06:00:00.000Z',
        delta_minutes: 60,
        within_target: false,
      },
      {
        stage_index: 2,
        predicted_due_at: '2025-01-01T09:00:00.000Z',
        actual_completed_at: null,
        delta_minutes: null,
        within_target: null,
      },
    ]);
  });

  it('applies override adjustments: cooldown executed then reversed cancels out; reassign and escalate load the ladder', () => {
    const world = createAnalyticsWorld();
    world.publishPreview();
    world.overrides.execute(U.actor, 'streak_cooldown:u-1', overrideRequest('cooldown'));
    let [result] = full(world).results;
    expect(result).toMatchObject({
      override_actions_executed: 1,
      sla_within_target_ratio: 0.666667,
      mean_sla_delta_minutes: -15,
      override_cooldown_minutes: 45,
      ladder_load: 3,
    });
    world.overrides.reverse(U.admin, 'streak_cooldown:u-1', {
      execution_id: 'exe-1',
      metadata: {},
    });
    world.overrides.execute(U.actor, REC, overrideRequest('reassign'));
    world.overrides.execute(U.actor, 'blocker_churn_escalation:u-1', overrideRequest('escalate'));
    [result] = full(world).results;
    expect(result).toMatchObject({
      overrides_applied: 4,
      override_actions_executed: 3,
      override_actions_reversed: 1,
      sla_within_target_ratio: 0.5,
      mean_sla_delta_minutes: 0,
      override_cooldown_minutes: null,
      ladder_load: 4 + 1 + 0.5,
    });
  });

  it('counts overrides, baselines and lineage once per execution however many previews it has', () => {
    const world = createAnalyticsWorld();
    world.publishPreview();
    world.publishPreview('exe-1', previewSummary({ snapshot_id: 'snap-2' }));
    world.sources.putBaseline(
      analyticsBaseline('b1', {
        status: 'rolled_back',
        rolled_back_at: '2025-01-02T00:00:00.000Z',
      }),
    );
    world.overrides.execute(U.actor, REC, overrideRequest('reassign'));
    const report = full(world);
    expect(report.results).toHaveLength(2);
    expect(report.totals).toMatchObject({
      preview_count: 2,
      total_baseline_versions: 1,
      total_rollbacks: 1,
      total_new_blockers: 4,
    });
    expect(report.lineage_summary.scenarios).toEqual([
      {
        scenario_id: 'sc-1',
        scenario_name: 'Scenario One',
        folder_name: 'Stress tests',
        executed_count: 1,
        reversed_count: 0,
        net_count: 1,
      },
    ]);
    expect(report.results[0]?.blocker_churn_index).toBeCloseTo((1 / 3) * 2, 5);
  });

  it('builds scenario and notebook lineage buckets with net counts', () => {
    const world = createAnalyticsWorld();
    world.overrides.execute(
      U.actor,
      REC,
      overrideRequest('escalate', { lineage: { notebook_entry_id: 'nb-1', metadata: {} } }),
    );
    world.overrides.execute(U.actor, 'r2:x', overrideRequest('escalate'));
    world.overrides.reverse(U.admin, REC, { execution_id: 'exe-1', metadata: {} });
    const summary = full(world).lineage_summary;
    expect(summary.notebooks).toEqual([
      {
        notebook_entry_id: 'nb-1',
        notebook_title: 'Bench notes',
        execution_id: 'exe-1',
        executed_count: 1,
        reversed_count: 1,
        net_count: 0,
      },
    ]);
    expect(summary.scenarios[0]).toMatchObject({
      scenario_id: 'sc-1',
      executed_count: 1,
      net_count: 1,
    });
  });
});

describe('analytics scope', () => {
  it('answers 404 for an unknown execution and 403 for an unreadable one', () => {
    const world = createAnalyticsWorld();
    const statusOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return isEngineError(error) ? error.status : -1;
      }
      return 200;
    };
    expect(statusOf(() => world.analytics.retrieve(U.admin, { execution_id: 'exe-x' }))).toBe(404);
    expect(statusOf(() => world.analytics.retrieve(U.outsider, { execution_id: 'exe-1' }))).toBe(
      403,
    );
    expect(statusOf(() => world.analytics.retrieve(U.outsider, { execution_id: 'exe-open' }))).toBe(
      200,
    );
    expect(statusOf(() => world.analytics.retrieve(U.admin, { limit: 0 }))).toBe(422);
  });

  it('reads teamless executions for everyone but team executions only for members', () => {
    const world = createAnalyticsWorld();
    world.publishPreview('exe-1');
    world.publishPreview('exe-open');
    expect(full(world, U.outsider).results.map((r) => r.execution_id)).toEqual(['exe-open']);
    expect(
      full(world, U.observer)
        .results.map((r) => r.execution_id)
        .sort(),
    ).toEqual(['exe-1', 'exe-open']);
  });

  it('honours limit as the number of newest previews read', () => {
    const world = createAnalyticsWorld();
    world.publishPreview('exe-1', previewSummary({ snapshot_id: 'old' }));
    world.clock.advance(1000);
    world.publishPreview('exe-1', previewSummary({ snapshot_id: 'new' }));
    const report = world.analytics.retrieve(U.admin, { limit: 1 }) as GovernanceAnalyticsReport;
    expect(report.results.map((r) => r.snapshot_id)).toEqual(['new']);
  });
});

describe('analytics inputs that do not fit the formulas', () => {
  it('skips unparseable previews and non-final override events; same-time previews order by id', () => {
    const world = createAnalyticsWorld();
    world.publishPreview('exe-1', previewSummary({ snapshot_id: 'first' }));
    world.publishPreview('exe-1', previewSummary({ snapshot_id: 'second' }));
    world.publishPreview('exe-1', { stage_count: 'three' } as never);
    // Accepted and declined overrides are decisions, not applied actions: they change nothing.
    world.overrides.accept(U.actor, REC, overrideRequest('reassign'));
    world.overrides.decline(U.actor, 'streak_cooldown:u-1', overrideRequest('cooldown'));
    // An override event written by another producer, without detail or action, still counts.
    world.events.append({
      execution_id: 'exe-1',
      event_type: OVERRIDE_ACTION_EVENT_TYPE,
      payload: { status: 'executed' },
    });
    const report = full(world);
    // All three share the clock's instant: the newest id wins the tie, the broken one is skipped.
    expect(report.results.map((r) => [r.snapshot_id, r.overrides_applied])).toEqual([
      ['second', 1],
      ['first', 1],
    ]);
  });

  it('rates an all-blocked preview high and a stageless one low, with missing projections null', () => {
    const world = createAnalyticsWorld();
    world.publishPreview(
      'exe-1',
      previewSummary({
        snapshot_id: 'blocked',
        baseline_snapshot_id: undefined,
        stage_count: 2,
        blocked_stage_count: 2,
        blocked_stage_indexes: [0, 1],
        stage_predictions: [
          { index: 0, status: 'blocked', mapped_step_indexes: [0] },
          {
            index: 1,
            status: 'blocked',
            projected_due_at: '2025-01-01T05:00:00.000Z',
            mapped_step_indexes: [1],
          },
        ],
      }),
    );
    world.clock.advance(1000);
    world.publishPreview(
      'exe-1',
      previewSummary({
        snapshot_id: 'empty',
        stage_count: 0,
        blocked_stage_count: 0,
        blocked_stage_indexes: [],
        stage_predictions: [],
      }),
    );
    const [empty, blocked] = full(world).results;
    expect(empty).toMatchObject({
      snapshot_id: 'empty',
      blocked_ratio: 0,
      sla_samples: [],
      sla_within_target_ratio: null,
      risk_level: 'low',
    });
    expect(blocked).toMatchObject({
      snapshot_id: 'blocked',
      baseline_snapshot_id: null,
      blocked_ratio: 1,
      risk_level: 'high',
    });
    expect(blocked?.sla_samples[0]).toMatchObject({
      stage_index: 0,
      predicted_due_at: null,
      delta_minutes: null,
      within_target: null,
    });
  });
});

describe('createGovernanceAnalyticsEngine', () => {
  it('works without sources, honours ttlMs, and compute() defaults to the full report', () => {
    const world = createAnalyticsWorld();
    const analytics = createGovernanceAnalyticsEngine({
      directory: world.directory,
      events: world.events,
      clock: world.clock,
      ttlMs: 1000,
    });
    world.publishPreview();
    const computation = analytics.compute(U.admin);
    expect(computation.report.results).toHaveLength(1);
    expect(computation.report.meta?.approval_stage_metrics).toEqual({});
    analytics.compute(U.admin);
    expect(analytics.computationCount()).toBe(1);
    world.clock.advance(1000);
    analytics.compute(U.admin);
    expect(analytics.computationCount()).toBe(2);
    analytics.dispose();
  });
});
