import type { TaskGovernanceSummary } from '@govkit/sdk';
import type { ReactElement } from 'react';
// --- end lineage ---
// --- narrative exports, approval ladder, experiment preview ---
import { ApprovalLadder } from '../approval-ladder/approval-ladder';
import { DecisionSnapshotView } from '../decision-snapshot/decision-snapshot-view';
// --- decision stats ---
import { BlockedReasonsStatsCard } from '../decision-stats/blocked-reasons-stats-card';
import { DecisionLagStatsCard } from '../decision-stats/decision-lag-stats-card';
import { DecisionTypesStatsCard } from '../decision-stats/decision-types-stats-card';
// --- end decision stats ---
import { toDecisionTraceRows } from '../decision-trace-table/decision-trace-row';
import { DecisionTraceTable } from '../decision-trace-table/decision-trace-table';
import { ExperimentPreview } from '../experiment-preview/experiment-preview';
import { hostileExport, hostilePreview } from '../exports/hostile-export';
// --- lineage ---
import { JsonLogViewer } from '../json-log-viewer/json-log-viewer';
import { LineagePanel } from '../lineage-panel/lineage-panel';
import { NarrativeExportPanel } from '../narrative-export/narrative-export-panel';
// --- run governance widgets ---
import { PredictiveWatchList } from '../predictive-watch-list/predictive-watch-list';
import { RunConclusion } from '../run-conclusion/run-conclusion';
import { RunLockInspector } from '../run-lock/run-lock-inspector';
import { RunManifestReceipt } from '../run-manifest-receipt/run-manifest-receipt';
// --- end run governance widgets ---
import { ErrorState } from '../shared/error-state';
import { SafeMarkdown } from '../shared/safe-markdown';
import { TaskSummaryCard } from '../task-summary-card/task-summary-card';
import { hostileLock, hostileRun } from './hostile-run';

// --- end lineage ---
// --- end narrative exports ---

