import { describe, expect, it } from 'vitest';
import { OverrideRecommendationReportSchema } from '../../schemas/overrides/override-recommendation';
import {
  analyticsBaseline,
  createAnalyticsWorld,
  previewSummary,
} from '../analytics/fixtures/analytics-world';
import { OVERRIDE_RECOMMENDATION_EVENT_TYPE } from '../governance/event-types';
import { WORLD_USERS as U } from './fixtures/override-world';
import { createOverrideRecommendations } from './override-recommendations';

function setup() {
  const world = createAnalyticsWorld();
  const recommendations = createOverrideRecommendations({
    directory: world.directory,
    events: world.events,
    clock: world.clock,
    analytics: world.analytics,
  });
  const at = (hours: number) => new Date(Date.UTC(2025, 0, 1) + hours * 3_600_000).toISOString();
  // Reviewer: 8 pending + 2 slow completed reviews (300 min) → saturated, p90 300.
  for (let i = 0; i < 8; i += 1) world.sources.putBaseline(analyticsBaseline(`p${i}`));
  for (let i = 0; i < 2; i += 1) {
    world.sources.putBaseline(
      analyticsBaseline(`r${i}`, {
        status: 'approved',
        reviewed_by_id: U.reviewer,
        reviewed_at: at(5),
      }),
    );
  }
  // Lead: three publishes 24 h apart → streak alert.
  for (let i = 0; i < 3; i += 1) {
    world.sources.putBaseline(
      analyticsBaseline(`pub${i}`, {
        reviewer_ids: [],
        status: 'published',
        published_by_id: U.lead,
        published_at: at(24 * (i + 1)),
      }),
    );
  }
  // Manager on a churning execution: blocked ratio 0.5, churn 0.5 × (14 baselines + 0 rollbacks) = 7 ≥ 2.
  world.sources.putBaseline(analyticsBaseline('m1', { reviewer_ids: [U.manager] }));
  world.publishPreview('exe-1', previewSummary({ stage_count: 2, blocked_stage_count: 1 }));
  return { world, recommendations };
}

describe('override recommendations', () => {
  it('fires the three rules with their metrics and related executions', () => {
    const { world, recommendations } = setup();
    const report = recommendations.list(U.lead);
    expect(OverrideRecommendationReportSchema.safeParse(report).success).toBe(true);
    const byId = Object.fromEntries(report.recommendations.map((r) => [r.recommendation_id, r]));
    expect(byId[`cadence_overload:${U.reviewer}`]).toMatchObject({
      rule_key: 'cadence_overload',
      action: 'reassign',
      priority: 'high',
      related_execution_ids: ['exe-1'],
      metrics: { load_band: 'saturated', latency_p90_minutes: 300, pending_count: 8 },
      allow_opt_out: true,
    });
    expect(byId[`streak_cooldown:${U.lead}`]).toMatchObject({
      action: 'cooldown',
      priority: 'medium',
      metrics: { publish_streak: 3 },
    });
    expect(byId[`blocker_churn_escalation:${U.manager}`]).toMatchObject({
      action: 'escalate',
      priority: 'high',
      metrics: { blocked_ratio: 0.5, churn: 7 },
    });
    expect(report.recommendations.map((r) => r.priority)).toEqual([
      'high',
      'high',
      'high',
      'high',
      'medium',
    ]);
    void world;
  });

  it('raises priorities for admins and records each recommendation once for the timeline', () => {
    const { world, recommendations } = setup();
    const admin = recommendations.list(U.admin);
    expect(admin.recommendations.find((r) => r.rule_key === 'streak_cooldown')?.priority).toBe(
      'high',
    );
    const count = world.events.list({ type_prefix: OVERRIDE_RECOMMENDATION_EVENT_TYPE }).length;
    expect(count).toBe(admin.recommendations.length);
    recommendations.list(U.admin);
    expect(world.events.list({ type_prefix: OVERRIDE_RECOMMENDATION_EVENT_TYPE })).toHaveLength(
      count,
    );
  });

  it('honours limit and execution scope', () => {
    const { recommendations } = setup();
    expect(recommendations.list(U.admin, { limit: 1 }).recommendations).toHaveLength(1);
    expect(() => recommendations.list(U.outsider, { execution_id: 'exe-1' })).toThrowError(
      'Not authorized for execution workspace',
    );
  });
});
