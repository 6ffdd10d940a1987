import type {
  GovernanceAnalyticsReport,
  GovernanceAnalyticsResult,
  ReviewerCadence,
} from '@govkit/sdk';

function result(
  index: number,
  executionId: string,
  generatedAt: string,
  values: Partial<GovernanceAnalyticsResult>,
): GovernanceAnalyticsResult {
  return {
    execution_id: executionId,
    preview_event_id: `evt-${index}`,
    snapshot_id: null,
    baseline_snapshot_id: null,
    generated_at: generatedAt,
    stage_count: 3,
    blocked_stage_count: 1,
    blocked_ratio: 0.333333,
    overrides_applied: 0,
    override_actions_executed: 0,
    override_actions_reversed: 0,
    override_cooldown_minutes: null,
    new_blocker_count: 0,
    resolved_blocker_count: 0,
    blocker_heatmap: [2],
    ladder_load: 3,
    sla_within_target_ratio: 1,
    mean_sla_delta_minutes: -45,
    sla_samples: [
      {
        stage_index: 0,
        predicted_due_at: generatedAt,
        actual_completed_at: generatedAt,
        delta_minutes: -45,
        within_target: true,
      },
      {
        stage_index: 1,
        predicted_due_at: generatedAt,
        actual_completed_at: null,
        delta_minutes: null,
        within_target: null,
      },
    ],
    risk_level: 'low',
    baseline_version_count: 1,
    approval_latency_minutes: null,
    publication_cadence_days: null,
    rollback_count: 0,
    blocker_churn_index: null,
    ...values,
  };
}

function reviewer(id: string, name: string, values: Partial<ReviewerCadence>): ReviewerCadence {
  return {
    reviewer_id: id,
    reviewer_email: `${id}@govkit.test`,
    reviewer_name: name,
    assignment_count: 2,
    completion_count: 1,
    pending_count: 1,
    load_band: 'light',
    average_latency_minutes: 180,
    latency_p50_minutes: 180,
    latency_p90_minutes: 240,
    latency_bands: [],
    blocked_ratio_trailing: null,
    churn_signal: null,
    rollback_precursor_count: 0,
    publish_streak: 0,
    last_publish_at: null,
    streak_alert: false,
    ...values,
  };
}

/** The seeded world, shortened: five previews over a week and three reviewers. */
export const ANALYTICS_REPORT: GovernanceAnalyticsReport = {
  results: [
    result(1, 'exec-override-001', '2026-01-05T15:00:00Z', {
      blocked_stage_count: 2,
      blocked_ratio: 0.666667,
      ladder_load: 3.5,
      sla_within_target_ratio: 0.5,
      mean_sla_delta_minutes: 95,
      risk_level: 'medium',
    }),
    result(2, 'exec-override-002', '2026-01-07T13:00:00Z', {
      ladder_load: 3.5,
      blocked_ratio: 0,
      blocked_stage_count: 0,
      new_blocker_count: 1,
    }),
    result(3, 'exec-qpcr-001', '2026-01-10T22:00:00Z', {
      resolved_blocker_count: 1,
      sla_within_target_ratio: 0.25,
      mean_sla_delta_minutes: 240,
      risk_level: 'high',
    }),
    result(4, 'exec-culture-001', '2026-01-14T06:00:00Z', {
      stage_count: 2,
      blocked_ratio: 0.5,
      ladder_load: 2,
      sla_within_target_ratio: null,
      mean_sla_delta_minutes: null,
      sla_samples: [],
    }),
    result(5, 'exec-qpcr-001', '2026-01-15T06:00:00Z', { ladder_load: 4 }),
  ],
  reviewer_cadence: [
    reviewer('user-manager', 'Morgan Manager', {
      assignment_count: 12,
      completion_count: 4,
      pending_count: 8,
      load_band: 'saturated',
      latency_p50_minutes: 570,
      latency_p90_minutes: 1356,
      publish_streak: 3,
      streak_alert: true,
    }),
    reviewer('user-reviewer', 'Riley Reviewer', {
      assignment_count: 7,
      completion_count: 2,
      pending_count: 4,
      load_band: 'steady',
    }),
    reviewer('user-lead', 'Lee Lead', {}),
  ],
  totals: {
    preview_count: 5,
    average_blocked_ratio: 0.366667,
    total_new_blockers: 1,
    total_resolved_blockers: 1,
    average_sla_within_target_ratio: 0.6875,
    total_baseline_versions: 5,
    total_rollbacks: 0,
    average_approval_latency_minutes: null,
    average_publication_cadence_days: null,
    reviewer_count: 3,
    streak_alert_count: 1,
    reviewer_latency_p50_minutes: 540,
    reviewer_latency_p90_minutes: 1704,
    reviewer_load_band_counts: { light: 1, steady: 1, saturated: 1 },
  },
  lineage_summary: { scenarios: [], notebooks: [] },
  meta: null,
};

/** A report with nothing in scope. */
export const EMPTY_ANALYTICS_REPORT: GovernanceAnalyticsReport = {
  ...ANALYTICS_REPORT,
  results: [],
  reviewer_cadence: [],
  totals: {
    ...ANALYTICS_REPORT.totals,
    preview_count: 0,
    average_blocked_ratio: 0,
    total_new_blockers: 0,
    total_resolved_blockers: 0,
    average_sla_within_target_ratio: null,
    reviewer_count: 0,
    streak_alert_count: 0,
    reviewer_latency_p50_minutes: null,
    reviewer_latency_p90_minutes: null,
    reviewer_load_band_counts: { light: 0, steady: 0, saturated: 0 },
  },
};

/** The most a report holds (limit 200) and a crowded team, for the Large story. */
export function largeAnalyticsReport(previews = 200, reviewers = 24): GovernanceAnalyticsReport {
  const start = Date.parse('2025-10-01T06:00:00Z');
  const results = Array.from({ length: previews }, (_, i) => {
    const wave = (Math.sin(i / 9) + 1) / 2;
    return result(
      i,
      `exec-batch-${String(i % 40).padStart(3, '0')}`,
      new Date(start + i * 9 * 3_600_000).toISOString(),
      {
        sla_within_target_ratio: i % 17 === 0 ? null : Math.round((0.35 + wave * 0.65) * 100) / 100,
        blocked_ratio: Math.round((1 - wave) * 0.8 * 100) / 100,
        ladder_load: 2 + Math.round(wave * 6 * 2) / 2,
      },
    );
  });
  const names = [
    'Morgan',
    'Riley',
    'Lee',
    'Max',
    'Sam',
    'Jo',
    'Alex',
    'Kim',
    'Robin',
    'Charlie',
    'Dana',
    'Emery',
  ];
  const cadence = Array.from({ length: reviewers }, (_, i) => {
    const pending = (i * 7) % 11;
    const completed = (i * 5) % 9;
    return reviewer(
      `user-${i}`,
      `${names[i % names.length]} ${String.fromCharCode(65 + (i % 26))}.`,
      {
        assignment_count: pending + completed,
        completion_count: completed,
        pending_count: pending,
        load_band: pending >= 8 ? 'saturated' : pending >= 4 ? 'steady' : 'light',
      },
    );
  });
  return {
    ...ANALYTICS_REPORT,
    results,
    reviewer_cadence: cadence,
    totals: { ...ANALYTICS_REPORT.totals, preview_count: previews, reviewer_count: reviewers },
  };
}
