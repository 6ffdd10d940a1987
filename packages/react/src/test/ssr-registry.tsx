import type { ReactElement } from 'react';
import { ConnectedDecisionSnapshotView } from '../decision-snapshot/connected-decision-snapshot-view';
import { DecisionSnapshotView } from '../decision-snapshot/decision-snapshot-view';
import { ConnectedDecisionTraceTable } from '../decision-trace-table/connected-decision-trace-table';
import { toDecisionTraceRows } from '../decision-trace-table/decision-trace-row';
import { DecisionTraceTable } from '../decision-trace-table/decision-trace-table';
import { BLOCK_DECISION_DETAIL, SEED_TRACE_ITEMS } from '../replay/replay-widget.fixtures';
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
  // decision replay (seed 002)
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
];
