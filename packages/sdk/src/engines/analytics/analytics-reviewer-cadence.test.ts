import { describe, expect, it } from 'vitest';
import type { GovernanceAnalyticsReport } from '../../schemas/analytics/analytics-report';
import { WORLD_USERS as U } from '../overrides/fixtures/override-world';
import { analyticsPercentile } from './analytics-math';
import { publishStreak, reviewerLoadBand } from './analytics-reviewer-cadence';
import { analyticsBaseline, createAnalyticsWorld } from './fixtures/analytics-world';

const full = (
  world: ReturnType<typeof createAnalyticsWorld>,
  actor: string = U.admin,
  execution_id?: string,
) =>
  world.analytics.retrieve(
    actor,
    execution_id ? { execution_id } : {},
  ) as GovernanceAnalyticsReport;

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
