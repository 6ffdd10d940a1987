import { NotFoundError, type TaskGovernanceSummary } from '@govkit/sdk';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import { parseTimestamp } from '../shared/parse-timestamp';
import { useFormat } from '../shared/use-format';
import { type TaskSummaryMessages, taskSummaryMessages } from './task-summary-card-messages';

export interface UseTaskSummaryCardOptions {
  taskId: string;
  /** The summary once loaded; without it (and without an error) the card is loading. */
  summary?: TaskGovernanceSummary | undefined;
  /** The load's error, as thrown (`NotFoundError` shows the "task not found" state). */
  error?: unknown;
  messages?: Partial<TaskSummaryMessages> | undefined;
}

/** What the card is showing; also its `data-state`. */
export type TaskSummaryCardState = 'loading' | 'error' | 'not-found' | 'empty' | 'ready';

export type TaskSummaryFieldId =
  | 'status'
  | 'last-decision'
  | 'blocked-reason'
  | 'inbox-backlog'
  | 'decision-count';

/** One labelled value of the card, already localised. */
export interface TaskSummaryField {
  id: TaskSummaryFieldId;
  label: string;
  /** The value as text; a missing value has its own words ("Not blocked"), never a dash. */
  text: string;
  /** Raw value for styling and tests: the status word, decision type, ISO time or count. */
  raw: string | number | null;
  /** When the field has a time too (the last decision's): ISO for `<time dateTime>`, and text. */
  time?: { iso: string; text: string } | undefined;
}

export interface TaskSummaryCardModel {
  state: TaskSummaryCardState;
  title: string;
  messages: TaskSummaryMessages;
  /** Empty until the summary is loaded. */
  fields: TaskSummaryField[];
  /** The label of every field, also while loading (skeletons keep the layout). */
  labels: Record<TaskSummaryFieldId, string>;
}

const DECISION_LABEL_KEYS: Readonly<Record<string, keyof TaskSummaryMessages>> = {
  ALLOW: 'decisionAllow',
  BLOCK: 'decisionBlock',
  PAUSE: 'decisionPause',
  RETRY: 'decisionRetry',
  REQUIRE_REVIEW: 'decisionRequireReview',
  ERROR: 'decisionError',
};

/**
 * The headless task governance summary card: state, localised title and fields. Render them
 * with the unstyled parts, the styled {@link TaskSummaryCard}, or markup of your own.
 */
export function useTaskSummaryCard({
  taskId,
  summary,
  error,
  messages: overrides,
}: UseTaskSummaryCardOptions): TaskSummaryCardModel {
  const messages = useMessages('taskSummary', taskSummaryMessages, overrides);
  const format = useFormat();
  const title = formatMessage(messages.title, { taskId });
  const labels: Record<TaskSummaryFieldId, string> = {
    status: messages.status,
    'last-decision': messages.lastDecision,
    'blocked-reason': messages.blockedReason,
    'inbox-backlog': messages.inboxBacklog,
    'decision-count': messages.decisionCount,
  };
  const state: TaskSummaryCardState =
    error !== undefined && error !== null
      ? error instanceof NotFoundError
        ? 'not-found'
        : 'error'
      : !summary
        ? 'loading'
        : summary.decision_count === 0 && summary.last_decision_type === null
          ? 'empty'
          : 'ready';
  if (!summary || state === 'error' || state === 'not-found') {
    return { state, title, messages, labels, fields: [] };
  }
  const decision = summary.last_decision_type;
  const labelKey = decision === null ? undefined : DECISION_LABEL_KEYS[decision];
  const decidedAt = summary.last_decision_ts ? parseTimestamp(summary.last_decision_ts) : null;
  const fields: TaskSummaryField[] = [
    { id: 'status', label: labels.status, text: summary.status, raw: summary.status },
    {
      id: 'last-decision',
      label: labels['last-decision'],
      text:
        decision === null
          ? messages.lastDecisionNone
          : labelKey
            ? messages[labelKey]
            : humanize(decision),
      raw: decision,
      time: decidedAt
        ? { iso: decidedAt.toISOString(), text: format.dateTime(decidedAt) }
        : undefined,
    },
    {
      id: 'blocked-reason',
      label: labels['blocked-reason'],
      text: summary.blocked_reason_code ?? messages.blockedReasonNone,
      raw: summary.blocked_reason_code,
    },
    {
      id: 'inbox-backlog',
      label: labels['inbox-backlog'],
      text: format.number(summary.inbox_backlog),
      raw: summary.inbox_backlog,
    },
    {
      id: 'decision-count',
      label: labels['decision-count'],
      text: format.number(summary.decision_count),
      raw: summary.decision_count,
    },
  ];
  return { state, title, messages, labels, fields };
}

// A decision type from a newer server still reads as words rather than SHOUTING_CASE.
function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
