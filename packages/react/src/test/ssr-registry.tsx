import type { ReactElement } from 'react';
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
];
