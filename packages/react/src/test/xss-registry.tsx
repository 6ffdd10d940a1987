import type { TaskGovernanceSummary } from '@govkit/sdk';
import type { ReactElement } from 'react';
// --- run governance widgets (seed 003) ---
import { PredictiveWatchList } from '../predictive-watch-list/predictive-watch-list';
import { RunConclusion } from '../run-conclusion/run-conclusion';
import { RunLockInspector } from '../run-lock/run-lock-inspector';
import { RunManifestReceipt } from '../run-manifest-receipt/run-manifest-receipt';
// --- end run governance widgets ---
import { ErrorState } from '../shared/error-state';
import { SafeMarkdown } from '../shared/safe-markdown';
import { TaskSummaryCard } from '../task-summary-card/task-summary-card';
import { hostileLock, hostileRun } from './hostile-run';

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
  // --- run governance widgets (seed 003) ---
  {
    name: 'RunManifestReceipt',
    render: (payload) => (
      <RunManifestReceipt manifest={hostileRun(payload).manifest} defaultDetailsOpen />
    ),
  },
  {
    name: 'RunConclusion',
    render: (payload) => <RunConclusion run={hostileRun(payload)} />,
  },
  {
    name: 'RunConclusion (gated)',
    render: (payload) => <RunConclusion run={{ ...hostileRun(payload), gated: true }} />,
  },
  {
    name: 'PredictiveWatchList',
    render: (payload) => (
      <PredictiveWatchList watchList={hostileRun(payload).presented_watch_list} defaultOpen />
    ),
  },
  {
    name: 'RunLockInspector',
    render: (payload) => (
      <RunLockInspector
        lock={hostileLock(payload)}
        now={Date.parse('2026-12-03T10:00:00Z')}
        onRelease={() => {}}
      />
    ),
  },
  // --- end run governance widgets ---
];