import { DecisionTimeline } from '../decision-timeline/decision-timeline';
import { TIMELINE_WORLD } from '../decision-timeline/decision-timeline.fixtures';

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
  // --- run governance widgets ---
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
  // decision replay: every text column, and both rows' JSON opened.
  {
    name: 'DecisionTraceTable',
    render: (payload) => (
      <DecisionTraceTable
        taskId={payload}
        rows={toDecisionTraceRows([
          {
            trace_items: [
              {
                ts: payload,
                kind: 'audit',
                audit_id: 'a1',
                event_type: payload,
                decision_id: payload,
                decision_snapshot: { decision_type: payload, reason: payload, [payload]: payload },
              },
              {
                ts: '2026-12-03T09:15:00Z',
                kind: 'event',
                event_id: 'e1',
                event_type: payload,
                payload: { [payload]: payload },
              },
            ],
          },
        ])}
        expanded={{ 'audit:a1': true, 'event:e1': true }}
        onOpenDecision={() => {}}
      />
    ),
  },
  {
    name: 'DecisionSnapshotView',
    render: (payload) => (
      <DecisionSnapshotView
        decisionId={payload}
        detail={{
          decision_id: payload,
          decision_snapshot: {
            decision_id: payload,
            policy: payload,
            event: { event_id: payload, event_type: payload, source: payload, ts: payload },
            inputs: { [payload]: payload },
            findings: [
              {
                kind: payload,
                severity: payload,
                code: payload,
                message: payload,
                evidence: { [payload]: payload },
              },
            ],
            decision: { decision_type: payload, reason: payload },
            actions: [{ action_type: payload, status: payload, [payload]: payload }],
            metrics: { [payload]: payload },
          },
        }}
      />
    ),
  },
  // --- lineage ---
  {
    name: 'JsonLogViewer',
    // Keys, string values and the search (highlighted with <mark>) all carry the payload.
    render: (payload) => (
      <JsonLogViewer
        value={{ [payload]: payload, nested: { list: [payload], [payload]: { x: payload } } }}
        defaultExpandDepth={4}
        defaultQuery={payload.slice(0, 4)}
      />
    ),
  },
  {
    name: 'JsonLogViewer (source)',
    render: (payload) => <JsonLogViewer source={payload} />,
  },
  {
    name: 'LineagePanel',
    render: (payload) => {
      const record = {
        lineage_id: payload,
        report_generation_id: payload,
        lead_id: payload,
        pipeline_run_id: payload,
        template_version_id: payload,
        pipeline_duration_seconds: 1,
        raw_inputs_size_bytes: 1,
        compression_ratio: 50,
        created_at: '2026-12-03T09:15:00Z',
        access_count: 1,
        last_accessed_at: null,
      };
      return (
        <LineagePanel
          stats={{
            total_records: 1,
            recent_records_24h: 1,
            template_distribution: [{ version: payload, count: 1 }],
            total_storage_mb: 1,
          }}
          records={[record]}
          defaultSelectedId={payload}
          defaultFilters={{ lead_id: payload }}
          audit={[
            {
              id: payload,
              lineage_id: payload,
              action: payload,
              user_id: payload,
              ip_address: payload,
              user_agent: payload,
              accessed_at: '2026-12-03T09:15:00Z',
            },
          ]}
          download={{
            status: 'done',
            lineageId: payload,
            progress: { receivedBytes: 1, totalBytes: 1 },
            error: undefined,
            filename: payload,
          }}
          onDownload={() => undefined}
        />
      );
    },
  },
  // --- end lineage ---
  // --- decision stats ---
  {
    name: 'BlockedReasonsStatsCard',
    render: (payload) => (
      <BlockedReasonsStatsCard
        data={{
          window: payload,
          top_n: 10,
          blocked_tasks: [
            {
              task_id: payload,
              block_count: 2,
              last_blocked_at: '2026-12-03T09:15:00Z',
              reason_code: payload,
            },
          ],
        }}
      />
    ),
  },
  {
    name: 'DecisionTypesStatsCard',
    render: (payload) => (
      <DecisionTypesStatsCard
        data={{ window: payload, decision_types: { [payload]: 3 } as never, total: 3 }}
      />
    ),
  },
  {
    name: 'DecisionLagStatsCard',
    render: (payload) => (
      <DecisionLagStatsCard
        data={{ window: payload, percentile: 99, p50: 1, p95: 2, value: 3, count: 3 }}
      />
    ),
  },
  // --- end decision stats ---
  // --- decision timeline (issue 13) ---
  {
    name: 'DecisionTimeline',
    render: (payload) => (
      <DecisionTimeline
        entries={
          TIMELINE_WORLD.map((entry) => ({
            ...entry,
            entry_id: `${entry.entry_id}-${payload}`,
            summary: payload,
            status: payload,
            action: payload,
            rule_key: payload,
            actor: { id: payload, name: payload, email: payload },
            detail: {
              ...entry.detail,
              notes: payload,
              reversal_notes: payload,
              ...(entry.entry_type === 'coaching_note' ? { body: payload } : {}),
              reviewer_name: payload,
            },
          })) as typeof TIMELINE_WORLD
        }
      />
    ),
  },
  // --- end decision timeline ---
  // --- narrative exports, approval ladder, experiment preview ---
  {
    name: 'NarrativeExportPanel',
    render: (payload) => (
      <NarrativeExportPanel exports={[hostileExport(payload)]} onDownload={() => {}} />
    ),
  },
  {
    name: 'ApprovalLadder',
    render: (payload) => (
      <ApprovalLadder
        record={hostileExport(payload)}
        onAction={async () => {}}
        delegateOptions={[{ id: payload, label: payload }]}
      />
    ),
  },
  {
    name: 'ExperimentPreview',
    render: (payload) => <ExperimentPreview preview={hostilePreview(payload)} />,
  },
  // --- end narrative exports ---
];
