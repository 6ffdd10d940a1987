import { InternalServerError, NotFoundError, type TaskGovernanceSummary } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { TaskSummaryCard } from './task-summary-card';

const BLOCKED: TaskGovernanceSummary = {
  task_id: 'task-123',
  status: 'BLOCKED',
  last_decision_type: 'BLOCK',
  last_decision_ts: '2026-12-03T09:15:00Z',
  blocked_reason_code: 'REDLINE_001',
  inbox_backlog: 1204,
  decision_count: 3,
};

function apiError<T>(ErrorClass: new (init: never) => T, status: number, detail: string): T {
  return new ErrorClass({
    status,
    body: { detail },
    headers: new Headers({ 'x-request-id': 'req-7f3a' }),
    detail,
  } as never);
}

const meta = {
  title: 'Decision replay/Task summary card',
  component: TaskSummaryCard,
  args: { taskId: 'task-123', summary: BLOCKED, onRetry: fn() },
} satisfies Meta<typeof TaskSummaryCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Allowed: Story = {
  args: {
    summary: {
      ...BLOCKED,
      status: 'ALLOWED',
      last_decision_type: 'ALLOW',
      blocked_reason_code: null,
      inbox_backlog: 0,
      decision_count: 12,
    },
  },
};

export const Loading: Story = { args: { summary: undefined } };

export const Empty: Story = {
  args: {
    taskId: 'task-new',
    summary: {
      ...BLOCKED,
      task_id: 'task-new',
      status: 'created',
      last_decision_type: null,
      last_decision_ts: null,
      blocked_reason_code: null,
      inbox_backlog: 0,
      decision_count: 0,
    },
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: {
    summary: undefined,
    error: apiError(InternalServerError, 500, 'Supervisor database unavailable'),
  },
  play: async ({ canvas, args }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Supervisor database unavailable');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const NotFound: Story = {
  args: {
    taskId: 'task-404',
    summary: undefined,
    error: apiError(NotFoundError, 404, 'Task not found: task-404'),
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Task not found');
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const DarkError: Story = { ...ErrorState, name: 'Dark error', globals: { theme: 'dark' } };

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading')).toHaveTextContent('Aufgabe task-123');
    await expect(canvas.getByText('1.204')).toBeInTheDocument();
  },
};

export const Narrow: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  decorators: [
    (Story) => (
      <div style={{ maxInlineSize: 300 }}>
        <Story />
      </div>
    ),
  ],
};
