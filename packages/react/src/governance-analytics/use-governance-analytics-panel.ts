import {
  type GovernanceAnalyticsReport,
  type GovernanceAnalyticsResult,
  NotFoundError,
  PermissionDeniedError,
  type ReviewerCadence,
} from '@govkit/sdk';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import { parseTimestamp } from '../shared/parse-timestamp';
import { type GovkitFormat, useFormat } from '../shared/use-format';
import {
  type GovernanceAnalyticsMessages,
  governanceAnalyticsMessages,
} from './governance-analytics-messages';

/** The four charts of the panel, in order. */
export const ANALYTICS_CHARTS = ['sla', 'blockers', 'ladder', 'cadence'] as const;
export type AnalyticsChartId = (typeof ANALYTICS_CHARTS)[number];

export type GovernanceAnalyticsPanelState =
  | 'loading'
  | 'error'
  | 'forbidden'
  | 'not-found'
  | 'empty'
  | 'ready';

/** How a value reads at a glance: on target, watch it, act on it; `none` has no value. */
export type AnalyticsTone = 'positive' | 'warning' | 'critical' | 'neutral' | 'none';

/** One column of a time chart: a preview summary. */
export interface AnalyticsColumn {
  key: string;
  /** `null`: nothing to measure (an SLA ratio with no finished stage). */
  value: number | null;
  valueText: string;
  label: string;
  tone: AnalyticsTone;
}

export interface AnalyticsTable {
  columns: string[];
  /** Cells as text, already localised; the first cell names the row. */
  rows: { key: string; cells: string[] }[];
}

export interface AnalyticsTimeChart {
  id: Exclude<AnalyticsChartId, 'cadence'>;
  title: string;
  headline: string;
  /** Oldest preview first. */
  columns: AnalyticsColumn[];
  /** The top of the scale (1 for ratios). */
  max: number;
  maxText: string;
  firstLabel: string;
  lastLabel: string;
  table: AnalyticsTable;
}

export interface AnalyticsReviewerBar {
  key: string;
  name: string;
  band: string;
  bandLabel: string;
  completed: number;
  pending: number;
  /** Assignments without a completion or a pending review (published by them, …). */
  other: number;
  assigned: number;
  valueText: string;
  streakAlert: boolean;
}

export interface AnalyticsCadenceChart {
  id: 'cadence';
  title: string;
  headline: string;
  streakText: string | undefined;
  bars: AnalyticsReviewerBar[];
  max: number;
  table: AnalyticsTable;
}

export interface UseGovernanceAnalyticsPanelOptions {
  report?: GovernanceAnalyticsReport | undefined;
  error?: unknown;
  /** The execution the report is scoped to, for the subtitle; none: every visible execution. */
  executionId?: string | null | undefined;
  messages?: Partial<GovernanceAnalyticsMessages> | undefined;
}

export interface GovernanceAnalyticsPanelModel {
  state: GovernanceAnalyticsPanelState;
  messages: GovernanceAnalyticsMessages;
  scope: string;
  previewText: string | undefined;
  sla: AnalyticsTimeChart | undefined;
  blockers: AnalyticsTimeChart | undefined;
  ladder: AnalyticsTimeChart | undefined;
  cadence: AnalyticsCadenceChart | undefined;
}

const BAND_KEYS: Record<string, keyof GovernanceAnalyticsMessages> = {
  light: 'bandLight',
  steady: 'bandSteady',
  saturated: 'bandSaturated',
};
const RISK_KEYS: Record<string, keyof GovernanceAnalyticsMessages> = {
  low: 'riskLow',
  medium: 'riskMedium',
  high: 'riskHigh',
};

function byGeneratedAt(a: GovernanceAnalyticsResult, b: GovernanceAnalyticsResult): number {
  return (
    (parseTimestamp(a.generated_at)?.getTime() ?? 0) -
    (parseTimestamp(b.generated_at)?.getTime() ?? 0)
  );
}

// SLA: most stages on time reads well; under half is a problem. Blocking: the reverse.
function slaTone(ratio: number | null | undefined): AnalyticsTone {
  if (ratio === null || ratio === undefined) return 'none';
  return ratio >= 0.8 ? 'positive' : ratio >= 0.5 ? 'warning' : 'critical';
}
function blockedTone(ratio: number): AnalyticsTone {
  return ratio >= 0.5 ? 'critical' : ratio > 0 ? 'warning' : 'positive';
}

