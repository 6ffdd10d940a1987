import { describe, expect, it } from 'vitest';
import type { GovernanceAnalyticsReport } from '../../schemas/analytics/analytics-report';
import { GovernanceAnalyticsReportSchema } from '../../schemas/analytics/analytics-report';
import {
  overrideRequest,
  WORLD_RECOMMENDATION as REC,
  WORLD_USERS as U,
} from '../overrides/fixtures/override-world';
import { isEngineError } from '../shared/engine-error';
import { analyticsPercentile } from './analytics-math';
import { publishStreak, reviewerLoadBand } from './analytics-reviewer-cadence';
import {
  analyticsBaseline,
  createAnalyticsWorld,
  previewSummary,
} from './fixtures/analytics-world';

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
    world.overrides.execute('streak_cooldown:u-1', overrideRequest('cooldown'), U.actor);
    let [result] = full(world).results;
    expect(result).toMatchObject({
      override_actions_executed: 1,
      sla_within_target_ratio: 0.666667,
      mean_sla_delta_minutes: -15,
      override_cooldown_minutes: 45,
      ladder_load: 3,
    });
    world.overrides.reverse(
      'streak_cooldown:u-1',
      { execution_id: 'exe-1', metadata: {} },
      U.admin,
    );
    world.overrides.execute(REC, overrideRequest('reassign'), U.actor);
    world.overrides.execute('blocker_churn_escalation:u-1', overrideRequest('escalate'), U.actor);
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
    world.overrides.execute(REC, overrideRequest('reassign'), U.actor);
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
      REC,
      overrideRequest('escalate', { lineage: { notebook_entry_id: 'nb-1', metadata: {} } }),
      U.actor,
    );
    world.overrides.execute('r2:x', overrideRequest('escalate'), U.actor);
    world.overrides.reverse(REC, { execution_id: 'exe-1', metadata: {} }, U.admin);
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

describe('reviewer cadence', () => {
  it('uses linear-interpolation percentiles, bands and 72 h streaks', () => {
    expect(analyticsPercentile([10, 20, 30, 40], 50)).toBe(25);
    expect(analyticsPercentile([10, 20, 30, 40], 90)).toBeCloseTo(37, 10);
    expect(analyticsPercentile([], 50)).toBeNull();
    expect(reviewerLoadBand(8, 0)).toBe('saturated');
    expect(reviewerLoadBand(0, 12)).toBe('saturated');
    expect(reviewerLoadBand(4, 0)).toBe('steady');
    expect(reviewerLoadBand(3, 5)).toBe('light');
    const h = 3_600_000;
    expect(publishStreak([0, 72 * h, 144 * h])).toBe(3);
    expect(publishStreak([0, 73 * h, 146 * h])).toBe(1);
    expect(publishStreak([])).toBe(0);
  });

  it('tallies assignments, completions, latency, rollbacks and publishes per reviewer', () => {
    const world = createAnalyticsWorld();
    world.publishPreview();
    const day = (d: number, h = 0) => new Date(Date.UTC(2025, 0, d, h)).toISOString();
    world.sources.putBaseline(
      analyticsBaseline('b1', {
        status: 'published',
        reviewed_by_id: U.reviewer,
        reviewed_at: day(1, 1),
        published_by_id: U.lead,
        published_at: day(2),
      }),
    );
    world.sources.putBaseline(
      analyticsBaseline('b2', {
        status: 'rolled_back',
        reviewed_by_id: U.reviewer,
        reviewed_at: day(1, 3),
        published_by_id: U.lead,
        published_at: day(4),
        rolled_back_at: day(5),
      }),
    );
    world.sources.putBaseline(
      analyticsBaseline('b3', { status: 'submitted', reviewer_ids: [U.reviewer, U.manager] }),
    );
    world.sources.putBaseline(
      analyticsBaseline('b4', {
        status: 'published',
        reviewer_ids: [],
        reviewed_by_id: U.manager,
        reviewed_at: day(1, 10),
        published_by_id: U.lead,
        published_at: day(6),
      }),
    );
    const rows = full(world).reviewer_cadence;
    const reviewer = rows.find((r) => r.reviewer_id === U.reviewer);
    expect(reviewer).toMatchObject({
      assignment_count: 3,
      completion_count: 2,
      pending_count: 1,
      load_band: 'light',
      average_latency_minutes: 120,
      latency_p50_minutes: 120,
      latency_p90_minutes: 168,
      rollback_precursor_count: 1,
      reviewer_name: 'Reviewer',
      blocked_ratio_trailing: 0.333333,
    });
    expect(reviewer?.latency_bands.map((b) => [b.label, b.count])).toEqual([
      ['under_2h', 1],
      ['two_to_eight_h', 1],
      ['eight_to_day', 0],
      ['over_day', 0],
    ]);
    const lead = rows.find((r) => r.reviewer_id === U.lead);
    expect(lead).toMatchObject({
      assignment_count: 3,
      completion_count: 0,
      publish_streak: 3,
      streak_alert: true,
      last_publish_at: day(6),
    });
    // Sorted by load rank, then completions: all light, so completions decide.
    expect(rows.map((r) => r.reviewer_id)).toEqual([U.reviewer, U.manager, U.lead]);
    const view = world.analytics.retrieve(U.admin, { view: 'reviewer' });
    expect(view).toMatchObject({
      totals: {
        reviewer_count: 3,
        streak_alert_count: 1,
        load_band_counts: { light: 3, steady: 0, saturated: 0 },
      },
    });
  });

  it('limits reviewer rows to the viewer’s teams and the viewer', () => {
    const world = createAnalyticsWorld();
    world.directory.putUser({ id: 'u-far', email: 'far@x', is_admin: false });
    world.sources.putBaseline(analyticsBaseline('b1', { reviewer_ids: [U.reviewer, 'u-far'] }));
    expect(full(world, U.lead).reviewer_cadence.map((r) => r.reviewer_id)).toEqual([U.reviewer]);
    expect(
      full(world, U.admin)
        .reviewer_cadence.map((r) => r.reviewer_id)
        .sort(),
    ).toEqual(['u-far', U.reviewer]);
  });
});

