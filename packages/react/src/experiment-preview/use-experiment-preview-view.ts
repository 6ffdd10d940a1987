import type { ExperimentPreviewResponse, PreviewStageInsight } from '@govkit/sdk';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import { parseTimestamp } from '../shared/parse-timestamp';
import { useFormat } from '../shared/use-format';
import {
  type ExperimentPreviewMessages,
  experimentPreviewMessages,
} from './experiment-preview-messages';

export interface UseExperimentPreviewViewOptions {
  /** The preview once simulated; without it (and without an error) it is loading. */
  preview?: ExperimentPreviewResponse | undefined;
  error?: unknown;
  messages?: Partial<ExperimentPreviewMessages> | undefined;
}

export type ExperimentPreviewState = 'loading' | 'error' | 'empty' | 'ready';

/** How likely a stage is to miss its SLA; also `data-risk`. */
export type SlaRisk = 'low' | 'medium' | 'high';

/**
 * A simulated stage's SLA risk: `high` when it is blocked (it cannot progress), `medium` when it
 * regressed against the baseline (later projected due date, new blockers, or `regressed`), else
 * `low`.
 */
export function slaRiskOf(insight: PreviewStageInsight): SlaRisk {
  if (insight.status === 'blocked') return 'high';
  if (
    insight.delta_status === 'regressed' ||
    (insight.delta_projected_due_minutes ?? 0) > 0 ||
    insight.delta_new_blockers.length > 0
  ) {
    return 'medium';
  }
  return 'low';
}

const RISK_KEYS = { low: 'riskLow', medium: 'riskMedium', high: 'riskHigh' } as const;

/** The headless experiment preview: state, localised stage rows and the summary line. */
export function useExperimentPreviewView({
  preview,
  error,
  messages: overrides,
}: UseExperimentPreviewViewOptions) {
  const messages = useMessages('experimentPreview', experimentPreviewMessages, overrides);
  const format = useFormat();
  const state: ExperimentPreviewState =
    error !== undefined && error !== null
      ? 'error'
      : !preview
        ? 'loading'
        : preview.stage_insights.length === 0
          ? 'empty'
          : 'ready';
  const time = (value: string | null | undefined) => {
    const date = value ? parseTimestamp(value) : null;
    return date ? { iso: date.toISOString(), text: format.dateTime(date) } : undefined;
  };
  const insights = [...(preview?.stage_insights ?? [])].sort((a, b) => a.index - b.index);
  const rows = insights.map((insight) => {
    const risk = slaRiskOf(insight);
    const delta = insight.delta_projected_due_minutes ?? 0;
    return {
      insight,
      risk,
      riskLabel: messages[RISK_KEYS[risk]],
      statusLabel:
        insight.status === 'blocked'
          ? messages.blocked
          : insight.status === 'ready'
            ? messages.ready
            : insight.status,
      sla:
        insight.sla_hours === null || insight.sla_hours === undefined
          ? messages.noSla
          : formatMessage(messages.slaHours, { count: format.number(insight.sla_hours) }),
      due: time(insight.projected_due_at),
      delta:
        delta === 0
          ? undefined
          : formatMessage(delta > 0 ? messages.later : messages.earlier, {
              duration: format.duration(Math.abs(delta) * 60),
            }),
    };
  });
  const blocked = insights.filter((i) => i.status === 'blocked').length;
  return {
    state,
    messages,
    rows,
    generated: time(preview?.generated_at),
    template: preview?.template_name
      ? formatMessage(messages.template, {
          name: preview.template_name,
          version: preview.template_version ?? '',
        })
      : undefined,
    summary: formatMessage(messages.summary, { count: blocked, total: insights.length }),
  };
}

export type ExperimentPreviewModel = ReturnType<typeof useExperimentPreviewView>;
