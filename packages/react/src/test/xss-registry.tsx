import type { TaskGovernanceSummary } from '@govkit/sdk';
import type { ReactElement } from 'react';
import { ErrorState } from '../shared/error-state';
import { SafeMarkdown } from '../shared/safe-markdown';
import { TaskSummaryCard } from '../task-summary-card/task-summary-card';

/** One widget (or shared part) that shows API text, rendered with a hostile string. */
export interface XssRegistryEntry {
  name: string;
  /** Put `payload` in EVERY API field the widget shows as text, markdown, JSON or URL. */
  render: (payload: string) => ReactElement;
}

const summary = (payload: string): TaskGovernanceSummary => ({
  task_id: payload,
  status: payload,
  last_decision_type: payload,
  last_decision_ts: '2026-12-03T09:15:00Z',
  blocked_reason_code: payload,
  inbox_backlog: 1,
  decision_count: 1,
});

/** Every widget that shows API text. A new widget appends its entry here. */
export const XSS_REGISTRY: readonly XssRegistryEntry[] = [
  { name: 'SafeMarkdown', render: (payload) => <SafeMarkdown>{payload}</SafeMarkdown> },
  { name: 'ErrorState', render: (payload) => <ErrorState error={new Error(payload)} /> },
  {
    name: 'TaskSummaryCard',
    render: (payload) => <TaskSummaryCard taskId={payload} summary={summary(payload)} />,
  },
];
