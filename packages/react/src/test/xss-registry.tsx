import type { TaskGovernanceSummary } from '@govkit/sdk';
import type { ReactElement } from 'react';
import { AnalyticsLineageWidget } from '../analytics-lineage/analytics-lineage-widget';
import { ApprovalLadder } from '../approval-ladder/approval-ladder';
import { BaselineLifecycle } from '../baseline-lifecycle/baseline-lifecycle';
import { ROLLED_BACK_BASELINE } from '../baseline-lifecycle/baseline-lifecycle.fixtures';
import { CoachingThread } from '../coaching-thread/coaching-thread';
import { COACHING_NOTES } from '../coaching-thread/coaching-thread.fixtures';
import { DecisionSnapshotView } from '../decision-snapshot/decision-snapshot-view';
import { BlockedReasonsStatsCard } from '../decision-stats/blocked-reasons-stats-card';
import { DecisionLagStatsCard } from '../decision-stats/decision-lag-stats-card';
import { DecisionTypesStatsCard } from '../decision-stats/decision-types-stats-card';
import { DecisionTimeline } from '../decision-timeline/decision-timeline';
import { TIMELINE_WORLD } from '../decision-timeline/decision-timeline.fixtures';
import { toDecisionTraceRows } from '../decision-trace-table/decision-trace-row';
import { DecisionTraceTable } from '../decision-trace-table/decision-trace-table';
import { EvidencePicker } from '../evidence-picker/evidence-picker';
import { ExperimentPreview } from '../experiment-preview/experiment-preview';
import { hostileExport, hostilePreview } from '../exports/hostile-export';
import { ANALYTICS_REPORT } from '../governance-analytics/governance-analytics.fixtures';
import { GovernanceAnalyticsPanel } from '../governance-analytics/governance-analytics-panel';
import { JsonLogViewer } from '../json-log-viewer/json-log-viewer';
import { LineagePanel } from '../lineage-panel/lineage-panel';
import { NarrativeExportPanel } from '../narrative-export/narrative-export-panel';
import { OverrideActions } from '../override-actions/override-actions';
import {
  COOLDOWN_RECOMMENDATION,
  REVERSED_COOLING_DOWN,
} from '../override-actions/override-actions.fixtures';
import { PredictiveWatchList } from '../predictive-watch-list/predictive-watch-list';
import { ReversalDiffViewer } from '../reversal-diff-viewer/reversal-diff-viewer';
import { RunConclusion } from '../run-conclusion/run-conclusion';
import { RunLockInspector } from '../run-lock/run-lock-inspector';
import { RunManifestReceipt } from '../run-manifest-receipt/run-manifest-receipt';
import { ScenarioContextWidget } from '../scenario-context/scenario-context-widget';
import { ErrorState } from '../shared/error-state';
import { SafeMarkdown } from '../shared/safe-markdown';
import { TaskSummaryCard } from '../task-summary-card/task-summary-card';
import { TemplateVersions } from '../template-versions/template-versions';
import {
  TEMPLATE_ASSIGNMENTS,
  TEMPLATE_VERSIONS,
} from '../template-versions/template-versions.fixtures';
import { UploadHelp } from '../upload-help/upload-help';
import { SENT_REMOTE_ASSIST } from '../upload-help/upload-help.fixtures';
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
  // --- evidence picker ---
  {
    name: 'EvidencePicker',
    render: (payload) => (
      <EvidencePicker
        items={[
          {
            id: payload,
            type: payload,
            label: payload,
            snapshot: { created_at: payload, event_type: payload, payload: { [payload]: payload } },
            context: { execution_id: payload },
          },
        ]}
        attachedIds={[payload]}
        defaultSearch=""
        attachError={new Error(payload)}
        onAttach={() => {}}
      />
    ),
  },
  // --- end evidence picker ---
  // --- overrides and reversals (seed 000) ---

  // --- end overrides ---
  // --- overrides and reversals (seed 000) ---
  {
    name: 'ScenarioContextWidget',
    render: (payload) => (
      <ScenarioContextWidget
        lineage={{
          scenario: { id: payload, name: payload, folder_name: payload },
          notebook_entry: { id: payload, title: payload, execution_id: payload },
          captured_at: '2026-01-15T11:50:00Z',
          captured_by: { id: payload, name: payload, email: payload },
          metadata: { [payload]: payload, nested: { [payload]: payload } },
        }}
      />
    ),
  },
  {
    name: 'AnalyticsLineageWidget',
    render: (payload) => (
      <AnalyticsLineageWidget
        summary={{
          scenarios: [
            {
              scenario_id: payload,
              scenario_name: payload,
              folder_name: payload,
              executed_count: 2,
              reversed_count: 1,
              net_count: 1,
            },
          ],
          notebooks: [
            {
              notebook_entry_id: payload,
              notebook_title: payload,
              execution_id: payload,
              executed_count: 1,
              reversed_count: 0,
              net_count: 1,
            },
          ],
        }}
      />
    ),
  },
  {
    name: 'ReversalDiffViewer',
    render: (payload) => (
      <ReversalDiffViewer
        now={Date.parse('2026-01-15T11:50:00Z')}
        detail={{ reversal_notes: payload }}
        reversal={{
          id: payload,
          override_id: payload,
          actor: { id: payload, name: payload, email: payload },
          created_at: '2026-01-15T11:50:00Z',
          cooldown_expires_at: '2026-01-15T13:50:00Z',
          cooldown_window_minutes: 120,
          diffs: [
            { key: payload, before: payload, after: { [payload]: payload } },
            { key: `${payload}-list`, before: [payload], after: null },
          ],
          previous_detail: {},
          current_detail: {},
          metadata: {},
        }}
      />
    ),
  },
  // --- end overrides ---
  // --- templates and baselines, upload help ---
  {
    name: 'BaselineLifecycle',
    render: (payload) => (
      <BaselineLifecycle
        baseline={{
          ...ROLLED_BACK_BASELINE,
          name: payload,
          description: payload,
          status: payload,
          reviewer_ids: [payload],
          submitted_by_id: payload,
          reviewed_by_id: payload,
          review_notes: payload,
          published_by_id: payload,
          publish_notes: payload,
          rolled_back_by_id: payload,
          rollback_notes: payload,
          events: ROLLED_BACK_BASELINE.events.map((event) => ({
            ...event,
            action: payload,
            notes: payload,
            performed_by_id: payload,
          })),
        }}
        actionError={new Error(payload)}
      />
    ),
  },
  {
    name: 'UploadHelp (confirmation)',
    render: (payload) => (
      <UploadHelp
        defaultOpen
        onSubmit={() => undefined}
        sent={{
          ...SENT_REMOTE_ASSIST,
          contact_name: payload,
          contact_email: payload,
          export_target: payload,
          message: payload,
        }}
      />
    ),
  },
  {
    name: 'UploadHelp (refusal)',
    render: (payload) => (
      <UploadHelp defaultOpen onSubmit={() => undefined} error={new Error(payload)} />
    ),
  },
  // --- end templates and baselines, upload help ---
  // --- coaching notes and governance analytics ---
  {
    name: 'CoachingThread',
    render: (payload) => (
      <CoachingThread
        notes={COACHING_NOTES.map((note) => ({
          ...note,
          id: `${payload}-${note.id}`,
          parent_id: note.parent_id ? `${payload}-${note.parent_id}` : null,
          thread_root_id: note.thread_root_id ? `${payload}-${note.thread_root_id}` : null,
          body: payload,
          moderation_state: note.moderation_state === 'removed' ? 'removed' : payload,
          actor: { id: payload, name: payload, email: payload },
          moderation_history: [
            {
              state: payload,
              occurred_at: '2026-12-03T09:15:00Z',
              actor_id: payload,
              reason: payload,
            },
          ],
        }))}
        onCreate={() => {}}
        onEdit={() => {}}
        onModerate={() => {}}
        defaultActiveForm={{ noteId: `${payload}-note-1`, action: 'edit' }}
      />
    ),
  },
  {
    name: 'GovernanceAnalyticsPanel',
    render: (payload) => (
      <GovernanceAnalyticsPanel
        executionId={payload}
        defaultTableViews={{ sla: true, blockers: true, cadence: true }}
        report={{
          ...ANALYTICS_REPORT,
          results: ANALYTICS_REPORT.results.map((result) => ({
            ...result,
            execution_id: payload,
            preview_event_id: `${payload}-${result.preview_event_id}`,
            risk_level: payload,
          })),
          reviewer_cadence: ANALYTICS_REPORT.reviewer_cadence.map((reviewer) => ({
            ...reviewer,
            reviewer_id: `${payload}-${reviewer.reviewer_id}`,
            reviewer_name: payload,
            load_band: payload,
          })),
        }}
      />
    ),
  },
  // --- end coaching notes and governance analytics ---

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
  // --- override actions (issue 13) ---
  {
    name: 'OverrideActions',
    render: (payload) => (
      <OverrideActions
        executionId={payload}
        recommendation={{
          ...COOLDOWN_RECOMMENDATION,
          recommendation_id: payload,
          rule_key: payload,
          action: payload,
          priority: payload,
          summary: payload,
          detail: payload,
          reviewer_name: payload,
        }}
        override={{ ...REVERSED_COOLING_DOWN, status: payload }}
        lock={{ holder: { id: payload, name: payload, email: payload }, retryAt: payload }}
        lineageOptions={{
          scenarios: [{ id: payload, label: payload }],
          notebookEntries: [{ id: payload, label: payload }],
        }}
        onAccept={() => {}}
        defaultActiveVerb="accept"
      />
    ),
  },
  // --- end override actions ---
  // --- template versions (issue 13) ---
  {
    name: 'TemplateVersions',
    render: (payload) => (
      <TemplateVersions
        templates={TEMPLATE_VERSIONS.map((template) => ({
          ...template,
          template_key: `${template.template_key}${payload}`,
          name: payload,
          description: payload,
          status: payload,
        }))}
        selectedId="tpl-qpcr-2"
        assignments={TEMPLATE_ASSIGNMENTS.map((assignment) => ({
          ...assignment,
          team_id: assignment.team_id ? payload : null,
          protocol_template_id: assignment.protocol_template_id ? payload : null,
        }))}
        onRevokeAssignment={() => undefined}
        onAddAssignment={() => undefined}
        actionError={new Error(payload)}
      />
    ),
  },
  // --- end template versions ---
];