describe('approval-stage meta', () => {
  it('reports per-export stage metrics and the overdue summary', () => {
    const world = createAnalyticsWorld();
    world.clock.set('2025-01-01T12:00:00.000Z');
    world.sources.putExport({
      id: 'x1',
      execution_id: 'exe-1',
      approval_stages: [
        {
          id: 's1',
          sequence_index: 1,
          required_role: 'qa',
          status: 'approved',
          started_at: '2025-01-01T00:00:00.000Z',
          completed_at: '2025-01-01T02:00:00.000Z',
          due_at: '2025-01-01T01:00:00.000Z',
        },
        {
          id: 's2',
          sequence_index: 2,
          required_role: 'pi',
          status: 'in_progress',
          started_at: '2025-01-01T02:00:00.000Z',
          due_at: '2025-01-01T11:30:00.000Z',
        },
        { id: 's3', sequence_index: 3, required_role: 'pi', status: 'pending' },
      ],
    });
    const meta = full(world).meta;
    expect(meta?.approval_stage_metrics.x1).toMatchObject({
      total: 3,
      overdue_count: 2,
      mean_resolution_minutes: 120,
      status_counts: { approved: 1, in_progress: 1, pending: 1 },
    });
    expect(meta?.approval_stage_metrics.x1?.stage_details.s1).toEqual({
      status: 'approved',
      breached: true,
      resolution_minutes: 120,
      due_at: '2025-01-01T01:00:00.000Z',
      completed_at: '2025-01-01T02:00:00.000Z',
    });
    expect(meta?.overdue_stage_summary).toMatchObject({
      total_overdue: 2,
      open_overdue: 1,
      resolved_overdue: 1,
      overdue_exports: ['x1'],
      role_counts: { qa: 1, pi: 1 },
      mean_open_minutes: 30,
      open_age_buckets: { lt60: 1, '60to180': 0, gt180: 0 },
      trend: [{ date: '2025-01-01', count: 2 }],
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
