import type { GovernanceAnalyticsResult } from '../../schemas/analytics/analytics-result';
import {
  REVIEWER_LATENCY_BANDS,
  type ReviewerCadence,
  type ReviewerLoadBand,
} from '../../schemas/analytics/reviewer-cadence';
import type { GovernanceDirectory } from '../governance/directory';
import {
  analyticsMean,
  analyticsMinutesBetween,
  analyticsPercentile,
  roundAnalyticsOrNull,
} from './analytics-math';
import type { GovernanceViewer } from './analytics-scope';
import type { AnalyticsBaseline } from './analytics-sources';

/** Longest gap between two publishes that still continues a streak. */
export const PUBLISH_STREAK_GAP_MS = 72 * 3_600_000;

/** Load rank used for sorting (saturated first). */
const LOAD_RANK: Record<ReviewerLoadBand, number> = { saturated: 3, steady: 2, light: 1 };

interface Tally {
  assigned: number;
  completed: number;
  pending: number;
  latencies: number[];
  rollbackPrecursors: number;
  publishes: number[];
  executions: Set<string>;
}

/** Band: saturated if pending ≥ 8 or assigned ≥ 12; steady if pending ≥ 4 or assigned ≥ 6. */
export function reviewerLoadBand(pending: number, assigned: number): ReviewerLoadBand {
  if (pending >= 8 || assigned >= 12) return 'saturated';
  if (pending >= 4 || assigned >= 6) return 'steady';
  return 'light';
}

/** Consecutive publishes back from the latest with gaps ≤ 72 h (0 without publishes). */
export function publishStreak(publishTimes: readonly number[]): number {
  const sorted = [...publishTimes].sort((a, b) => b - a);
  if (sorted.length === 0) return 0;
  let streak = 1;
  for (let i = 1; i < sorted.length; i += 1) {
    if ((sorted[i - 1] ?? 0) - (sorted[i] ?? 0) > PUBLISH_STREAK_GAP_MS) break;
    streak += 1;
  }
  return streak;
}

/** The reviewer cadence rows plus the executions each reviewer is involved in. */
export interface ReviewerCadenceComputation {
  rows: ReviewerCadence[];
  /** Every visible reviewer's latency samples (for the totals' percentiles). */
  latencies: number[];
  executionsByReviewer: Record<string, string[]>;
}

/**
 * Reviewer cadence over the baselines in scope, each baseline counted once: listed reviewers are
 * assigned (+ pending while unreviewed); the reviewer of record completes (assigned if unlisted),
 * with a latency sample and a rollback precursor if the baseline was rolled back; a publisher not
 * otherwise counted is assigned, and every publish feeds the streak. Rows are limited to the
 * viewer's team members and the viewer (everyone for admins and team-less viewers).
 */
