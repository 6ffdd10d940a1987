import type { ReactElement } from 'react';
import { ConnectedTaskSummaryCard } from '../task-summary-card/connected-task-summary-card';
import { TaskSummaryCard } from '../task-summary-card/task-summary-card';

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
        element: (
          <TaskSummaryCard
            taskId="task-123"
            summary={{
              task_id: 'task-123',
              status: 'BLOCKED',
              last_decision_type: 'BLOCK',
              last_decision_ts: '2026-12-03T09:15:00Z',
              blocked_reason_code: 'REDLINE_001',
              inbox_backlog: 1,
              decision_count: 3,
            }}
          />
        ),
      },
      { name: 'TaskSummaryCard (loading)', element: <TaskSummaryCard taskId="task-123" /> },
      { name: 'ConnectedTaskSummaryCard', element: <ConnectedTaskSummaryCard taskId="task-123" /> },
    ],
  },
];
