import type { ReactElement } from 'react';
import { AnalyticsLineageWidget } from '../analytics-lineage/analytics-lineage-widget';
import { ConnectedAnalyticsLineageWidget } from '../analytics-lineage/connected-analytics-lineage-widget';
import { ApprovalLadder } from '../approval-ladder/approval-ladder';
import { ConnectedApprovalLadder } from '../approval-ladder/connected-approval-ladder';
import { BaselineLifecycle } from '../baseline-lifecycle/baseline-lifecycle';
import { SUBMITTED_BASELINE } from '../baseline-lifecycle/baseline-lifecycle.fixtures';
import { ConnectedBaselineLifecycle } from '../baseline-lifecycle/connected-baseline-lifecycle';
import { CoachingThread } from '../coaching-thread/coaching-thread';
import { COACHING_NOTES } from '../coaching-thread/coaching-thread.fixtures';
import { ConnectedCoachingThread } from '../coaching-thread/connected-coaching-thread';
import { ConnectedDecisionSnapshotView } from '../decision-snapshot/connected-decision-snapshot-view';
import { DecisionSnapshotView } from '../decision-snapshot/decision-snapshot-view';
import { BlockedReasonsStatsCard } from '../decision-stats/blocked-reasons-stats-card';
import {
  ConnectedBlockedReasonsStatsCard,
  ConnectedDecisionLagStatsCard,
  ConnectedDecisionTypesStatsCard,
} from '../decision-stats/connected-decision-stats';
import { DecisionLagStatsCard } from '../decision-stats/decision-lag-stats-card';
import {
  BLOCKED_REASONS_STATS,
  DECISION_LAG_STATS,
  DECISION_TYPES_STATS,
} from '../decision-stats/decision-stats.fixtures';
import { DecisionTypesStatsCard } from '../decision-stats/decision-types-stats-card';
import { ConnectedDecisionTimeline } from '../decision-timeline/connected-decision-timeline';
import { DecisionTimeline } from '../decision-timeline/decision-timeline';
import { TIMELINE_LIVE, TIMELINE_WORLD } from '../decision-timeline/decision-timeline.fixtures';
import { ConnectedDecisionTraceTable } from '../decision-trace-table/connected-decision-trace-table';
import { toDecisionTraceRows } from '../decision-trace-table/decision-trace-row';
import { DecisionTraceTable } from '../decision-trace-table/decision-trace-table';
import { ConnectedEvidencePicker } from '../evidence-picker/connected-evidence-picker';
import { EvidencePicker } from '../evidence-picker/evidence-picker';
import { ATTACHED_IDS, EVIDENCE_ITEMS } from '../evidence-picker/evidence-picker.fixtures';
import { ConnectedExperimentPreview } from '../experiment-preview/connected-experiment-preview';
import { ExperimentPreview } from '../experiment-preview/experiment-preview';
import {
  MID_LADDER_EXPORT,
  QPCR_EXPORTS,
  QPCR_PREVIEW,
} from '../exports/narrative-export.fixtures';
import { ConnectedGovernanceAnalyticsPanel } from '../governance-analytics/connected-governance-analytics-panel';
import { ANALYTICS_REPORT } from '../governance-analytics/governance-analytics.fixtures';
import { GovernanceAnalyticsPanel } from '../governance-analytics/governance-analytics-panel';
import { ConnectedJsonLogViewer } from '../json-log-viewer/connected-json-log-viewer';
import { JsonLogViewer } from '../json-log-viewer/json-log-viewer';
import { SMALL_PIPELINE_LOG } from '../json-log-viewer/json-log-viewer.fixtures';
import { ConnectedLineagePanel } from '../lineage-panel/connected-lineage-panel';
import { LineagePanel } from '../lineage-panel/lineage-panel';
import {
  LINEAGE_AUDIT,
  LINEAGE_RECORDS,
  LINEAGE_STATS,
} from '../lineage-panel/lineage-panel.fixtures';
import { ConnectedNarrativeExportPanel } from '../narrative-export/connected-narrative-export-panel';
import { NarrativeExportPanel } from '../narrative-export/narrative-export-panel';
import { ConnectedOverrideActions } from '../override-actions/connected-override-actions';
import { OverrideActions } from '../override-actions/override-actions';
import {
  COOLDOWN_RECOMMENDATION,
  EXECUTED_REVERSIBLE,
  HELD_LOCK,
  REVERSED_COOLING_DOWN,
} from '../override-actions/override-actions.fixtures';
import {
  COOLDOWN_REVERSAL,
  FIXTURE_NOW,
  LINEAGE_SUMMARY,
  SCENARIO_AND_NOTEBOOK_LINEAGE,
} from '../overrides/override-widgets.fixtures';
import { ConnectedPredictiveWatchList } from '../predictive-watch-list/connected-predictive-watch-list';
import { PredictiveWatchList } from '../predictive-watch-list/predictive-watch-list';
import { BLOCK_DECISION_DETAIL, SEED_TRACE_ITEMS } from '../replay/replay-widget.fixtures';
import { ConnectedReversalDiffViewer } from '../reversal-diff-viewer/connected-reversal-diff-viewer';
import { ReversalDiffViewer } from '../reversal-diff-viewer/reversal-diff-viewer';
import { ConnectedRunConclusion } from '../run-conclusion/connected-run-conclusion';
import { RunConclusion } from '../run-conclusion/run-conclusion';
import { ConnectedRunLockInspector } from '../run-lock/connected-run-lock-inspector';
import { RunLockInspector } from '../run-lock/run-lock-inspector';
import { RunLockNotice } from '../run-lock/run-lock-notice';
import { ConnectedRunManifestReceipt } from '../run-manifest-receipt/connected-run-manifest-receipt';
import { RunManifestReceipt } from '../run-manifest-receipt/run-manifest-receipt';
import {
  GATED_RUN,
  LIVE_LOCK,
  SUCCEEDED_MANIFEST,
  SUCCEEDED_RUN,
} from '../runs/run-governance.fixtures';
import { ConnectedScenarioContextWidget } from '../scenario-context/connected-scenario-context-widget';
import { ScenarioContextWidget } from '../scenario-context/scenario-context-widget';
import { ConnectedStartRun } from '../start-run/connected-start-run';
import { StartRunPanel } from '../start-run/start-run-panel';
import { ConnectedTaskSummaryCard } from '../task-summary-card/connected-task-summary-card';
import { TaskSummaryCard } from '../task-summary-card/task-summary-card';
import { BLOCKED_TASK_SUMMARY } from '../task-summary-card/task-summary-card.fixtures';
import { ConnectedTemplateVersions } from '../template-versions/connected-template-versions';
import { TemplateVersions } from '../template-versions/template-versions';
import {
  TEMPLATE_ASSIGNMENTS,
  TEMPLATE_VERSIONS,
} from '../template-versions/template-versions.fixtures';
import { ConnectedUploadHelp } from '../upload-help/connected-upload-help';
import { UploadHelp } from '../upload-help/upload-help';

