import type { ReactElement } from 'react';
// --- lineage (seed 004) ---
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
// --- end lineage ---
import { ConnectedTaskSummaryCard } from '../task-summary-card/connected-task-summary-card';
import { TaskSummaryCard } from '../task-summary-card/task-summary-card';
import { BLOCKED_TASK_SUMMARY } from '../task-summary-card/task-summary-card.fixtures';

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
  // --- lineage (seed 004) ---
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
];
