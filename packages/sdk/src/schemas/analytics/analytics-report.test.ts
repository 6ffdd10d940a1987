import { describe, expect, it } from 'vitest';
import { safeParseContract } from '../shared/parse-mode';
import {
  GovernanceAnalyticsParamsSchema,
  GovernanceAnalyticsResponseSchema,
  isGovernanceReviewerView,
} from './analytics-report';

const totals = {
  preview_count: 0,
  average_blocked_ratio: 0,
  total_new_blockers: 0,
  total_resolved_blockers: 0,
  total_baseline_versions: 0,
  total_rollbacks: 0,
  reviewer_count: 0,
  streak_alert_count: 0,
  reviewer_load_band_counts: { light: 0, steady: 0, saturated: 0 },
};
const reviewerTotals = {
  reviewer_count: 1,
  streak_alert_count: 0,
  load_band_counts: { light: 1, steady: 0, saturated: 0 },
};

describe('GovernanceAnalyticsResponseSchema', () => {
  it('parses the full report', () => {
    const result = safeParseContract(
      GovernanceAnalyticsResponseSchema,
      {
        results: [],
        reviewer_cadence: [],
        totals,
        lineage_summary: { scenarios: [], notebooks: [] },
      },
      { mode: 'strict' },
    );
    expect(result.success).toBe(true);
    if (result.success) expect(isGovernanceReviewerView(result.data)).toBe(false);
  });

  it('parses the reviewer view', () => {
    const view = GovernanceAnalyticsResponseSchema.parse({
      reviewers: [
        {
          reviewer_id: 'u1',
          assignment_count: 1,
          completion_count: 0,
          pending_count: 1,
          load_band: 'light',
        },
      ],
      totals: reviewerTotals,
    });
    expect(isGovernanceReviewerView(view)).toBe(true);
  });

  it('rejects something that is neither', () => {
    expect(GovernanceAnalyticsResponseSchema.safeParse({ totals }).success).toBe(false);
  });
});

describe('GovernanceAnalyticsParamsSchema', () => {
  it('applies defaults and bounds', () => {
    expect(GovernanceAnalyticsParamsSchema.parse({})).toEqual({ limit: 50, view: 'full' });
    expect(GovernanceAnalyticsParamsSchema.safeParse({ view: 'summary' }).success).toBe(false);
    expect(GovernanceAnalyticsParamsSchema.safeParse({ limit: '201' }).success).toBe(false);
  });
});