/** One widget entry point's forms, to be rendered with react-dom/server. */
export interface SsrRegistryEntry {
  /** The package export it belongs to: `./task-summary-card` → `task-summary-card`. */
  entry: string;
  /** Every form of the widget; connected forms render inside a GovkitProvider. */
  elements: ReadonlyArray<{ name: string; element: ReactElement }>;
}

/** Every exported widget. A new widget appends its entry here (the test checks none is missing). */
export const SSR_REGISTRY: readonly SsrRegistryEntry[] = [
  {
    entry: 'task-summary-card',
    elements: [
      {
        name: 'TaskSummaryCard',
        element: <TaskSummaryCard taskId="task-123" summary={BLOCKED_TASK_SUMMARY} />,
      },
      { name: 'TaskSummaryCard (loading)', element: <TaskSummaryCard taskId="task-123" /> },
      { name: 'ConnectedTaskSummaryCard', element: <ConnectedTaskSummaryCard taskId="task-123" /> },
    ],
  },
  // --- run governance widgets ---
  {
    entry: 'run-manifest-receipt',
    elements: [
      {
        name: 'RunManifestReceipt (details open)',
        element: <RunManifestReceipt manifest={SUCCEEDED_MANIFEST} defaultDetailsOpen />,
      },
      { name: 'RunManifestReceipt (loading)', element: <RunManifestReceipt /> },
      {
        name: 'ConnectedRunManifestReceipt',
        element: <ConnectedRunManifestReceipt runId="run-1" />,
      },
    ],
  },
  {
    entry: 'run-conclusion',
    elements: [
      { name: 'RunConclusion', element: <RunConclusion run={SUCCEEDED_RUN} /> },
      { name: 'RunConclusion (gated)', element: <RunConclusion run={GATED_RUN} /> },
      { name: 'ConnectedRunConclusion', element: <ConnectedRunConclusion runId="run-1" /> },
    ],
  },
  {
    entry: 'predictive-watch-list',
    elements: [
      {
        name: 'PredictiveWatchList (open)',
        element: <PredictiveWatchList watchList={SUCCEEDED_RUN.presented_watch_list} defaultOpen />,
      },
      { name: 'PredictiveWatchList (loading)', element: <PredictiveWatchList /> },
      {
        name: 'ConnectedPredictiveWatchList',
        element: <ConnectedPredictiveWatchList runId="run-1" />,
      },
    ],
  },
  {
    entry: 'run-lock',
    elements: [
      { name: 'RunLockNotice', element: <RunLockNotice onRefresh={() => {}} /> },
      // No `now`: the uncontrolled clock must not be read while rendering on the server.
      {
        name: 'RunLockInspector',
        element: <RunLockInspector lock={LIVE_LOCK} onRelease={() => {}} />,
      },
      {
        name: 'ConnectedRunLockInspector',
        element: <ConnectedRunLockInspector workspaceId="ws-1" />,
      },
    ],
  },
  {
    entry: 'start-run',
    elements: [
      {
        name: 'StartRunPanel (result)',
        element: <StartRunPanel onStart={() => {}} result={SUCCEEDED_RUN} />,
      },
      {
        name: 'ConnectedStartRun',
        element: <ConnectedStartRun workspaceId="ws-1" request={{ owner: 'user-lead' }} />,
      },
    ],
  },
  // --- end run governance widgets ---
  // decision replay
  {
    entry: 'decision-trace-table',
    elements: [
      {
        name: 'DecisionTraceTable',
        element: (
          <DecisionTraceTable
            taskId="task-123"
            rows={toDecisionTraceRows([{ trace_items: SEED_TRACE_ITEMS }])}
          />
        ),
      },
      { name: 'DecisionTraceTable (loading)', element: <DecisionTraceTable taskId="task-123" /> },
      {
        name: 'ConnectedDecisionTraceTable',
        element: <ConnectedDecisionTraceTable taskId="task-123" />,
      },
    ],
  },
  {
    entry: 'decision-snapshot',
    elements: [
      {
        name: 'DecisionSnapshotView',
        element: <DecisionSnapshotView decisionId="dec-001" detail={BLOCK_DECISION_DETAIL} />,
      },
      { name: 'DecisionSnapshotView (loading)', element: <DecisionSnapshotView decisionId="d" /> },
      {
        name: 'ConnectedDecisionSnapshotView',
        element: <ConnectedDecisionSnapshotView decisionId="dec-001" />,
      },
    ],
  },
  // --- lineage ---
  {
    entry: 'json-log-viewer',
    elements: [
      { name: 'JsonLogViewer', element: <JsonLogViewer value={SMALL_PIPELINE_LOG} /> },
      { name: 'JsonLogViewer (loading)', element: <JsonLogViewer /> },
      { name: 'JsonLogViewer (invalid)', element: <JsonLogViewer source="{" /> },
      { name: 'ConnectedJsonLogViewer', element: <ConnectedJsonLogViewer lineageId="lin-1" /> },
    ],
  },
  {
    entry: 'lineage-panel',
    elements: [
      {
        name: 'LineagePanel',
        element: (
          <LineagePanel
            stats={LINEAGE_STATS}
            records={LINEAGE_RECORDS}
            defaultSelectedId="lin-7f3a"
            audit={LINEAGE_AUDIT}
            onDownload={() => undefined}
          />
        ),
      },
      { name: 'LineagePanel (loading)', element: <LineagePanel /> },
      { name: 'ConnectedLineagePanel', element: <ConnectedLineagePanel reportId="rpt-1" /> },
    ],
  },
  // --- end lineage ---
  // --- decision stats ---
  {
    entry: 'decision-stats',
    elements: [
      {
        name: 'BlockedReasonsStatsCard',
        element: <BlockedReasonsStatsCard data={BLOCKED_REASONS_STATS} />,
      },
      { name: 'BlockedReasonsStatsCard (loading)', element: <BlockedReasonsStatsCard /> },
      {
        name: 'DecisionTypesStatsCard',
        element: <DecisionTypesStatsCard data={DECISION_TYPES_STATS} />,
      },
      { name: 'DecisionLagStatsCard', element: <DecisionLagStatsCard data={DECISION_LAG_STATS} /> },
      { name: 'ConnectedBlockedReasonsStatsCard', element: <ConnectedBlockedReasonsStatsCard /> },
      { name: 'ConnectedDecisionTypesStatsCard', element: <ConnectedDecisionTypesStatsCard /> },
      { name: 'ConnectedDecisionLagStatsCard', element: <ConnectedDecisionLagStatsCard /> },
    ],
  },
  // --- end decision stats ---
  // --- narrative exports, approval ladder, experiment preview ---
  {
    entry: 'narrative-export',
    elements: [
      {
        name: 'NarrativeExportPanel',
        element: <NarrativeExportPanel exports={QPCR_EXPORTS.exports} onDownload={() => {}} />,
      },
      { name: 'NarrativeExportPanel (loading)', element: <NarrativeExportPanel /> },
      {
        name: 'ConnectedNarrativeExportPanel',
        element: <ConnectedNarrativeExportPanel executionId="exec-1" />,
      },
    ],
  },
  {
    entry: 'approval-ladder',
    elements: [
      // No `now`: the uncontrolled clock must not be read while rendering on the server.
      {
        name: 'ApprovalLadder',
        element: <ApprovalLadder record={MID_LADDER_EXPORT} onAction={async () => {}} />,
      },
      { name: 'ApprovalLadder (loading)', element: <ApprovalLadder /> },
      {
        name: 'ConnectedApprovalLadder',
        element: <ConnectedApprovalLadder executionId="exec-1" />,
      },
    ],
  },
  {
    entry: 'experiment-preview',
    elements: [
      { name: 'ExperimentPreview', element: <ExperimentPreview preview={QPCR_PREVIEW} /> },
      { name: 'ExperimentPreview (loading)', element: <ExperimentPreview /> },
      {
        name: 'ConnectedExperimentPreview',
        element: (
          <ConnectedExperimentPreview
            executionId="exec-1"
            request={{ workflow_template_snapshot_id: 'snapshot-1' }}
          />
        ),
      },
    ],
  },
  // --- end narrative exports ---
  // --- evidence picker ---
  {
    entry: 'evidence-picker',
    elements: [
      {
        name: 'EvidencePicker',
        element: (
          <EvidencePicker items={EVIDENCE_ITEMS} attachedIds={ATTACHED_IDS} onAttach={() => {}} />
        ),
      },
      { name: 'EvidencePicker (loading)', element: <EvidencePicker /> },
      {
        name: 'ConnectedEvidencePicker',
        element: <ConnectedEvidencePicker executionId="exec-1" />,
      },
    ],
  },
  // --- end evidence picker ---
  // --- overrides and reversals (seed 000) ---

  // --- end overrides ---
  // --- overrides and reversals (seed 000) ---
  {
    entry: 'scenario-context',
    elements: [
      {
        name: 'ScenarioContextWidget',
        element: <ScenarioContextWidget lineage={SCENARIO_AND_NOTEBOOK_LINEAGE} />,
      },
      { name: 'ScenarioContextWidget (loading)', element: <ScenarioContextWidget loading /> },
      {
        name: 'ConnectedScenarioContextWidget',
        element: <ConnectedScenarioContextWidget executionId="exec-1" entryId="evt-1" />,
      },
    ],
  },
  {
    entry: 'analytics-lineage',
    elements: [
      {
        name: 'AnalyticsLineageWidget',
        element: <AnalyticsLineageWidget summary={LINEAGE_SUMMARY} />,
      },
      { name: 'AnalyticsLineageWidget (loading)', element: <AnalyticsLineageWidget loading /> },
      {
        name: 'ConnectedAnalyticsLineageWidget',
        element: <ConnectedAnalyticsLineageWidget executionId="exec-1" />,
      },
    ],
  },
  {
    entry: 'reversal-diff-viewer',
    elements: [
      // No `now`: the countdown must not read the clock while rendering on the server.
      { name: 'ReversalDiffViewer', element: <ReversalDiffViewer reversal={COOLDOWN_REVERSAL} /> },
      {
        name: 'ReversalDiffViewer (controlled clock)',
        element: <ReversalDiffViewer reversal={COOLDOWN_REVERSAL} now={Date.parse(FIXTURE_NOW)} />,
      },
      { name: 'ReversalDiffViewer (loading)', element: <ReversalDiffViewer loading /> },
      {
        name: 'ConnectedReversalDiffViewer',
        element: <ConnectedReversalDiffViewer executionId="exec-1" entryId="evt-1" />,
      },
    ],
  },
  // --- end overrides ---
  // --- templates and baselines, upload help ---
  {
    entry: 'baseline-lifecycle',
    elements: [
      {
        name: 'BaselineLifecycle',
        element: <BaselineLifecycle baseline={SUBMITTED_BASELINE} onReview={() => undefined} />,
      },
      { name: 'BaselineLifecycle (loading)', element: <BaselineLifecycle /> },
      {
        name: 'ConnectedBaselineLifecycle',
        element: <ConnectedBaselineLifecycle baselineId="bl-1" />,
      },
    ],
  },
  {
    entry: 'upload-help',
    elements: [
      { name: 'UploadHelp', element: <UploadHelp onSubmit={() => undefined} /> },
      {
        name: 'UploadHelp (open)',
        element: <UploadHelp defaultOpen onSubmit={() => undefined} />,
      },
      { name: 'ConnectedUploadHelp', element: <ConnectedUploadHelp workspaceId="ws-1" /> },
    ],
  },
  // --- end templates and baselines, upload help ---
  // --- coaching notes and governance analytics ---
  {
    entry: 'coaching-thread',
    elements: [
      {
        name: 'CoachingThread',
        element: (
          <CoachingThread
            notes={COACHING_NOTES}
            onCreate={() => {}}
            onEdit={() => {}}
            onModerate={() => {}}
          />
        ),
      },
      { name: 'CoachingThread (loading)', element: <CoachingThread /> },
      { name: 'ConnectedCoachingThread', element: <ConnectedCoachingThread overrideId="ovr-1" /> },
    ],
  },
  {
    entry: 'governance-analytics',
    elements: [
      {
        name: 'GovernanceAnalyticsPanel',
        element: <GovernanceAnalyticsPanel report={ANALYTICS_REPORT} />,
      },
      {
        name: 'GovernanceAnalyticsPanel (tables)',
        element: (
          <GovernanceAnalyticsPanel
            report={ANALYTICS_REPORT}
            defaultTableViews={{ sla: true, cadence: true }}
          />
        ),
      },
      { name: 'GovernanceAnalyticsPanel (loading)', element: <GovernanceAnalyticsPanel /> },
      { name: 'ConnectedGovernanceAnalyticsPanel', element: <ConnectedGovernanceAnalyticsPanel /> },
    ],
  },
  // --- end coaching notes and governance analytics ---
  // --- decision timeline (issue 13) ---
  {
    entry: 'decision-timeline',
    elements: [
      {
        name: 'DecisionTimeline',
        element: (
          <DecisionTimeline entries={TIMELINE_WORLD} live={TIMELINE_LIVE} liveStatus="live" />
        ),
      },
      { name: 'DecisionTimeline (loading)', element: <DecisionTimeline /> },
      {
        name: 'ConnectedDecisionTimeline',
        element: <ConnectedDecisionTimeline executionId="exec-override-001" />,
      },
    ],
  },
  // --- end decision timeline ---
  // --- override actions (issue 13) ---
  {
    entry: 'override-actions',
    elements: [
      {
        name: 'OverrideActions',
        element: (
          <OverrideActions
            executionId="exec-override-001"
            recommendation={COOLDOWN_RECOMMENDATION}
            onAccept={() => {}}
            onDecline={() => {}}
            onExecute={() => {}}
            defaultActiveVerb="accept"
          />
        ),
      },
      {
        // Countdowns render their moment, not a ticking clock, on the server.
        name: 'OverrideActions (cooling down)',
        element: (
          <OverrideActions
            executionId="exec-override-001"
            recommendation={COOLDOWN_RECOMMENDATION}
            override={REVERSED_COOLING_DOWN}
          />
        ),
      },
      {
        name: 'OverrideActions (lock held)',
        element: (
          <OverrideActions
            executionId="exec-override-001"
            recommendation={COOLDOWN_RECOMMENDATION}
            override={EXECUTED_REVERSIBLE}
            lock={HELD_LOCK}
            onReverse={() => {}}
          />
        ),
      },
      { name: 'OverrideActions (loading)', element: <OverrideActions executionId="e" /> },
      {
        name: 'ConnectedOverrideActions',
        element: (
          <ConnectedOverrideActions
            executionId="exec-override-001"
            recommendationId="streak_cooldown:user-manager"
          />
        ),
      },
    ],
  },
  // --- end override actions ---
  // --- template versions (issue 13) ---
  {
    entry: 'template-versions',
    elements: [
      {
        name: 'TemplateVersions',
        element: (
          <TemplateVersions
            templates={TEMPLATE_VERSIONS}
            selectedId="tpl-qpcr-2"
            assignments={TEMPLATE_ASSIGNMENTS}
            onPublish={() => undefined}
            onAddAssignment={() => undefined}
          />
        ),
      },
      { name: 'TemplateVersions (loading)', element: <TemplateVersions /> },
      { name: 'ConnectedTemplateVersions', element: <ConnectedTemplateVersions /> },
    ],
  },
  // --- end template versions ---
];
