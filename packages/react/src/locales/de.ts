import { analyticsLineageMessagesDe } from '../analytics-lineage/analytics-lineage-messages-de';
import { approvalLadderMessagesDe } from '../approval-ladder/approval-ladder-messages-de';
import { baselineLifecycleMessagesDe } from '../baseline-lifecycle/baseline-lifecycle-messages-de';
import { coachingThreadMessagesDe } from '../coaching-thread/coaching-thread-messages-de';
import { decisionSnapshotMessagesDe } from '../decision-snapshot/decision-snapshot-messages-de';
import { decisionStatsMessagesDe } from '../decision-stats/decision-stats-messages-de';
import { decisionTimelineMessagesDe } from '../decision-timeline/decision-timeline-messages-de';
import { decisionTraceMessagesDe } from '../decision-trace-table/decision-trace-table-messages-de';
import { evidencePickerMessagesDe } from '../evidence-picker/evidence-picker-messages-de';
import { experimentPreviewMessagesDe } from '../experiment-preview/experiment-preview-messages-de';
import { governanceAnalyticsMessagesDe } from '../governance-analytics/governance-analytics-messages-de';
import { commonMessagesDe } from '../i18n/common-messages-de';
import type { GovkitTranslations } from '../i18n/message-catalog';
import { jsonLogViewerMessagesDe } from '../json-log-viewer/json-log-viewer-messages-de';
import { lineagePanelMessagesDe } from '../lineage-panel/lineage-panel-messages-de';
import { narrativeExportMessagesDe } from '../narrative-export/narrative-export-messages-de';
import { overrideActionsMessagesDe } from '../override-actions/override-actions-messages-de';
import { predictiveWatchListMessagesDe } from '../predictive-watch-list/predictive-watch-list-messages-de';
import { reversalDiffViewerMessagesDe } from '../reversal-diff-viewer/reversal-diff-viewer-messages-de';
import { runConclusionMessagesDe } from '../run-conclusion/run-conclusion-messages-de';
import { runLockMessagesDe } from '../run-lock/run-lock-messages-de';
import { runManifestReceiptMessagesDe } from '../run-manifest-receipt/run-manifest-receipt-messages-de';
import { scenarioContextMessagesDe } from '../scenario-context/scenario-context-messages-de';
import { apiWordsDe } from '../shared/api-words-de';
import { startRunMessagesDe } from '../start-run/start-run-messages-de';
import { taskSummaryMessagesDe } from '../task-summary-card/task-summary-card-messages-de';
import { templateVersionsMessagesDe } from '../template-versions/template-versions-messages-de';
import { uploadHelpMessagesDe } from '../upload-help/upload-help-messages-de';

/**
 * German strings of every govkit widget, as its own entry: a widget's entry carries only English,
 * so hosts that do not speak German never download it. Typed {@link GovkitTranslations} (complete), so
 * a widget that adds a string without its German fails the type-check here.
 *
 * @example
 * import { de } from '@govkit/react/locales/de';
 *
 * <GovkitProvider client={client} locale="de-DE" translations={{ de }}>…</GovkitProvider>
 */
export const de: GovkitTranslations = {
  analyticsLineage: analyticsLineageMessagesDe,
  apiWords: apiWordsDe,
  approvalLadder: approvalLadderMessagesDe,
  baselineLifecycle: baselineLifecycleMessagesDe,
  coachingThread: coachingThreadMessagesDe,
  common: commonMessagesDe,
  decisionSnapshot: decisionSnapshotMessagesDe,
  decisionStats: decisionStatsMessagesDe,
  decisionTimeline: decisionTimelineMessagesDe,
  decisionTrace: decisionTraceMessagesDe,
  evidencePicker: evidencePickerMessagesDe,
  experimentPreview: experimentPreviewMessagesDe,
  governanceAnalytics: governanceAnalyticsMessagesDe,
  jsonLogViewer: jsonLogViewerMessagesDe,
  lineagePanel: lineagePanelMessagesDe,
  narrativeExport: narrativeExportMessagesDe,
  overrideActions: overrideActionsMessagesDe,
  predictiveWatchList: predictiveWatchListMessagesDe,
  reversalDiffViewer: reversalDiffViewerMessagesDe,
  runConclusion: runConclusionMessagesDe,
  runLock: runLockMessagesDe,
  runManifestReceipt: runManifestReceiptMessagesDe,
  scenarioContext: scenarioContextMessagesDe,
  startRun: startRunMessagesDe,
  taskSummary: taskSummaryMessagesDe,
  templateVersions: templateVersionsMessagesDe,
  uploadHelp: uploadHelpMessagesDe,
};