export function computeReviewerCadence(
  directory: GovernanceDirectory,
  viewer: GovernanceViewer,
  baselines: readonly AnalyticsBaseline[],
  results: readonly GovernanceAnalyticsResult[],
): ReviewerCadenceComputation {
  const tallies = new Map<string, Tally>();
  const tally = (id: string): Tally => {
    let entry = tallies.get(id);
    if (!entry) {
      entry = {
        assigned: 0,
        completed: 0,
        pending: 0,
        latencies: [],
        rollbackPrecursors: 0,
        publishes: [],
        executions: new Set(),
      };
      tallies.set(id, entry);
    }
    return entry;
  };
  for (const baseline of baselines) {
    const listed = new Set(baseline.reviewer_ids);
    const rolledBack = baseline.status === 'rolled_back' || Boolean(baseline.rolled_back_at);
    for (const id of listed) {
      const entry = tally(id);
      entry.assigned += 1;
      entry.executions.add(baseline.execution_id);
      if (baseline.status === 'submitted') entry.pending += 1;
    }
    const reviewer = baseline.reviewed_by_id;
    if (reviewer) {
      const entry = tally(reviewer);
      entry.completed += 1;
      entry.executions.add(baseline.execution_id);
      if (!listed.has(reviewer)) entry.assigned += 1;
      const latency = analyticsMinutesBetween(baseline.submitted_at, baseline.reviewed_at);
      if (latency !== null) entry.latencies.push(latency);
      if (rolledBack) entry.rollbackPrecursors += 1;
    }
    const publisher = baseline.published_by_id;
    if (publisher && baseline.published_at) {
      const entry = tally(publisher);
      entry.executions.add(baseline.execution_id);
      if (!listed.has(publisher) && publisher !== reviewer) entry.assigned += 1;
      entry.publishes.push(Date.parse(baseline.published_at));
    }
  }
  const visible = visibleReviewers(directory, viewer);
  const rows: ReviewerCadence[] = [];
  const latencies: number[] = [];
  const executionsByReviewer: Record<string, string[]> = {};
  for (const [id, entry] of tallies) {
    if (visible && !visible.has(id)) continue;
    latencies.push(...entry.latencies);
    executionsByReviewer[id] = [...entry.executions].sort();
    rows.push(toRow(directory, id, entry, results));
  }
  rows.sort(
    (a, b) =>
      (LOAD_RANK[b.load_band as ReviewerLoadBand] ?? 0) -
        (LOAD_RANK[a.load_band as ReviewerLoadBand] ?? 0) ||
      b.completion_count - a.completion_count ||
      (a.reviewer_id < b.reviewer_id ? -1 : a.reviewer_id > b.reviewer_id ? 1 : 0),
  );
  return { rows, latencies, executionsByReviewer };
}

// Null means "everyone": admins and viewers without a team see every reviewer.
function visibleReviewers(
  directory: GovernanceDirectory,
  viewer: GovernanceViewer,
): Set<string> | null {
  if (viewer.is_admin || viewer.team_ids.length === 0) return null;
  const ids = new Set([viewer.user_id]);
  for (const teamId of viewer.team_ids) {
    for (const member of directory.getTeam(teamId)?.members ?? []) ids.add(member.user_id);
  }
  return ids;
}

function toRow(
  directory: GovernanceDirectory,
  id: string,
  entry: Tally,
  results: readonly GovernanceAnalyticsResult[],
): ReviewerCadence {
  const user = directory.getUser(id);
  const related = results.filter((r) => entry.executions.has(r.execution_id));
  const churn = related
    .map((r) => r.blocker_churn_index)
    .filter((v): v is number => typeof v === 'number');
  const streak = publishStreak(entry.publishes);
  const lastPublish = entry.publishes.length > 0 ? Math.max(...entry.publishes) : null;
  return {
    reviewer_id: id,
    reviewer_email: user?.email ?? null,
    reviewer_name: user?.full_name ?? null,
    assignment_count: entry.assigned,
    completion_count: entry.completed,
    pending_count: entry.pending,
    load_band: reviewerLoadBand(entry.pending, entry.assigned),
    average_latency_minutes: roundAnalyticsOrNull(analyticsMean(entry.latencies)),
    latency_p50_minutes: roundAnalyticsOrNull(analyticsPercentile(entry.latencies, 50)),
    latency_p90_minutes: roundAnalyticsOrNull(analyticsPercentile(entry.latencies, 90)),
    latency_bands: REVIEWER_LATENCY_BANDS.map((band) => ({
      label: band.label,
      start_minutes: band.start_minutes,
      end_minutes: band.end_minutes,
      count: entry.latencies.filter(
        (v) => v >= band.start_minutes && (band.end_minutes === null || v < band.end_minutes),
      ).length,
    })),
    blocked_ratio_trailing: roundAnalyticsOrNull(
      analyticsMean(related.map((r) => r.blocked_ratio)),
    ),
    churn_signal: roundAnalyticsOrNull(analyticsMean(churn)),
    rollback_precursor_count: entry.rollbackPrecursors,
    publish_streak: streak,
    last_publish_at: lastPublish === null ? null : new Date(lastPublish).toISOString(),
    streak_alert: streak >= 3,
  };
}