function minutesText(
  minutes: number | null | undefined,
  m: GovernanceAnalyticsMessages,
  f: GovkitFormat,
) {
  if (minutes === null || minutes === undefined) return m.slaNoSample;
  if (Math.round(minutes) === 0) return m.onTime;
  const duration = f.duration(Math.abs(minutes) * 60);
  return formatMessage(minutes < 0 ? m.minutesEarly : m.minutesLate, { duration });
}

function latencyText(minutes: number | null | undefined, notAvailable: string, f: GovkitFormat) {
  return minutes === null || minutes === undefined ? notAvailable : f.duration(minutes * 60);
}

/**
 * The headless governance analytics panel: from the full report to four charts people read at a
 * glance (SLA accuracy, blocker trend, ladder load, reviewer cadence), each with the same
 * numbers as a localised table.
 */
export function useGovernanceAnalyticsPanel({
  report,
  error,
  executionId,
  messages: overrides,
}: UseGovernanceAnalyticsPanelOptions): GovernanceAnalyticsPanelModel {
  const m = useMessages('governanceAnalytics', governanceAnalyticsMessages, overrides);
  const f = useFormat();
  const notAvailable = '—';
  const percent = (value: number) =>
    f.number(value, { style: 'percent', maximumFractionDigits: 0 });
  const state: GovernanceAnalyticsPanelState =
    error !== undefined && error !== null
      ? error instanceof PermissionDeniedError
        ? 'forbidden'
        : error instanceof NotFoundError
          ? 'not-found'
          : 'error'
      : !report
        ? 'loading'
        : report.results.length === 0 && report.reviewer_cadence.length === 0
          ? 'empty'
          : 'ready';
  const scope = executionId ? formatMessage(m.scopeExecution, { executionId }) : m.scopeAll;
  const base = {
    state,
    messages: m,
    scope,
    previewText: report
      ? formatMessage(m.previewCount, { count: f.number(report.totals.preview_count) })
      : undefined,
  };
  if (!report || state !== 'ready') {
    return { ...base, sla: undefined, blockers: undefined, ladder: undefined, cadence: undefined };
  }

  const results = [...report.results].sort(byGeneratedAt);
  const label = (result: GovernanceAnalyticsResult) => f.dateTime(result.generated_at);
  const key = (result: GovernanceAnalyticsResult) => result.preview_event_id;
  const edges = {
    firstLabel: results[0] ? label(results[0]) : '',
    lastLabel: results.at(-1) ? label(results.at(-1) as GovernanceAnalyticsResult) : '',
  };
  const { totals } = report;

  const slaMeanDelta = mean(results.map((r) => r.mean_sla_delta_minutes));
  const sla: AnalyticsTimeChart = {
    id: 'sla',
    title: m.slaTitle,
    headline:
      totals.average_sla_within_target_ratio === null ||
      totals.average_sla_within_target_ratio === undefined
        ? m.slaHeadlineNone
        : formatMessage(m.slaHeadline, {
            ratio: percent(totals.average_sla_within_target_ratio),
            delta: minutesText(slaMeanDelta, m, f),
          }),
    columns: results.map((r) => ({
      key: key(r),
      value: r.sla_within_target_ratio ?? null,
      valueText:
        r.sla_within_target_ratio === null || r.sla_within_target_ratio === undefined
          ? m.slaNoSample
          : percent(r.sla_within_target_ratio),
      label: `${label(r)} · ${r.execution_id}`,
      tone: slaTone(r.sla_within_target_ratio),
    })),
    max: 1,
    maxText: percent(1),
    ...edges,
    table: {
      columns: [
        m.columnGenerated,
        m.columnExecution,
        m.columnWithinTarget,
        m.columnMeanDelta,
        m.columnStagesEvaluated,
      ],
      rows: results.map((r) => ({
        key: key(r),
        cells: [
          label(r),
          r.execution_id,
          r.sla_within_target_ratio === null || r.sla_within_target_ratio === undefined
            ? m.slaNoSample
            : percent(r.sla_within_target_ratio),
          minutesText(r.mean_sla_delta_minutes, m, f),
          formatMessage(m.stagesEvaluated, {
            evaluated: f.number(
              r.sla_samples.filter((s) => typeof s.within_target === 'boolean').length,
            ),
            total: f.number(r.sla_samples.length),
          }),
        ],
      })),
    },
  };

  const blockers: AnalyticsTimeChart = {
    id: 'blockers',
    title: m.blockersTitle,
    headline: formatMessage(m.blockersHeadline, {
      ratio: percent(totals.average_blocked_ratio),
      new: f.number(totals.total_new_blockers),
      resolved: f.number(totals.total_resolved_blockers),
    }),
    columns: results.map((r) => ({
      key: key(r),
      value: r.blocked_ratio,
      valueText: percent(r.blocked_ratio),
      label: `${label(r)} · ${r.execution_id}`,
      tone: blockedTone(r.blocked_ratio),
    })),
    max: 1,
    maxText: percent(1),
    ...edges,
    table: {
      columns: [
        m.columnGenerated,
        m.columnExecution,
        m.columnBlocked,
        m.columnNewBlockers,
        m.columnResolvedBlockers,
        m.columnRisk,
      ],
      rows: results.map((r) => {
        const risk = RISK_KEYS[r.risk_level];
        return {
          key: key(r),
          cells: [
            label(r),
            r.execution_id,
            `${formatMessage(m.blockedOfTotal, { blocked: f.number(r.blocked_stage_count), total: f.number(r.stage_count) })} (${percent(r.blocked_ratio)})`,
            f.number(r.new_blocker_count),
            f.number(r.resolved_blocker_count),
            risk ? m[risk] : r.risk_level,
          ],
        };
      }),
    },
  };

  const loads = results.map((r) => r.ladder_load);
  const peak = Math.max(0, ...loads);
  const decimals = (value: number) => f.number(value, { maximumFractionDigits: 1 });
  const ladder: AnalyticsTimeChart = {
    id: 'ladder',
    title: m.ladderTitle,
    headline: formatMessage(m.ladderHeadline, {
      mean: decimals(mean(loads) ?? 0),
      peak: decimals(peak),
    }),
    columns: results.map((r) => ({
      key: key(r),
      value: r.ladder_load,
      valueText: decimals(r.ladder_load),
      label: `${label(r)} · ${r.execution_id}`,
      tone: 'neutral',
    })),
    max: Math.max(1, peak),
    maxText: decimals(Math.max(1, peak)),
    ...edges,
    table: {
      columns: [
        m.columnGenerated,
        m.columnExecution,
        m.columnLadderLoad,
        m.columnStages,
        m.columnOverrides,
      ],
      rows: results.map((r) => ({
        key: key(r),
        cells: [
          label(r),
          r.execution_id,
          decimals(r.ladder_load),
          f.number(r.stage_count),
          f.number(r.overrides_applied),
        ],
      })),
    },
  };

  const reviewers = report.reviewer_cadence;
  const name = (r: ReviewerCadence) => r.reviewer_name || r.reviewer_email || r.reviewer_id;
  const bandLabel = (band: string) => {
    const bandKey = BAND_KEYS[band];
    return bandKey ? m[bandKey] : band;
  };
  const cadence: AnalyticsCadenceChart = {
    id: 'cadence',
    title: m.cadenceTitle,
    headline: formatMessage(m.cadenceHeadline, {
      count: f.number(totals.reviewer_count),
      p50: latencyText(totals.reviewer_latency_p50_minutes, notAvailable, f),
      p90: latencyText(totals.reviewer_latency_p90_minutes, notAvailable, f),
    }),
    streakText:
      totals.streak_alert_count > 0
        ? formatMessage(m.streakAlerts, { count: f.number(totals.streak_alert_count) })
        : undefined,
    bars: reviewers.map((r) => ({
      key: r.reviewer_id,
      name: name(r),
      band: r.load_band,
      bandLabel: bandLabel(r.load_band),
      completed: r.completion_count,
      pending: r.pending_count,
      other: Math.max(0, r.assignment_count - r.completion_count - r.pending_count),
      assigned: r.assignment_count,
      valueText: `${f.number(r.completion_count)} / ${f.number(r.pending_count)}`,
      streakAlert: r.streak_alert,
    })),
    max: Math.max(
      1,
      ...reviewers.map((r) => Math.max(r.assignment_count, r.completion_count + r.pending_count)),
    ),
    table: {
      columns: [
        m.columnReviewer,
        m.columnLoadBand,
        m.columnAssigned,
        m.columnCompleted,
        m.columnPending,
        m.columnLatencyP50,
        m.columnLatencyP90,
        m.columnStreak,
      ],
      rows: reviewers.map((r) => ({
        key: r.reviewer_id,
        cells: [
          name(r),
          bandLabel(r.load_band),
          f.number(r.assignment_count),
          f.number(r.completion_count),
          f.number(r.pending_count),
          latencyText(r.latency_p50_minutes, notAvailable, f),
          latencyText(r.latency_p90_minutes, notAvailable, f),
          f.number(r.publish_streak),
        ],
      })),
    },
  };
  return { ...base, sla, blockers, ladder, cadence };
}

function mean(values: readonly (number | null | undefined)[]): number | null {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return known.length === 0 ? null : known.reduce((sum, v) => sum + v, 0) / known.length;
}
